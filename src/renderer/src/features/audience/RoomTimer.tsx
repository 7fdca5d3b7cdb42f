/**
 * The timer as the room sees it: a large clock in the corner, and when time is up a banner across
 * the screen that says so in words (the colour and the pulse only add to the text; the pulse is
 * off under reduced motion).
 */
import { useTranslation } from 'react-i18next';
import { formatClock, remainingMs, timerPhase, type TimerView } from '@core/presentation';
import { useNow } from '../../presenter/useNow';

export function RoomTimer({ timer }: { timer: TimerView }) {
  const { t } = useTranslation('audience');
  const state = { ...timer, visible: true };
  const now = useNow(250, timer.endsAt !== null);
  const phase = timerPhase(state, now);
  const left = remainingMs(state, now);
  const progress = timer.durationMs > 0 ? left / timer.durationMs : 0;
  return (
    <>
      <div className={`room-timer phase-${phase}`} role="timer" aria-label={t('timer')}>
        <span className="room-timer-clock">{formatClock(left)}</span>
        {phase === 'paused' && <span className="room-timer-state">{t('timerPaused')}</span>}
        <span className="room-timer-track" aria-hidden="true">
          <span className="room-timer-fill" style={{ width: `${Math.round(progress * 100)}%` }} />
        </span>
      </div>
      {phase === 'ended' && (
        <div className="time-up" role="alert">
          {t('timeUp')}
        </div>
      )}
    </>
  );
}
