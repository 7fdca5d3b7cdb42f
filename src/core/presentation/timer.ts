/**
 * The room timer, as data. A running timer stores when it ends (epoch milliseconds), not a
 * counter, so the facilitator window and the audience window (same computer, same clock) show the
 * same time without sending a message every second, and a busy window never makes it drift.
 */

export const TIMER_PRESET_MINUTES = [1, 2, 3, 5, 10, 15, 20] as const;
export const MINUTE_MS = 60_000;
/** Longest timer: a workshop block, not a day. */
export const MAX_TIMER_MS = 180 * MINUTE_MS;

export interface TimerState {
  /** What the timer was set to (grows when time is added), for the progress shown to the room. */
  durationMs: number;
  /** When a running timer reaches zero; null while stopped. */
  endsAt: number | null;
  /** Time left while stopped (set, paused or ended). */
  remainingMs: number;
  /** Whether the room sees the timer. */
  visible: boolean;
}

export type TimerPhase = 'set' | 'running' | 'paused' | 'ended';

const clamp = (ms: number) => Math.min(MAX_TIMER_MS, Math.max(0, Math.round(ms)));

export function setTimer(durationMs: number, visible = false): TimerState {
  const ms = clamp(durationMs);
  return { durationMs: ms, endsAt: null, remainingMs: ms, visible };
}

export function remainingMs(timer: TimerState, now: number): number {
  return timer.endsAt === null ? timer.remainingMs : Math.max(0, timer.endsAt - now);
}

export function timerPhase(timer: TimerState, now: number): TimerPhase {
  if (remainingMs(timer, now) === 0 && timer.durationMs > 0) return 'ended';
  if (timer.endsAt !== null) return 'running';
  return timer.remainingMs === timer.durationMs ? 'set' : 'paused';
}

/** Starts or resumes; an ended timer starts over. Starting shows the timer to the room. */
export function startTimer(timer: TimerState, now: number): TimerState {
  const phase = timerPhase(timer, now);
  if (phase === 'running' || timer.durationMs === 0) return { ...timer, visible: true };
  const left = phase === 'ended' ? timer.durationMs : timer.remainingMs;
  return { ...timer, endsAt: now + left, remainingMs: left, visible: true };
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.endsAt === null) return timer;
  return { ...timer, endsAt: null, remainingMs: remainingMs(timer, now) };
}

/** Back to the full duration, stopped; stays visible if it was. */
export function resetTimer(timer: TimerState): TimerState {
  return setTimer(timer.durationMs, timer.visible);
}

/** "One more minute": extends a running, paused or ended timer (an ended one starts running again). */
export function addTime(timer: TimerState, ms: number, now: number): TimerState {
  const phase = timerPhase(timer, now);
  const left = clamp(remainingMs(timer, now) + ms);
  const durationMs = clamp(Math.max(timer.durationMs, left));
  if (phase === 'running' || phase === 'ended') return { ...timer, durationMs, endsAt: now + left, remainingMs: left };
  return { ...timer, durationMs, remainingMs: left };
}

/** "4:05", "12:00", "1:02:03"; seconds round up so 0:00 appears exactly when time is up. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
