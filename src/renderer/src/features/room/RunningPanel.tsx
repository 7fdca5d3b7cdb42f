/** Participation is on: how to join, what is open, who joined, what is still being added. */
import { useTranslation } from 'react-i18next';
import type { Partner } from '@core/model';
import type { MemberSummary, RoomGates, RunningRoom } from '@core/room';
import { GatesForm } from './GatesForm';
import { JoinCard } from './JoinCard';
import { ParticipantsTable } from './ParticipantsTable';

export interface RunningPanelProps {
  room: RunningRoom;
  round: number;
  partners: Partner[];
  hasRisks: boolean;
  hasCriteria: boolean;
  busy: boolean;
  onGates(gates: RoomGates): void;
  onRemove(member: MemberSummary): void;
  onShowScreen(): void;
  onStop(): void;
}

export function RunningPanel({ room, round, partners, hasRisks, hasCriteria, busy, onGates, onRemove, onShowScreen, onStop }: RunningPanelProps) {
  const { t } = useTranslation('room');
  const { pending, applied, refused } = room.queue;
  return (
    <div className="room-running">
      <div className="room-running-grid">
        <section className="room-join-section" aria-labelledby="room-join-heading">
          <h3 id="room-join-heading">{t('join.heading')}</h3>
          <JoinCard url={room.url} joinUrl={room.joinUrl} joinCode={room.joinCode} />
          <button type="button" onClick={onShowScreen}>
            {t('join.showScreen')}
          </button>
        </section>
        <div className="room-controls">
          <GatesForm gates={room.gates} round={round} hasRisks={hasRisks} hasCriteria={hasCriteria} busy={busy} onChange={onGates} />
          <p className="room-queue" role="status">
            <span className={pending > 0 ? 'room-queue-waiting' : 'room-queue-done'}>{pending > 0 ? t('queue.waiting', { count: pending }) : t('queue.allIn')}</span>{' '}
            <span className="hint">{t('queue.totals', { applied, refused })}</span>
          </p>
        </div>
      </div>
      <ParticipantsTable members={room.participants} partners={partners} onRemove={onRemove} />
      <div className="room-stop">
        <button type="button" className="danger" disabled={busy} onClick={onStop}>
          {busy ? t('stopping') : t('stop')}
        </button>
      </div>
    </div>
  );
}
