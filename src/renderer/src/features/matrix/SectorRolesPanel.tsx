/**
 * Risks x sectors: for each sector of the plan's partners, whether it leads or supports responses
 * of each priority. Sectors (and partners) with no role are marked, so the room sees whose effort
 * is missing from the plan.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner, PlanResponse, Risk } from '@core/model';
import { sectorGrid, type SectorCell } from '@core/matrix';
import { useFormat } from '../../hooks/useFormat';

interface Props {
  risks: Risk[];
  responses: PlanResponse[];
  partners: Partner[];
}

export function SectorRolesPanel({ risks, responses, partners }: Props) {
  const { t } = useTranslation(['matrix', 'catalogue']);
  const { locale } = useFormat();
  const grid = useMemo(() => sectorGrid(risks, responses, partners), [risks, responses, partners]);
  const sectorLabel = (sector: string) => t(`catalogue:sector.${sector}`, { defaultValue: sector });
  const partnersOf = (sector: string) => partners.filter((p) => p.sector === sector).map((p) => p.name);
  const idle = grid.columns.filter((c) => !c.hasRole);
  const idlePartners = partners.filter((p) => grid.partnersWithoutRole.includes(p.id));

  if (partners.length === 0) return <p className="empty">{t('matrix:noPartners')}</p>;

  return (
    <section aria-labelledby="sectors-heading">
      <h2 id="sectors-heading">{t('matrix:sectorsHeading')}</h2>
      <p className="stage-intro">{t('matrix:sectorsIntro')}</p>
      {idle.length > 0 && (
        <p className="balance-flag leans" role="note">
          <span aria-hidden="true">⚠ </span>
          {t('matrix:sectorsWithoutRole', { count: idle.length, locale, list: idle.map((c) => sectorLabel(c.sector)).join(', ') })}
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table sector-roles">
          <caption className="visually-hidden">{t('matrix:sectorsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('matrix:sector')}</th>
              {grid.rows.map((row) => (
                <th scope="col" key={row.riskId}>
                  {row.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.columns.map((column) => (
              <tr key={column.sector} className={column.hasRole ? undefined : 'no-role'}>
                <th scope="row">
                  <div className="sector-head">
                    <span className="sector-name">{sectorLabel(column.sector)}</span>
                    {!column.hasRole && <span className="no-role-tag">{t('matrix:noRole')}</span>}
                    <span className="sector-partners">{partnersOf(column.sector).join(', ')}</span>
                  </div>
                </th>
                {grid.rows.map((row) => (
                  <td key={row.riskId}>
                    <RoleCell cell={row.cells[column.sector] ?? { lead: 0, supporting: 0 }} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {idlePartners.length > 0 && (
        <p className="hint">{t('matrix:partnersWithoutRole', { count: idlePartners.length, locale, list: idlePartners.map((p) => p.name).join(', ') })}</p>
      )}
    </section>
  );
}

function RoleCell({ cell }: { cell: SectorCell }) {
  const { t } = useTranslation('matrix');
  const { locale } = useFormat();
  if (cell.lead === 0 && cell.supporting === 0) {
    return (
      <>
        <span className="muted" aria-hidden="true">
          —
        </span>
        <span className="visually-hidden">{t('noRoleCell')}</span>
      </>
    );
  }
  return (
    <span className="roles">
      {cell.lead > 0 && <span className="role-lead">{t('leads', { count: cell.lead, locale })}</span>}
      {cell.supporting > 0 && <span className="role-supports">{t('supports', { count: cell.supporting, locale })}</span>}
    </span>
  );
}
