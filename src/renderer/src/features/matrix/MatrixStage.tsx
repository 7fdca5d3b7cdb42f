/**
 * Stage 6: the risk-to-response matrix. Rows are priority risks, columns the four planning areas;
 * each cell lists responses with their lead partner. Empty cells are gaps.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLANNING_AREAS, type Plan, type PlanningArea, type Risk } from '@core/model';
import { buildMatrix } from '@core/matrix';
import { db } from '../../db/database';
import { usePartners, useResponses, useRisks } from '../../hooks/entities';
import { deleteResponse } from '../../domain/responses';
import { AddResponseDialog } from './AddResponseDialog';

export function MatrixStage({ plan }: { plan: Plan }) {
  const { t } = useTranslation(['matrix', 'catalogue', 'common']);
  const { data: risks } = useRisks(plan.id);
  const { data: responses } = useResponses(plan.id);
  const { data: partners } = usePartners(plan.id);
  const [adding, setAdding] = useState<{ risk: Risk; area: PlanningArea } | null>(null);
  const partnerName = useMemo(() => new Map(partners.map((p) => [p.id, p.name])), [partners]);
  const matrix = useMemo(() => buildMatrix(risks, responses), [risks, responses]);

  return (
    <>
      <h1 id="stage-title">{t('matrix:title')}</h1>
      <p className="stage-intro">{t('matrix:intro')}</p>
      {matrix.rows.length === 0 ? (
        <p className="empty">{t('matrix:noPriorities')}</p>
      ) : (
        <div className="table-scroll">
          <table className="matrix">
            <caption className="visually-hidden">{t('matrix:caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('matrix:priority')}</th>
                {PLANNING_AREAS.map((a) => (
                  <th scope="col" key={a} className={`area-${a}`}>
                    {t(`catalogue:area.${a}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((row) => (
                <tr key={row.risk.id}>
                  <th scope="row">{row.risk.title}</th>
                  {PLANNING_AREAS.map((area) => {
                    const cell = row.cells[area];
                    const cellName = t('matrix:cellName', { risk: row.risk.title, area: t(`catalogue:area.${area}`) });
                    return (
                      <td key={area} className={cell.length === 0 ? 'gap' : undefined} aria-label={cellName}>
                        {cell.length === 0 && <span className="gap-label">{t('matrix:gap')}</span>}
                        <ul className="responses">
                          {cell.map((r) => (
                            <li key={r.id} className={`response type-${r.type}`}>
                              <span className="response-title">{r.title}</span>
                              <span className="response-meta">
                                {t(`catalogue:responseType.${r.type}`)}
                                {r.leadPartnerId && <> · {partnerName.get(r.leadPartnerId)}</>}
                              </span>
                              <button
                                type="button"
                                className="quiet small"
                                aria-label={t('matrix:deleteResponse', { title: r.title })}
                                onClick={() => void deleteResponse(db, plan.id, r.id)}
                              >
                                ×
                              </button>
                            </li>
                          ))}
                        </ul>
                        <button
                          type="button"
                          className="quiet small add-response"
                          aria-label={t('matrix:addResponseTo', { cell: cellName })}
                          onClick={() => setAdding({ risk: row.risk, area })}
                        >
                          + {t('matrix:add')}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddResponseDialog planId={plan.id} target={adding} partners={partners} onClose={() => setAdding(null)} />
    </>
  );
}
