/** Who attended a session: one checkbox per participant, grouped by organisation. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, Partner, WorkshopSession } from '@core/model';
import { db } from '../../db/database';
import { setAttendance } from '../../domain/sessions';
import { Dialog } from '../../components/Dialog';
import { useAnnouncer } from '../../components/Announcer';

interface Props {
  session: WorkshopSession | null;
  partners: Partner[];
  participants: Participant[];
  onClose: () => void;
}

export function AttendanceDialog({ session, partners, participants, onClose }: Props) {
  const { t } = useTranslation(['sessions', 'common']);
  return (
    <Dialog
      title={session ? t('sessions:attendanceTitle', { title: session.title }) : ''}
      open={session !== null}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('common:cancel')}
          </button>
          <button type="submit" form="attendance-form" className="primary">
            {t('sessions:saveAttendance')}
          </button>
        </>
      }
    >
      {session && <AttendanceForm session={session} partners={partners} participants={participants} onDone={onClose} />}
    </Dialog>
  );
}

function AttendanceForm({ session, partners, participants, onDone }: Omit<Props, 'session' | 'onClose'> & { session: WorkshopSession; onDone: () => void }) {
  const { t } = useTranslation(['sessions', 'partners']);
  const { announce } = useAnnouncer();
  const [present, setPresent] = useState(new Set(session.attendeeIds));
  const groups = [
    ...partners.map((p) => ({ key: p.id, name: p.name, people: participants.filter((x) => x.partnerId === p.id) })),
    { key: '', name: t('partners:noOrganisation'), people: participants.filter((x) => !x.partnerId || !partners.some((p) => p.id === x.partnerId)) },
  ].filter((g) => g.people.length > 0);
  const toggle = (id: string, on: boolean) =>
    setPresent((s) => {
      const n = new Set(s);
      if (on) n.add(id);
      else n.delete(id);
      return n;
    });

  if (participants.length === 0) return <p className="empty">{t('sessions:noParticipants')}</p>;
  return (
    <form
      id="attendance-form"
      onSubmit={(e) => {
        e.preventDefault();
        void setAttendance(db, session.planId, session.id, [...present]).then(() => {
          announce(t('sessions:attendanceSaved', { count: present.size, title: session.title }));
          onDone();
        });
      }}
    >
      <div className="attendance-tools">
        <span>{t('sessions:presentCount', { count: present.size, total: participants.length })}</span>
        <button type="button" className="small" onClick={() => setPresent(new Set(participants.map((p) => p.id)))}>
          {t('sessions:everyone')}
        </button>
        <button type="button" className="small" onClick={() => setPresent(new Set())}>
          {t('sessions:nobody')}
        </button>
      </div>
      <div className="attendance-groups">
        {groups.map((g) => (
          <fieldset key={g.key} className="checkbox-group">
            <legend>{g.name}</legend>
            {g.people.map((p) => (
              <label key={p.id} className="compact">
                <input type="checkbox" checked={present.has(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} />
                {p.name}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </form>
  );
}
