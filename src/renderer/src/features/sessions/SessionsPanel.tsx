/**
 * Workshop sessions: date, place, agenda notes and who attended, with the sectors in the room
 * and the legislated seats nobody represented that day.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, Partner, WorkshopSession } from '@core/model';
import type { Coverage } from '@core/coverage';
import { db } from '../../db/database';
import { addSession, deleteSession, SessionInputError } from '../../domain/sessions';
import { useAnnouncer } from '../../components/Announcer';
import { useUndoAction } from '../../components/useUndoAction';
import { useDateFormat } from './useDateFormat';
import { SessionDialog } from './SessionDialog';
import { AttendanceDialog } from './AttendanceDialog';
import './sessions.css';

interface Props {
  planId: string;
  partners: Partner[];
  participants: Participant[];
  sessions: WorkshopSession[];
  coverage: Coverage;
}

export function SessionsPanel({ planId, partners, participants, sessions, coverage }: Props) {
  const { t } = useTranslation(['sessions', 'catalogue', 'common']);
  const { announce } = useAnnouncer();
  const undoAction = useUndoAction();
  const formatDate = useDateFormat();
  const [editing, setEditing] = useState<WorkshopSession | null>(null);
  const [attendance, setAttendance] = useState<WorkshopSession | null>(null);
  const bySession = new Map(coverage.sessions.map((s) => [s.sessionId, s]));

  const remove = (s: WorkshopSession) =>
    void deleteSession(db, planId, s.id).then(() =>
      announce(t('sessions:deleted', { title: s.title }), { action: undoAction(planId) }),
    );

  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading" className="visually-hidden">
        {t('sessions:sessions', { count: sessions.length })}
      </h2>
      <p className="hint">{t('sessions:intro')}</p>
      <AddSessionForm planId={planId} count={sessions.length} />
      {sessions.length === 0 && <p className="empty">{t('sessions:none')}</p>}
      <ol className="session-list" aria-label={t('sessions:listLabel')}>
        {sessions.map((s) => {
          const c = bySession.get(s.id);
          return (
            <li key={s.id} className="session-item">
              <div className="session-header">
                <h3>{s.title}</h3>
                <div className="row-actions">
                  <button type="button" onClick={() => setAttendance(s)} aria-label={t('sessions:attendanceOf', { title: s.title })}>
                    {t('sessions:attendance')}
                  </button>
                  <button type="button" className="quiet" onClick={() => setEditing(s)} aria-label={t('sessions:editNamed', { title: s.title })}>
                    {t('sessions:edit')}
                  </button>
                  <button type="button" className="quiet" onClick={() => remove(s)} aria-label={t('sessions:deleteNamed', { title: s.title })}>
                    {t('common:delete')}
                  </button>
                </div>
              </div>
              <p className="session-when">{[s.date ? formatDate(s.date) : t('sessions:noDate'), s.place].filter(Boolean).join(' · ')}</p>
              {s.notes && <p className="session-notes">{s.notes}</p>}
              <p className="session-attendance">{t('sessions:attendees', { count: c?.attendeeCount ?? 0, total: participants.length })}</p>
              {c && c.sectors.length > 0 && (
                <p>
                  <span className="label">{t('sessions:sectorsPresent')}</span> {c.sectors.map((sec) => t(`catalogue:sector.${sec}`)).join(', ')}
                </p>
              )}
              {c && c.attendeeCount > 0 && c.seatsAbsent.length > 0 && (
                <p className="session-gap">
                  <span className="label">{t('sessions:seatsAbsent')}</span> {c.seatsAbsent.map((seat) => t(`catalogue:seat.${seat}`)).join('; ')}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <SessionDialog session={editing} onClose={() => setEditing(null)} />
      <AttendanceDialog session={attendance} partners={partners} participants={participants} onClose={() => setAttendance(null)} />
    </section>
  );
}

function AddSessionForm({ planId, count }: { planId: string; count: number }) {
  const { t } = useTranslation('sessions');
  const { announce } = useAnnouncer();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [place, setPlace] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const s = await addSession(db, planId, { title: title.trim() || t('sessions:defaultTitle', { n: count + 1 }), date, place });
      announce(t('sessions:added', { title: s.title }));
      setTitle('');
      setProblem(null);
    } catch (err) {
      if (!(err instanceof SessionInputError)) throw err;
      setProblem(t(`sessions:problem.${err.reason}`));
    }
  };

  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} aria-label={t('sessions:addForm')}>
      <label className="grow">
        {t('sessions:title')}
        <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} placeholder={t('sessions:defaultTitle', { n: count + 1 })} />
      </label>
      <label>
        {t('sessions:date')}
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <label>
        {t('sessions:place')}
        <input value={place} maxLength={200} onChange={(e) => setPlace(e.target.value)} />
      </label>
      <button type="submit" className="primary">
        {t('sessions:add')}
      </button>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
