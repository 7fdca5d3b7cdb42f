/**
 * The "Priority" checkbox of a ranking row. Ticking it promotes the risk at once with a decision
 * on record (today, the method whose ranking is on screen, the organisations of the people who
 * voted or scored); the facilitator completes the record in "Record the decision".
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan, Risk } from '@core/model';
import { suggestedPresentPartners, type DecisionMethod } from '@core/scoring';
import { db } from '../../db/database';
import { demoteRisk, promoteRisk } from '../../domain/priorities';
import { useAnnouncer } from '../../components/Announcer';
import type { PrioritisationData } from './usePrioritisation';

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function PriorityToggle({ plan, risk, method, data }: { plan: Plan; risk: Risk; method: DecisionMethod; data: PrioritisationData }) {
  const { t } = useTranslation('results');
  const { announce } = useAnnouncer();
  // Shown at once while the change is written, so the box answers the click immediately; dropped
  // once the record says the same (after that the record alone decides, e.g. after an undo).
  const [pending, setPending] = useState<boolean | null>(null);
  useEffect(() => {
    if (pending !== null && pending === risk.isPriority) setPending(null);
  }, [pending, risk.isPriority]);
  const toggle = async (on: boolean) => {
    setPending(on);
    try {
      await write(on);
    } catch (e) {
      setPending(null);
      throw e;
    }
  };
  const write = async (on: boolean) => {
    if (on) {
      const present = suggestedPresentPartners(data.participants, data.votes, data.scores, data.partners.map((p) => p.id));
      await promoteRisk(db, plan.id, risk.id, { date: today(), method, presentPartnerIds: present, note: '' });
      announce(t('results:promoted', { title: risk.title }));
    } else {
      await demoteRisk(db, plan.id, risk.id);
      announce(t('results:demoted', { title: risk.title }));
    }
  };
  return (
    <label className="compact priority-toggle">
      <input type="checkbox" checked={pending ?? risk.isPriority} aria-label={t('results:markPriority', { title: risk.title })} onChange={(e) => void toggle(e.target.checked)} />
      {t('results:priority')}
    </label>
  );
}
