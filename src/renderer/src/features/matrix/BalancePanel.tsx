/**
 * Balance of the plan across the four planning areas: a chart and the figures, overall and per
 * priority, flagging a plan (or a priority) that leans on incident response. The framework asks
 * for most effort upstream, so fewer people ever need an incident response.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanningArea } from '@core/model';
import { INCIDENT_RESPONSE_SHARE_LIMIT, planBalance, type AreaBalance, type PlanMatrix } from '@core/matrix';
import { balanceChartData } from '@core/charts';
import { useFormat } from '../../hooks/useFormat';
import { OverallBalanceChart, PerPriorityBalanceChart } from './BalanceChart';

export function BalancePanel({ matrix }: { matrix: PlanMatrix }) {
  const { t } = useTranslation(['matrix', 'catalogue']);
  const { locale, number } = useFormat();
  const balance = useMemo(() => planBalance(matrix), [matrix]);
  const chart = useMemo(() => balanceChartData(balance), [balance]);
  const percent = useMemo(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }), [locale]);
  const areaLabel = (area: PlanningArea) => t(`catalogue:area.${area}`);
  const countLabel = (count: number, share: number) => t('matrix:countShare', { count, locale, share: percent.format(share) });
  const incident = balance.overall.areas.find((a) => a.area === 'incidentResponse');

  if (balance.overall.total === 0) return <p className="empty">{t('matrix:balanceEmpty')}</p>;

  return (
    <section aria-labelledby="balance-heading">
      <h2 id="balance-heading">{t('matrix:balanceHeading')}</h2>
      <p className={balance.overall.leansOnIncidentResponse ? 'balance-flag leans' : 'balance-flag upstream'} role="note">
        <span aria-hidden="true">{balance.overall.leansOnIncidentResponse ? '⚠' : '✓'}</span>{' '}
        {t(balance.overall.leansOnIncidentResponse ? 'matrix:leansMessage' : 'matrix:upstreamMessage', {
          count: incident?.count ?? 0,
          locale,
          total: number(balance.overall.total),
          share: percent.format(incident?.share ?? 0),
          limit: percent.format(INCIDENT_RESPONSE_SHARE_LIMIT),
        })}
      </p>
      <div className="chart-box">
        <h3>{t('matrix:overallChart')}</h3>
        <OverallBalanceChart chart={chart} areaLabel={areaLabel} countLabel={countLabel} />
      </div>
      <div className="chart-box">
        <h3>{t('matrix:perPriorityChart')}</h3>
        <PerPriorityBalanceChart chart={chart} areaLabel={areaLabel} />
      </div>
      <div className="table-scroll">
        <table className="data-table balance-table">
          <caption>{t('matrix:balanceTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('matrix:priority')}</th>
              {matrix.areas.map((a) => (
                <th scope="col" key={a} className="num">
                  {areaLabel(a)}
                </th>
              ))}
              <th scope="col" className="num">
                {t('matrix:total')}
              </th>
              <th scope="col">{t('matrix:balanceColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {balance.rows.map((row) => (
              <BalanceRow key={row.riskId} title={row.title} balance={row} countLabel={countLabel} />
            ))}
          </tbody>
          <tfoot>
            <BalanceRow title={t('matrix:allPriorities')} balance={balance.overall} countLabel={countLabel} />
          </tfoot>
        </table>
      </div>
    </section>
  );
}

function BalanceRow({ title, balance, countLabel }: { title: string; balance: AreaBalance; countLabel: (c: number, s: number) => string }) {
  const { t } = useTranslation('matrix');
  const { number } = useFormat();
  return (
    <tr className={balance.leansOnIncidentResponse ? 'leans' : undefined}>
      <th scope="row">{title}</th>
      {balance.areas.map((a) => (
        <td key={a.area} className="num">
          {countLabel(a.count, a.share)}
        </td>
      ))}
      <td className="num">{number(balance.total)}</td>
      <td>
        {balance.total === 0 ? (
          <span className="muted">{t('noResponsesYet')}</span>
        ) : balance.leansOnIncidentResponse ? (
          <strong className="flag-leans">
            <span aria-hidden="true">⚠ </span>
            {t('leansShort')}
          </strong>
        ) : (
          <span>
            <span aria-hidden="true">✓ </span>
            {t('upstreamShort')}
          </span>
        )}
      </td>
    </tr>
  );
}
