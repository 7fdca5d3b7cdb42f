/**
 * The end-of-timer tone: three short, soft beeps made with WebAudio (no sound file to ship). Played
 * by the facilitator's window, which the facilitator has clicked in, so the browser allows audio.
 */
let context: AudioContext | null = null;

export function playTimeUpTone(): void {
  try {
    context ??= new AudioContext();
    const ctx = context;
    void ctx.resume();
    const start = ctx.currentTime + 0.05;
    for (let i = 0; i < 3; i++) {
      const at = start + i * 0.35;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = i === 2 ? 1046.5 : 880;
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(0.25, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.001, at + 0.25);
      osc.connect(gain).connect(ctx.destination);
      osc.start(at);
      osc.stop(at + 0.3);
    }
  } catch {
    // No audio device: the visual signal is enough.
  }
}
