/**
 * Weighted criteria results: the weights as live "what if" controls, the ranking with how each
 * score was computed (formula, missing criteria, number of raters, spread), rank moves after a
 * weight change, the contributions chart, then the map, dissent and sector views.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';
import { contributionBarData, PROJECTOR_BARS, sameRank, topBars } from '@core/charts';
import { rankRisks, weightedFormula, weightedScores, weightedSectorSplit } from '@core/scoring';
import { db } from '../../db/database';
import { setWeights } from '../../domain/criteria';
import { useFormat } from '../../hooks/useFormat';
import { ChartFrame } from '../charts/ChartFrame';
import { RankedBarChart } from '../charts/RankedBarChart';
import { legendOf, styleSeries } from '../charts/series';
import { rowId, seriesKey, useStableRows } from '../charts/useStableRows';
import { WeightInput } from '../scoring/WeightInput';
import { PriorityToggle } from './PriorityToggle';
import { SectorSplitTable } from './SectorSplitTable';
import { PriorityMapSection, DissentSection } from './WeightedCharts';
import { useRankMoves } from './useRankMoves';
import type { PrioritisationData } from './usePrioritisation';

export function WeightedResults({ plan, data }: { plan: Plan; data: PrioritisationData }) {
  const { t } = useTranslation('results');
  const { number } = useFormat();
  const { risks, criteria, scores, lookup } = data;
  const { scaleMin, scaleMax } = plan.scoring;

  const results = useMemo(
    () => weightedScores(risks, criteria, scores, { scaleMin, scaleMax, sectorOf: lookup.ofRater }),
    [risks, criteria, scores, scaleMin, scaleMax, lookup],
  );
  const ranking = useMemo(() => rankRisks(results, (r) => r.total), [results]);
  const chart = useMemo(() => contributionBarData(results, criteria), [results, criteria]);
  const top = useMemo(() => topBars(chart.data, PROJECTOR_BARS, sameRank), [chart]);
  const bars = useStableRows(top.data, rowId);
  const split = useMemo(() => weightedSectorSplit(results), [results]);
  const ranks = useMemo(() => new Map(ranking.map((r) => [r.item.riskId, r.rank])), [ranking]);
  const moves = useRankMoves(criteria.map((c) => `${c.id}:${c.weight}`).join('|'), ranks);

  // The weights when the results were opened: "what if" can always come back to them in one step.
  const [startingWeights] = useState<Record<string, number>>(() => Object.fromEntries(criteria.map((c) => [c.id, c.weight])));
  const changed = criteria.filter((c) => startingWeights[c.id] !== undefined && startingWeights[c.id] !== c.weight);

  const byId = new Map(risks.map((r) => [r.id, r]));
  const nameOf = new Map(criteria.map((c) => [c.id, c.name]));
  const labelled = useMemo(() => {
    const names = new Map(criteria.map((c) => [c.id, c.name]));
    return chart.series.map((s) => ({ key: s.key, label: names.get(s.criterionId) ?? '' }));
  }, [chart.series, criteria]);
  // The same series objects while only scores change, so the chart is redrawn only for new bars.
  const stableLabelled = useStableRows(labelled, seriesKey);
  const series = useMemo(() => styleSeries('weighted', stableLabelled), [stableLabelled]);
  const format = useCallback((n: number) => number(Math.round(n * 100) / 100), [number]);

  return (
    <>
      <section className="what-if" aria-labelledby="what-if-heading">
        <h3 id="what-if-heading">{t('results:whatIf')}</h3>
        <p className="hint">{t('results:whatIfHint')}</p>
        <div className="what-if-weights">
          {criteria.map((c) => (
            <WeightInput key={c.id} plan={plan} criterion={c} visibleLabel />
          ))}
        </div>
        {changed.length > 0 && (
          <p className="what-if-reset">
            <button type="button" onClick={() => void setWeights(db, plan.id, startingWeights)}>
              {t('results:restoreWeights')}
            </button>
            <span className="hint">
              {t('results:startingWeights', { list: changed.map((c) => `${c.name} ${number(startingWeights[c.id] ?? 0)}`).join(', ') })}
            </span>
          </p>
        )}
      </section>
      <table className="data-table ranking weighted-ranking">
        <caption className="visually-hidden">{t('results:weightedCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">{t('results:rank')}</th>
            <th scope="col">{t('results:risk')}</th>
            <th scope="col" className="num">{t('results:score')}</th>
            <th scope="col">{t('results:howComputed')}</th>
            <th scope="col" className="num">{t('results:range')}</th>
            <th scope="col">{t('results:priority')}</th>
          </tr>
        </thead>
        <tbody>
          {ranking.map(({ item, rank, tied }) => {
            const risk = byId.get(item.riskId)!;
            const move = moves.get(item.riskId);
            const formula = weightedFormula(item, format);
            return (
              <tr key={item.riskId} className={risk.isPriority ? 'is-priority' : undefined}>
                <td className="num">
                  {rank === null ? '–' : tied ? t('results:tiedRank', { rank }) : rank}
                  {move !== undefined && <span className="rank-move">{move > 0 ? t('results:movedUp', { count: move }) : t('results:movedDown', { count: -move })}</span>}
                </td>
                <th scope="row">{risk.title}</th>
                <td className="num score-cell">{item.total === null ? '–' : format(item.total)}</td>
                <td className="formula">
                  {formula ?? t('results:noScores')}
                  {item.missingCriterionIds.length > 0 && item.total !== null && (
                    <span className="formula-note">{t('results:missingCriteria', { list: item.missingCriterionIds.map((id) => nameOf.get(id)).join(', ') })}</span>
                  )}
                  {item.coverage.raters > 0 && <span className="formula-note">{t('results:raters', { count: item.coverage.raters })}</span>}
                </td>
                <td className="num">{item.spread ? t('results:rangeValue', { min: format(item.spread.min), max: format(item.spread.max) }) : '–'}</td>
                <td>
                  <PriorityToggle planId={plan.id} risk={risk} method="weighted" suggestPresent={data.suggestPresent} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ChartFrame
        title={top.cut ? t('results:weightedChartTop', { shown: top.data.length, total: top.total }) : t('results:weightedChart')}
        className="weighted-bar-chart"
        legend={legendOf(series)}
        note={[
          t('results:weightedChartNote'),
          top.cut ? t('results:chartTopNote', { shown: top.data.length, total: top.total }) : '',
          top.tieAtCut ? t('results:chartTieAtCut') : '',
        ]
          .filter(Boolean)
          .join(' ')}
      >
        <RankedBarChart rows={bars} series={series} patternPrefix="weighted" axisLabel={t('results:scoreAxis', { min: scaleMin, max: scaleMax })} format={format} domainMax={scaleMax} />
      </ChartFrame>
      <PriorityMapSection plan={plan} results={results} ranking={ranking} criteria={criteria} format={format} />
      <DissentSection plan={plan} results={results} criteria={criteria} format={format} />
      <SectorSplitTable split={split} risks={risks} caption={t('results:scoresBySector')} format={format} marks />
    </>
  );
}
