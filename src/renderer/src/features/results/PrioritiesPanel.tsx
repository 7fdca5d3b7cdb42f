/**
 * The priorities chosen so far, each with its decision on record (date, method, organisations
 * present, note), and the button to record or correct the decision. The usual guidance (3 to 5
 * priorities) is stated when the count falls outside it, as advice, never a block.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';
import { useFormat } from '../../hooks/useFormat';
import { DecisionDialog } from './DecisionDialog';
import type { PrioritisationData } from './usePrioritisation';

export function PrioritiesPanel({ plan, data }: { plan: Plan; data: PrioritisationData }) {
  const { t } = useTranslation('results');
  const { locale } = useFormat();
  const [open, setOpen] = useState(false);
  const priorities = data.risks.filter((r) => r.isPriority);
  const partnerName = new Map(data.partners.map((p) => [p.id, p.name]));
  const dateText = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

  return (
    <section className="priorities-panel" aria-labelledby="priorities-heading">
      <div className="section-header">
        <h2 id="priorities-heading">{t('results:priorityCount', { count: priorities.length })}</h2>
        {priorities.length > 0 && (
          <button type="button" className="primary" onClick={() => setOpen(true)}>
            {t('results:recordDecision')}
          </button>
        )}
      </div>
      {priorities.length === 0 ? (
        <p className="empty">{t('results:noPriorities')}</p>
      ) : (
        <>
          {priorities.length < 3 && <p className="hint">{t('results:guidanceFew')}</p>}
          {priorities.length > 5 && <p className="hint">{t('results:guidanceMany')}</p>}
          <ul className="priority-list">
            {priorities.map((r) => {
              const d = r.priorityDecision;
              const present = d?.presentPartnerIds.map((id) => partnerName.get(id)).filter((n): n is string => n !== undefined) ?? [];
              return (
                <li key={r.id} className="priority-item">
                  <strong className="priority-title">{r.title}</strong>
                  {d ? (
                    <span className="decision">
                      {t('results:decisionSummary', {
                        date: dateText(d.date),
                        method: t(`results:method.${d.method}`, { defaultValue: d.method }),
                        count: present.length,
                      })}
                      {present.length > 0 && <span className="decision-present">{present.join(', ')}</span>}
                      {d.note && <span className="decision-note">{d.note}</span>}
                    </span>
                  ) : (
                    <span className="decision warning">{t('results:noDecision')}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {open && <DecisionDialog plan={plan} data={data} onClose={() => setOpen(false)} />}
    </section>
  );
}
