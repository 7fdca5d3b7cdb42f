/**
 * Room participation for the open plan: the toolbar button (with how many joined), the panel to
 * turn it on and off, open stages and remove participants, the join screen for the projector,
 * and, while it is on, the relay that adds what phones send and keeps what they see up to date.
 * Mounted once per open plan (in the workspace header), so the relay runs on every stage.
 */
import { memo, useState, type MutableRefObject } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { CARD_KINDS, type Plan } from '@core/model';
import { formatJoinCode, type MemberProfile, type MemberSummary, type RoomControlAnswer, type RoomGates } from '@core/room';
import { Dialog } from '../../components/Dialog';
import { useAnnouncer } from '../../components/Announcer';
import { db } from '../../db/database';
import { useCriteria, usePartners, useRisks, useSessions } from '../../hooks/entities';
import { isRoomUnavailable, roomControl } from './room-client';
import { clearRoomMarkers } from './room-markers';
import { useRoomRelay } from './useRoomRelay';
import { useRoomContent, useRoomPublication } from './useRoomPublication';
import { useRoomStatus } from './useRoomStatus';
import { StartForm } from './StartForm';
import { RunningPanel } from './RunningPanel';
import { JoinScreen } from './JoinScreen';
import { OtherPlanNotice } from './OtherPlanNotice';
import { useMemberName } from './ParticipantsTable';
import './room.css';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const CLOSED: RoomGates = { kinds: [], voting: false, scoring: false };

/** Publishes while mounted (only while this plan's room runs). Renders nothing. */
function RoomPublisher(props: { planId: string; sessionId: string | null; appliedThrough: MutableRefObject<number> }) {
  useRoomPublication(props);
  return null;
}

