/**
 * Hanlon results: A, B, C (means of the raters), the basic priority rating with its arithmetic,
 * the PEARL feasibility screen per risk (failing factors named), ranking and chart where risks
 * failing the screen come after those passing it, hatched and labelled.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';
import { hanlonBarData, PROJECTOR_BARS, sameRank, topBars } from '@core/charts';
import { hanlonFormula, hanlonScores } from '@core/scoring';
import { useFormat } from '../../hooks/useFormat';
import { ChartFrame } from '../charts/ChartFrame';
import { flaggedFillOf, RankedBarChart } from '../charts/RankedBarChart';
import type { SeriesStyle } from '../charts/palette';
import { PriorityToggle } from './PriorityToggle';
import type { PrioritisationData } from './usePrioritisation';

const FAILS_STYLE: SeriesStyle = { color: '#d55e00', pattern: 'crosshatch' };

export function HanlonResults({ plan, data }: { plan: Plan; data: PrioritisationData }) {
  const { t } = useTranslation(['results', 'scoring']);
  const { number } = useFormat();
  const { risks, criteria, scores } = data;
  const { scaleMin, scaleMax } = plan.scoring;
  const results = useMemo(() => hanlonScores(risks, criteria, scores, { scaleMin, scaleMax }), [risks, criteria, scores, scaleMin, scaleMax]);
  const chart = useMemo(() => hanlonBarData(results), [results]);
  const top = useMemo(() => topBars(chart.data, PROJECTOR_BARS, sameRank), [chart]);
  const byId = new Map(risks.map((r) => [r.id, r]));
  const format = (n: number) => number(Math.round(n * 10) / 10);
  const fails = t('results:failsScreen');
  // The axis runs to the highest rating the scale allows, rounded up, so bars compare to the maximum.
  const maxBpr = Math.ceil(((scaleMax + scaleMax) * scaleMax) / 3 / 10) * 10;

  return (
    <>
      <table className="data-table ranking hanlon-ranking">
        <caption className="visually-hidden">{t('results:hanlonCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">{t('results:rank')}</th>
            <th scope="col">{t('results:risk')}</th>
            <th scope="col" className="num">{t('results:hanlonA')}</th>
            <th scope="col" className="num">{t('results:hanlonB')}</th>
            <th scope="col" className="num">{t('results:hanlonC')}</th>
            <th scope="col">{t('results:bpr')}</th>
            <th scope="col">{t('results:pearl')}</th>
            <th scope="col">{t('results:priority')}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((r) => {
            const risk = byId.get(r.riskId)!;
            const cell = (v: number | null) => (v === null ? '–' : format(v));
            return (
              <tr key={r.riskId} className={risk.isPriority ? 'is-priority' : undefined}>
                <td className="num">{r.rank === null ? '–' : r.tied ? t('results:tiedRank', { rank: r.rank }) : r.rank}</td>
                <th scope="row">{risk.title}</th>
                <td className="num">{cell(r.a)}</td>
                <td className="num">{cell(r.b)}</td>
                <td className="num">{cell(r.c)}</td>
                <td className="formula">{hanlonFormula(r, format) ?? t('results:hanlonIncomplete')}</td>
                <td>
                  {r.passesScreen ? (
                    r.pearl.every((p) => p.passes === null) ? (
                      t('results:pearlUnanswered')
                    ) : (
                      t('results:pearlPasses')
                    )
                  ) : (
                    <strong className="fails">
                      {t('results:pearlFails', { list: r.failedFactors.map((f) => t(`results:pearlFactor.${f}`)).join(', ') })}
                    </strong>
                  )}
                </td>
                <td>
                  <PriorityToggle planId={plan.id} risk={risk} method="hanlon" suggestPresent={data.suggestPresent} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ChartFrame
        title={top.cut ? t('results:hanlonChartTop', { shown: top.data.length, total: top.total }) : t('results:hanlonChart')}
        className="hanlon-bar-chart"
        legend={
          top.data.some((d) => !d.passesScreen)
            ? [
                { key: 'passes', label: t('results:pearlPasses'), fill: '#0072b2' },
                { key: 'fails', label: t('results:failsScreenLegend'), fill: flaggedFillOf('hanlon', FAILS_STYLE) },
              ]
            : []
        }
        note={[
          t('results:hanlonNote'),
          top.cut ? t('results:chartTopNote', { shown: top.data.length, total: top.total }) : '',
          top.tieAtCut ? t('results:chartTieAtCut') : '',
        ]
          .filter(Boolean)
          .join(' ')}
      >
        <RankedBarChart
          rows={top.data.map((d) => ({ id: d.id, label: d.label, value: d.value, flag: d.passesScreen ? null : fails }))}
          patternPrefix="hanlon"
          axisLabel={t('results:bprAxis')}
          format={format}
          domainMax={maxBpr > 0 ? maxBpr : undefined}
          flaggedStyle={FAILS_STYLE}
        />
      </ChartFrame>
    </>
  );
}
