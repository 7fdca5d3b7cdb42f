/** The performance measurement table of one priority: one row per outcome, missing measures named. */
import { useTranslation } from 'react-i18next';
import { OUTCOME_LEVELS, type Outcome, type PlanResponse } from '@core/model';
import { missingMeasures } from '@core/outcomes';

interface Props {
  caption: string;
  outcomes: Outcome[];
  responses: PlanResponse[];
  onEdit: (outcome: Outcome) => void;
}

export function MeasurementTable({ caption, outcomes, responses, onEdit }: Props) {
  const { t } = useTranslation(['outcomes', 'catalogue']);
  const sorted = [...outcomes].sort((a, b) => OUTCOME_LEVELS.indexOf(a.level) - OUTCOME_LEVELS.indexOf(b.level) || a.createdAt.localeCompare(b.createdAt));
  const responseTitle = (id: string | null) => responses.find((r) => r.id === id)?.title;
  const valueAt = (value: string, date: string) => (value && date ? t('outcomes:valueAt', { value, date }) : value || date);
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-label={caption}>
      <table className="data-table measurement-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('outcomes:statement')}</th>
            <th scope="col">{t('outcomes:indicator')}</th>
            <th scope="col">{t('outcomes:baseline')}</th>
            <th scope="col">{t('outcomes:target')}</th>
            <th scope="col">{t('outcomes:dataColumn')}</th>
            <th scope="col">{t('outcomes:responsibility')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('outcomes:actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((o) => {
            const missing = missingMeasures(o);
            return (
              <tr key={o.id}>
                <th scope="row">
                  <span className={`level-badge level-${o.level}`}>{t(`catalogue:outcomeLevel.${o.level}`)}</span>
                  <span className="outcome-statement">{o.statement}</span>
                  <span className="outcome-for">
                    {o.responseId ? t('outcomes:forResponse', { title: responseTitle(o.responseId) ?? '' }) : t('outcomes:forPriority')}
                  </span>
                  {missing.length > 0 && (
                    <span className="missing">
                      {t('outcomes:missing', { list: missing.map((f) => t(`outcomes:measureName.${f}`)).join(', ') })}
                    </span>
                  )}
                </th>
                <td>{o.indicator}</td>
                <td>{valueAt(o.baseline, o.baselineDate)}</td>
                <td>{valueAt(o.target, o.targetDate)}</td>
                <td>
                  <DataCell label={t('outcomes:dataSource')} value={o.dataSource} />
                  <DataCell label={t('outcomes:collectionMethod')} value={o.collectionMethod} />
                  <DataCell label={t('outcomes:frequency')} value={o.frequency} />
                </td>
                <td>{o.responsibility}</td>
                <td>
                  <button type="button" className="small" onClick={() => onEdit(o)} aria-label={t('outcomes:editOutcome', { statement: o.statement })}>
                    {t('outcomes:edit')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function DataCell({ label, value }: { label: string; value: string }) {
  if (!value) return null;
  return (
    <span className="data-line">
      <span className="data-label">{label}:</span> {value}
    </span>
  );
}