// Memoised: the workspace header redraws after every change; this only when its props change.
export const RoomParticipation = memo(function RoomParticipation({ plan }: { plan: Plan }) {
  const { t } = useTranslation(['room', 'catalogue']);
  const { announce } = useAnnouncer();
  const memberName = useMemberName();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [joinScreen, setJoinScreen] = useState(false);
  const [confirmStop, setConfirmStop] = useState<number | null>(null);
  /** Gates as just chosen, shown until the room confirms them. */
  const [gatesDraft, setGatesDraft] = useState<RoomGates | null>(null);
  const { data: partners } = usePartners(plan.id);
  const { data: sessions } = useSessions(plan.id);
  const { data: risks } = useRisks(plan.id);
  const { data: criteria } = useCriteria(plan.id);

  const room = useRoomStatus({ poll: open });
  const running = room.status?.room ?? null;
  const active = running?.planId === plan.id;
  const sessionId = active ? running.sessionId : null;
  const unnamed = (m: MemberProfile) => t('room:phoneParticipant', { n: m.ordinal });
  const appliedThrough = useRoomRelay({ planId: plan.id, sessionId, active, unnamed, onAnswer: room.accept });
  const publication = useRoomContent(plan.id, appliedThrough);

  const controlProblem = (answer: RoomControlAnswer): string | null => (answer.ok ? null : t(`room:error.${answer.code}`, { detail: answer.detail }));
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(isRoomUnavailable(error) ? t('room:error.unavailable') : String((error as Error).message));
    } finally {
      setBusy(false);
    }
  };

  const start = (session: string | null, address: string | null) =>
    run(async () => {
      await clearRoomMarkers(db); // ids of an earlier room never come back
      const content = await publication.contentNow(session);
      if (!content) return;
      const gates: RoomGates = { kinds: [...CARD_KINDS], voting: false, scoring: false };
      const answer = await roomControl({ op: 'start', planId: plan.id, sessionId: session, address, gates, content });
      room.accept(answer);
      setProblem(controlProblem(answer));
      if (answer.ok && answer.status.room) announce(t('room:started', { code: formatJoinCode(answer.status.room.joinCode) }));
    });

  const stop = (force: boolean) =>
    run(async () => {
      setConfirmStop(null);
      // Close every stage first, so the queue can only shrink while the last submissions are added.
      room.accept(await roomControl({ op: 'gates', gates: CLOSED }));
      let answer = await roomControl({ op: 'stop', force });
      for (let i = 0; i < 15 && !answer.ok && answer.code === 'pendingSubmissions'; i++) {
        await sleep(200);
        answer = await roomControl({ op: 'stop', force: false });
      }
      room.accept(answer);
      if (!answer.ok && answer.code === 'pendingSubmissions') setConfirmStop(Number(answer.detail));
      else if (!answer.ok) setProblem(controlProblem(answer));
      else {
        setJoinScreen(false);
        announce(t('room:stopped'));
      }
    });

  const setGates = (gates: RoomGates) =>
    run(async () => {
      setGatesDraft(gates);
      const answer = await roomControl({ op: 'gates', gates }).finally(() => setGatesDraft(null));
      room.accept(answer);
      setProblem(controlProblem(answer));
      const open = [...gates.kinds.map((k) => t(`catalogue:cardKind.${k}`)), ...(gates.voting ? [t('room:gates.voting', { round: plan.voting.round })] : []), ...(gates.scoring ? [t('room:gates.scoring')] : [])];
      if (answer.ok) announce(t('room:gates.changed', { what: open.length ? open.join(', ') : t('room:gates.nothing') }));
    });

  const remove = (member: MemberSummary) =>
    run(async () => {
      const answer = await roomControl({ op: 'remove', participantId: member.id });
      room.accept(answer);
      setProblem(controlProblem(answer));
      if (answer.ok) announce(t('room:people.removedAnnounce', { name: memberName(member) }));
    });

  const joined = active ? running.participants.filter((p) => !p.removed).length : 0;
  const label = active ? t('room:buttonOn', { count: joined }) : running ? t('room:buttonElsewhere') : t('room:button');
  const title = active ? t('room:buttonLabelOn', { count: joined }) : t('room:buttonLabelOff');

  return (
    <>
      {active && <RoomPublisher planId={plan.id} sessionId={sessionId} appliedThrough={appliedThrough} />}
      <button type="button" className={active ? 'room-button on' : 'room-button'} title={title} onClick={() => setOpen(true)}>
        <span className="room-button-dot" aria-hidden="true" />
        {label}
      </button>
      {createPortal(
        <>
          <Dialog
            title={t('room:title')}
            open={open}
            onClose={() => setOpen(false)}
            actions={
              <button type="button" onClick={() => setOpen(false)}>
                {t('room:close')}
              </button>
            }
          >
            <div className="room-panel">
              {problem && (
                <p className="warning" role="alert">
                  {problem}
                </p>
              )}
              {room.unavailable ? (
                <p className="warning">{t('room:error.unavailable')}</p>
              ) : running && !active ? (
                <OtherPlanNotice planId={running.planId} busy={busy} onStop={() => void stop(false)} />
              ) : running ? (
                <RunningPanel
                  room={gatesDraft ? { ...running, gates: gatesDraft } : running}
                  round={plan.voting.round}
                  partners={partners}
                  hasRisks={risks.length > 0}
                  hasCriteria={criteria.length > 0}
                  busy={busy}
                  onGates={(g) => void setGates(g)}
                  onRemove={(m) => void remove(m)}
                  onShowScreen={() => setJoinScreen(true)}
                  onStop={() => void stop(false)}
                />
              ) : room.status ? (
                <StartForm sessions={sessions} networks={room.status.networks} busy={busy} onStart={(s, a) => void start(s, a)} />
              ) : null}
            </div>
            <Dialog
              title={t('room:confirmStop.title')}
              role="alertdialog"
              open={confirmStop !== null}
              onClose={() => setConfirmStop(null)}
              actions={
                <>
                  <button type="button" className="primary" onClick={() => setConfirmStop(null)}>
                    {t('room:confirmStop.wait')}
                  </button>
                  <button type="button" className="danger" onClick={() => void stop(true)}>
                    {t('room:confirmStop.force')}
                  </button>
                </>
              }
            >
              <p>{t('room:confirmStop.body', { count: confirmStop ?? 0 })}</p>
            </Dialog>
          </Dialog>
          {joinScreen && running && active && <JoinScreen room={running} title={plan.name || plan.municipality} onClose={() => setJoinScreen(false)} />}
        </>,
        document.body,
      )}
    </>
  );
});
