/**
 * The room timer's controls: presets, start / pause, reset, one more minute, show or hide it;
 * the end tone plays here (the facilitator's window is the one the browser lets make sound). Announces the end for the facilitator too (screen readers, the status bar).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock, MINUTE_MS, remainingMs, TIMER_PRESET_MINUTES, timerPhase, type PresenterAction, type TimerState } from '@core/presentation';
import { useAnnouncer } from '../../components/Announcer';
import { useNow } from '../../presenter/useNow';
import { playTimeUpTone } from './timer-tone';

interface Props {
  timer: TimerState;
  dispatch: (action: PresenterAction) => void;
  /** Whether the end of the timer sounds a tone (set under Display). */
  sound: boolean;
}

export function TimerControls({ timer, dispatch, sound }: Props) {
  const { t } = useTranslation('presenter');
  const { announce } = useAnnouncer();
  const now = useNow(250, timer.endsAt !== null);
  const phase = timerPhase(timer, now);
  const previous = useRef(phase);
  useEffect(() => {
    if (previous.current === 'running' && phase === 'ended') {
      announce(t('timeUp'));
      if (sound) playTimeUpTone();
    }
    previous.current = phase;
  }, [phase, sound, announce, t]);

  const minutes = Math.round(timer.durationMs / MINUTE_MS);
  const presetValue = TIMER_PRESET_MINUTES.some((m) => m * MINUTE_MS === timer.durationMs) ? String(minutes) : '';
  return (
    <div className="presenter-group presenter-timer" role="group" aria-label={t('timer')}>
      <span className={`presenter-clock phase-${phase}`} role="timer" aria-label={t('timeLeft')}>
        {formatClock(remainingMs(timer, now))}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {phase === 'ended' ? t('timeUp') : ''}
      </span>
      {phase === 'running' ? (
        <button type="button" onClick={() => dispatch({ type: 'timerPause', now: Date.now() })}>
          {t('pause')}
        </button>
      ) : (
        <button type="button" onClick={() => dispatch({ type: 'timerStart', now: Date.now() })}>
          {phase === 'paused' ? t('resume') : phase === 'ended' ? t('restart') : t('start')}
        </button>
      )}
      <button type="button" onClick={() => dispatch({ type: 'timerReset' })} disabled={phase === 'set'}>
        {t('reset')}
      </button>
      <button type="button" onClick={() => dispatch({ type: 'timerAdd', ms: MINUTE_MS, now: Date.now() })}>
        {t('addMinute')}
      </button>
      <label className="compact">
        <span className="visually-hidden">{t('preset')}</span>
        <select value={presetValue} onChange={(e) => dispatch({ type: 'timerSet', ms: Number(e.target.value) * MINUTE_MS, now: Date.now() })}>
          {presetValue === '' && <option value="">{t('customDuration', { time: formatClock(timer.durationMs) })}</option>}
          {TIMER_PRESET_MINUTES.map((m) => (
            <option key={m} value={m}>
              {t('minutes', { count: m })}
            </option>
          ))}
        </select>
      </label>
      <label className="compact">
        <input type="checkbox" checked={timer.visible} onChange={(e) => dispatch({ type: 'timerShow', visible: e.target.checked })} />
        {t('showTimer')}
      </label>
    </div>
  );
}
