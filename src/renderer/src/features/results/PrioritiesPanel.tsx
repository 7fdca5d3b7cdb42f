/**
 * The priorities chosen so far, each with its decision on record (date, method, organisations
 * present, note), and the button to record or correct the decision. The usual guidance (3 to 5
 * priorities) is stated when the count falls outside it, as advice, never a block.
 * Memoised on the risks and partners: votes and scores do not change it, and a stress plan with
 * every risk a priority lists hundreds of decisions.
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner, Risk } from '@core/model';
import { useFormat } from '../../hooks/useFormat';

interface PrioritiesPanelProps {
  risks: readonly Risk[];
  partners: readonly Partner[];
  onRecordDecision: () => void;
}

export const PrioritiesPanel = memo(function PrioritiesPanel({ risks, partners, onRecordDecision }: PrioritiesPanelProps) {
  const { t } = useTranslation('results');
  const { locale } = useFormat();
  const priorities = useMemo(() => risks.filter((r) => r.isPriority), [risks]);
  const partnerName = useMemo(() => new Map(partners.map((p) => [p.id, p.name])), [partners]);
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }), [locale]);
  const dateText = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`));

  return (
    <section className="priorities-panel" aria-labelledby="priorities-heading">
      <div className="section-header">
        <h2 id="priorities-heading">{t('results:priorityCount', { count: priorities.length })}</h2>
        {priorities.length > 0 && (
          <button type="button" className="primary" onClick={onRecordDecision}>
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
    </section>
  );
});
