/** A session's title, date, place and agenda notes. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopSession } from '@core/model';
import { db } from '../../db/database';
import { SessionInputError, updateSession } from '../../domain/sessions';
import { Dialog } from '../../components/Dialog';
import { useAnnouncer } from '../../components/Announcer';

export function SessionDialog({ session, onClose }: { session: WorkshopSession | null; onClose: () => void }) {
  const { t } = useTranslation(['sessions', 'common']);
  return (
    <Dialog
      title={session ? t('sessions:editTitle', { title: session.title }) : ''}
      open={session !== null}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('common:cancel')}
          </button>
          <button type="submit" form="session-form" className="primary">
            {t('sessions:save')}
          </button>
        </>
      }
    >
      {session && <SessionForm session={session} onDone={onClose} />}
    </Dialog>
  );
}

function SessionForm({ session, onDone }: { session: WorkshopSession; onDone: () => void }) {
  const { t } = useTranslation('sessions');
  const { announce } = useAnnouncer();
  const [f, setF] = useState({ title: session.title, date: session.date, place: session.place, notes: session.notes });
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await updateSession(db, session.planId, session.id, f);
      announce(t('sessions:saved', { title: f.title.trim() }));
      onDone();
    } catch (err) {
      if (!(err instanceof SessionInputError)) throw err;
      setProblem(t(`sessions:problem.${err.reason}`));
    }
  };
  return (
    <form id="session-form" className="form-grid" onSubmit={(e) => void submit(e)}>
      <label>
        {t('sessions:title')}
        <input value={f.title} maxLength={200} onChange={(e) => setF({ ...f, title: e.target.value })} aria-invalid={problem !== null} autoFocus />
      </label>
      <label>
        {t('sessions:date')}
        <input type="date" value={f.date} onChange={(e) => setF({ ...f, date: e.target.value })} />
      </label>
      <label>
        {t('sessions:place')}
        <input value={f.place} maxLength={200} onChange={(e) => setF({ ...f, place: e.target.value })} />
      </label>
      <label>
        {t('sessions:notes')}
        <textarea rows={5} value={f.notes} maxLength={4000} onChange={(e) => setF({ ...f, notes: e.target.value })} />
      </label>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
