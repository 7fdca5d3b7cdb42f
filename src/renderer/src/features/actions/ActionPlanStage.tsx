/**
 * Stage 10: the action plan. Every response as one row (priority, planning area, type, lead,
 * status, timeline), sortable by column and filterable, with status changed in place.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESPONSE_STATUSES, type Plan, type PlanningArea, type ResponseStatus } from '@core/model';
import { actionPlanRows, filterActionPlan, sortActionPlan, type ActionPlanFilter, type ActionPlanRow, type ActionPlanSort, type ActionPlanSortKey } from '@core/matrix';
import { db } from '../../db/database';
import { updateResponse } from '../../domain/responses';
import { usePartners, useResponses, useRisks } from '../../hooks/entities';
import { useFormat } from '../../hooks/useFormat';
import { useAnnouncer } from '../../components/Announcer';
import { ResponseDialog, type ResponseDialogTarget } from '../matrix/ResponseDialog';
import { ActionPlanFilters, NO_FILTER, NO_LEAD, type FilterValues } from './ActionPlanFilters';
import './actions.css';

const COLUMNS: { key: ActionPlanSortKey; label: string }[] = [
  { key: 'title', label: 'actions:response' },
  { key: 'priority', label: 'actions:priority' },
  { key: 'area', label: 'actions:area' },
  { key: 'type', label: 'actions:type' },
  { key: 'lead', label: 'actions:lead' },
  { key: 'status', label: 'actions:status' },
  { key: 'timeline', label: 'actions:timeline' },
];

function toFilter(v: FilterValues): ActionPlanFilter {
  return {
    text: v.text,
    riskId: v.riskId || undefined,
    area: (v.area || undefined) as PlanningArea | undefined,
    status: (v.status || undefined) as ResponseStatus | undefined,
    leadPartnerId: v.lead === NO_LEAD ? null : v.lead || undefined,
  };
}

export function ActionPlanStage({ plan }: { plan: Plan }) {
  const { t } = useTranslation(['actions', 'catalogue']);
  const { locale } = useFormat();
  const { announce } = useAnnouncer();
  const { data: risks, isLoading } = useRisks(plan.id);
  const { data: responses } = useResponses(plan.id);
  const { data: partners } = usePartners(plan.id);
  const [filters, setFilters] = useState<FilterValues>(NO_FILTER);
  const [sort, setSort] = useState<ActionPlanSort | null>(null);
  const [editing, setEditing] = useState<ResponseDialogTarget | null>(null);

  const all = useMemo(() => actionPlanRows(risks, responses, partners), [risks, responses, partners]);
  const filtered = useMemo(() => filterActionPlan(all, toFilter(filters)), [all, filters]);
  const rows = useMemo(() => (sort ? sortActionPlan(filtered, sort, locale) : filtered), [filtered, sort, locale]);
  const withResponses = risks.filter((r) => all.some((row) => row.riskId === r.id));

  const sortBy = (key: ActionPlanSortKey) =>
    setSort((s) => ({ key, direction: s?.key === key && s.direction === 'ascending' ? 'descending' : 'ascending' }));
  const setStatus = async (row: ActionPlanRow, status: ResponseStatus) => {
    await updateResponse(db, plan.id, row.id, { status });
    announce(t('actions:statusChanged', { title: row.title, status: t(`catalogue:responseStatus.${status}`) }));
  };
  const edit = (row: ActionPlanRow) => {
    const response = responses.find((r) => r.id === row.id);
    if (response) setEditing({ mode: 'edit', response });
  };

  return (
    <>
      <h1 id="stage-title">{t('actions:title')}</h1>
      <p className="stage-intro">{t('actions:intro')}</p>
      {!isLoading && all.length === 0 ? (
        <p className="empty">{t('actions:empty')}</p>
      ) : (
        <>
          <ActionPlanFilters values={filters} onChange={setFilters} risks={withResponses} partners={partners} />
          <p className="row-count" aria-live="polite">
            {t('actions:showing', { count: rows.length, total: all.length })}
          </p>
          <div className="table-scroll" role="region" tabIndex={0} aria-label={t('actions:caption')}>
            <table className="data-table action-plan">
              <caption className="visually-hidden">{t('actions:caption')}</caption>
              <thead>
                <tr>
                  {COLUMNS.map((c) => (
                    <th key={c.key} scope="col" aria-sort={sort?.key === c.key ? sort.direction : undefined}>
                      <button type="button" className="sort-button" onClick={() => sortBy(c.key)}>
                        {t(c.label)}
                        <span aria-hidden="true" className="sort-mark">
                          {sort?.key === c.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                        </span>
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">
                      <button type="button" className="link row-title" onClick={() => edit(row)} aria-label={t('actions:editResponse', { title: row.title })}>
                        {row.title}
                      </button>
                      {row.supporting.length > 0 && <span className="supporting-line">{t('actions:supportedBy', { list: row.supporting.join(', ') })}</span>}
                    </th>
                    <td>
                      {row.priority}
                      {!row.isPriority && <span className="not-priority"> {t('actions:notPriority')}</span>}
                    </td>
                    <td>
                      <span className={`area-tag area-${row.area}`}>{t(`catalogue:area.${row.area}`)}</span>
                    </td>
                    <td>{t(`catalogue:responseType.${row.type}`)}</td>
                    <td>{row.lead || <span className="muted">{t('actions:noLead')}</span>}</td>
                    <td>
                      <select
                        className="status-select"
                        value={row.status}
                        aria-label={t('actions:statusOf', { title: row.title })}
                        onChange={(e) => void setStatus(row, e.target.value as ResponseStatus)}
                      >
                        {RESPONSE_STATUSES.map((s) => (
                          <option key={s} value={s}>
                            {t(`catalogue:responseStatus.${s}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>{row.timeline}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.length === 0 && <p className="empty">{t('actions:noMatch')}</p>}
        </>
      )}
      <ResponseDialog planId={plan.id} target={editing} risks={risks} partners={partners} onClose={() => setEditing(null)} />
    </>
  );
}
