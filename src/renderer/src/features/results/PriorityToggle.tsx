/**
 * The "Priority" checkbox of a ranking row. Ticking it promotes the risk at once with a decision
 * on record (today, the method whose ranking is on screen, the organisations of the people who
 * voted or scored); the facilitator completes the record in "Record the decision". Memoised on
 * the risk: a vote does not redraw the 300 checkboxes of a regional ranking.
 */
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Risk } from '@core/model';
import type { DecisionMethod } from '@core/scoring';
import { db } from '../../db/database';
import { demoteRisk, promoteRisk } from '../../domain/priorities';
import { useAnnouncer } from '../../components/Announcer';

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

interface PriorityToggleProps {
  planId: string;
  risk: Risk;
  method: DecisionMethod;
  /** The organisations present to suggest, read when the box is ticked (usePrioritisation). */
  suggestPresent: () => string[];
}

export const PriorityToggle = memo(function PriorityToggle({ planId, risk, method, suggestPresent }: PriorityToggleProps) {
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
      await promoteRisk(db, planId, risk.id, { date: today(), method, presentPartnerIds: suggestPresent(), note: '' });
      announce(t('results:promoted', { title: risk.title }));
    } else {
      await demoteRisk(db, planId, risk.id);
      announce(t('results:demoted', { title: risk.title }));
    }
  };
  return (
    <label className="compact priority-toggle">
      <input type="checkbox" checked={pending ?? risk.isPriority} aria-label={t('results:markPriority', { title: risk.title })} onChange={(e) => void toggle(e.target.checked)} />
      {t('results:priority')}
    </label>
  );
});
