import { describe, expect, test } from 'vitest';
import { addTime, formatClock, MAX_TIMER_MS, pauseTimer, remainingMs, resetTimer, setTimer, startTimer, timerPhase } from '@core/presentation';

const T0 = 1_000_000;

describe('room timer', () => {
  test('a set timer waits at its full duration, hidden until started', () => {
    const t = setTimer(300_000);
    expect(t).toEqual({ durationMs: 300_000, endsAt: null, remainingMs: 300_000, visible: false });
    expect(timerPhase(t, T0)).toBe('set');
    expect(remainingMs(t, T0 + 50_000)).toBe(300_000);
  });

  test('running counts down from the clock; starting shows it to the room', () => {
    const t = startTimer(setTimer(300_000), T0);
    expect(t.endsAt).toBe(T0 + 300_000);
    expect(t.visible).toBe(true);
    expect(timerPhase(t, T0 + 1)).toBe('running');
    expect(remainingMs(t, T0 + 120_000)).toBe(180_000);
  });

  test('pause keeps the time left, resume continues from it', () => {
    const paused = pauseTimer(startTimer(setTimer(300_000), T0), T0 + 100_000);
    expect(paused).toMatchObject({ endsAt: null, remainingMs: 200_000 });
    expect(timerPhase(paused, T0 + 999_999)).toBe('paused');
    const resumed = startTimer(paused, T0 + 500_000);
    expect(resumed.endsAt).toBe(T0 + 700_000);
    expect(pauseTimer(paused, T0)).toBe(paused);
  });

  test('it ends at zero and never goes negative; starting again starts over', () => {
    const t = startTimer(setTimer(60_000), T0);
    expect(timerPhase(t, T0 + 59_999)).toBe('running');
    expect(timerPhase(t, T0 + 60_000)).toBe('ended');
    expect(remainingMs(t, T0 + 90_000)).toBe(0);
    expect(startTimer(t, T0 + 90_000).endsAt).toBe(T0 + 150_000);
  });

  test('adding a minute extends a running timer and revives an ended one', () => {
    const running = startTimer(setTimer(60_000), T0);
    expect(addTime(running, 60_000, T0 + 30_000)).toMatchObject({ endsAt: T0 + 120_000, durationMs: 90_000 });
    const ended = addTime(running, 60_000, T0 + 70_000);
    expect(timerPhase(ended, T0 + 70_000)).toBe('running');
    expect(ended.endsAt).toBe(T0 + 130_000);
    const set = addTime(setTimer(60_000), 60_000, T0);
    expect(set).toMatchObject({ durationMs: 120_000, remainingMs: 120_000, endsAt: null });
    expect(timerPhase(set, T0)).toBe('set');
  });

  test('reset goes back to the full duration, stopped, and keeps the timer on screen', () => {
    const t = resetTimer(pauseTimer(startTimer(setTimer(120_000), T0), T0 + 5_000));
    expect(t).toEqual({ durationMs: 120_000, endsAt: null, remainingMs: 120_000, visible: true });
  });

  test('durations are clamped to 0 .. 3 hours', () => {
    expect(setTimer(-5).durationMs).toBe(0);
    expect(setTimer(10 * MAX_TIMER_MS).durationMs).toBe(MAX_TIMER_MS);
    expect(timerPhase(setTimer(0), T0)).toBe('set');
  });

  test('the clock rounds seconds up so 0:00 shows only when time is up', () => {
    expect(formatClock(300_000)).toBe('5:00');
    expect(formatClock(299_001)).toBe('5:00');
    expect(formatClock(299_000)).toBe('4:59');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-10)).toBe('0:00');
    expect(formatClock(725_000)).toBe('12:05');
    expect(formatClock(3_723_000)).toBe('1:02:03');
  });
});
