/**
 * Recording the decision on the priorities: date, method, the organisations present (suggested
 * from who voted or scored, or filled from a workshop session's attendance), and a note. One
 * change for all the priorities it applies to; a bad date is named and nothing is written.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';
import { DECISION_METHODS, MAX_DECISION_NOTE, suggestedPresentPartners } from '@core/scoring';
import { db } from '../../db/database';
import { DecisionError, recordDecision } from '../../domain/priorities';
import { Dialog } from '../../components/Dialog';
import { useAnnouncer } from '../../components/Announcer';
import { today } from './PriorityToggle';
import type { PrioritisationData } from './usePrioritisation';

export function DecisionDialog({ plan, data, onClose }: { plan: Plan; data: PrioritisationData; onClose: () => void }) {
  const { t } = useTranslation(['results', 'common']);
  const { announce } = useAnnouncer();
  const priorities = data.risks.filter((r) => r.isPriority);
  const first = priorities.find((r) => r.priorityDecision)?.priorityDecision ?? null;
  const [applyTo, setApplyTo] = useState<Set<string>>(() => new Set(priorities.map((r) => r.id)));
  const [date, setDate] = useState(first?.date ?? today());
  const [method, setMethod] = useState(first?.method ?? (plan.scoring.revealed ? plan.scoring.method : 'dotVoting'));
  const [present, setPresent] = useState<Set<string>>(
    () => new Set(first?.presentPartnerIds ?? suggestedPresentPartners(data.participants, data.votes, data.scores, data.partners.map((p) => p.id))),
  );
  const [note, setNote] = useState(first?.note ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const methods: string[] = DECISION_METHODS.includes(method as never) ? [...DECISION_METHODS] : [...DECISION_METHODS, method];

  const toggle = (set: Set<string>, id: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  };

  const fromSession = (sessionId: string) => {
    const session = data.sessions.find((s) => s.id === sessionId);
    if (!session) return;
    const partnerOf = new Map(data.participants.map((p) => [p.id, p.partnerId]));
    setPresent(new Set(session.attendeeIds.map((id) => partnerOf.get(id)).filter((id): id is string => !!id)));
    if (session.date) setDate(session.date);
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (applyTo.size === 0) {
      setProblem(t('results:decisionProblem.noRisks'));
      return;
    }
    try {
      await recordDecision(db, plan.id, [...applyTo], { date, method, presentPartnerIds: data.partners.filter((p) => present.has(p.id)).map((p) => p.id), note });
      announce(t('results:decisionRecorded', { count: applyTo.size }));
      onClose();
    } catch (err) {
      if (!(err instanceof DecisionError)) throw err;
      setProblem(t(`results:decisionProblem.${err.reason}`, { max: MAX_DECISION_NOTE }));
    }
  };

  return (
    <Dialog
      title={t('results:decisionTitle')}
      open
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('common:cancel')}
          </button>
          <button type="submit" form="decision-form" className="primary">
            {t('results:saveDecision')}
          </button>
        </>
      }
    >
      <form id="decision-form" className="form-grid decision-form" onSubmit={(e) => void save(e)}>
        <fieldset>
          <legend>{t('results:decisionAppliesTo')}</legend>
          {priorities.map((r) => (
            <label key={r.id} className="compact">
              <input type="checkbox" checked={applyTo.has(r.id)} onChange={(e) => setApplyTo(toggle(applyTo, r.id, e.target.checked))} />
              {r.title}
            </label>
          ))}
        </fieldset>
        <div className="decision-row">
          <label>
            {t('results:decisionDate')}
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <label>
            {t('results:decisionMethod')}
            <select value={method} onChange={(e) => setMethod(e.target.value)}>
              {methods.map((m) => (
                <option key={m} value={m}>
                  {t(`results:method.${m}`, { defaultValue: m })}
                </option>
              ))}
            </select>
          </label>
        </div>
        <fieldset className="present-list">
          <legend>{t('results:decisionPresent', { count: present.size })}</legend>
          {data.sessions.length > 0 && (
            <label className="compact">
              {t('results:fillFromSession')}
              <select value="" onChange={(e) => fromSession(e.target.value)}>
                <option value="">{t('results:chooseSession')}</option>
                {data.sessions.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.date ? `${s.title} (${s.date})` : s.title}
                  </option>
                ))}
              </select>
            </label>
          )}
          <div className="present-options">
            {data.partners.map((p) => (
              <label key={p.id} className="compact">
                <input type="checkbox" checked={present.has(p.id)} onChange={(e) => setPresent(toggle(present, p.id, e.target.checked))} />
                {p.name}
              </label>
            ))}
          </div>
        </fieldset>
        <label>
          {t('results:decisionNote')}
          <textarea rows={3} value={note} maxLength={MAX_DECISION_NOTE} onChange={(e) => setNote(e.target.value)} />
        </label>
        {problem && (
          <p className="field-problem" role="alert">
            {problem}
          </p>
        )}
      </form>
    </Dialog>
  );
}
