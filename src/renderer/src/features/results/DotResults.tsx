/**
 * Dot vote results. The current round's totals stay out of the page until the facilitator
 * reveals them (so nobody follows the early leaders); earlier rounds are closed and can be shown.
 * Then: the ranked bar chart of the top of the ranking (what a projector can show, optionally
 * stacked by sector), the full ranking with ties, the split by sector, and the priority checkboxes.
 *
 * After a vote everything is recomputed from the votes (a few milliseconds for 20,000), but the
 * rows keep their identity where their content did not change (useStableRows), so the chart and
 * the table rows only redraw what the vote changed.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';
import { dotsBarInput, PROJECTOR_BARS, rankedBarData, sameRank, topBars } from '@core/charts';
import { ballotRisks, dotSectorSplit, rankRisks, tallyDots } from '@core/scoring';
import { db } from '../../db/database';
import { revealVotes } from '../../domain/votes';
import { useAnnouncer } from '../../components/Announcer';
import { useFormat } from '../../hooks/useFormat';
import { ChartFrame } from '../charts/ChartFrame';
import { RankedBarChart } from '../charts/RankedBarChart';
import { legendOf, styleSeries } from '../charts/series';
import { rowId, seriesKey, useStableRows } from '../charts/useStableRows';
import { DotRankingTable, type DotRankingRow } from './DotRankingTable';
import { SectorSplitTable } from './SectorSplitTable';
import type { PrioritisationData } from './usePrioritisation';

const rowRisk = (row: DotRankingRow) => row.risk.id;

export function DotResults({ plan, data }: { plan: Plan; data: PrioritisationData }) {
  const { t } = useTranslation(['results', 'catalogue']);
  const { announce } = useAnnouncer();
  const { number } = useFormat();
  const { risks, votes, participants, partners } = data;
  const current = plan.voting.round;
  const [chosenRound, setChosenRound] = useState<number | null>(null);
  const round = chosenRound !== null && chosenRound <= current ? chosenRound : current;
  const [stacked, setStacked] = useState(false);
  const visible = round < current || plan.voting.revealed;

  const result = useMemo(() => {
    const onBallot = new Set(ballotRisks(risks, votes, round));
    const tallies = tallyDots(votes, risks.filter((r) => onBallot.has(r.id)), participants, partners, { round });
    const byRisk = new Map(risks.map((r) => [r.id, r]));
    const ranking: DotRankingRow[] = rankRisks(tallies, (row) => row.dots).map(({ item, rank, tied }) => ({
      risk: byRisk.get(item.riskId)!,
      rank,
      tied,
      dots: item.dots,
      voters: item.voters,
    }));
    const chart = rankedBarData(dotsBarInput(tallies), { stackBySector: stacked });
    return { ranking, chart, top: topBars(chart.data, PROJECTOR_BARS, sameRank), split: dotSectorSplit(tallies) };
  }, [risks, votes, participants, partners, round, stacked]);
  const bars = useStableRows(result.top.data, rowId);
  const ranking = useStableRows(result.ranking, rowRisk);
  const chartSeries = useStableRows(result.chart.series, seriesKey);
  const series = useMemo(
    () => styleSeries('dots', chartSeries.map((s) => ({ key: s.key, label: t(`catalogue:sector.${s.sector}`, { defaultValue: s.sector }) }))),
    [chartSeries, t],
  );
  const counts = useMemo(() => {
    let dots = 0;
    const voters = new Set<string>();
    for (const v of votes) {
      if (v.round !== round) continue;
      dots += Math.max(0, v.dots);
      if (v.dots > 0) voters.add(v.participantId);
    }
    return { dots, voters: voters.size };
  }, [votes, round]);

  if (risks.length === 0) return <p className="empty">{t('results:noRisks')}</p>;

  const reveal = async (value: boolean) => {
    await revealVotes(db, plan.id, value);
    announce(value ? t('results:revealedNow') : t('results:hiddenNow'));
  };
  const { top } = result;
  const notes = [
    top.cut ? t('results:chartTopNote', { shown: top.data.length, total: top.total }) : null,
    top.tieAtCut ? t('results:chartTieAtCut') : null,
    result.chart.missing.length > 0 ? t('results:noDotsNote', { count: result.chart.missing.length }) : null,
  ].filter((n): n is string => n !== null);

  return (
    <>
      <div className="inline-form results-bar">
        {round === current &&
          (plan.voting.revealed ? (
            <button type="button" onClick={() => void reveal(false)}>
              {t('results:hide')}
            </button>
          ) : (
            <button type="button" className="primary" onClick={() => void reveal(true)}>
              {t('results:reveal')}
            </button>
          ))}
        {current > 1 && (
          <label>
            {t('results:showRound')}
            <select value={round} onChange={(e) => setChosenRound(Number(e.target.value))}>
              {Array.from({ length: current }, (_, i) => i + 1).map((r) => (
                <option key={r} value={r}>
                  {r === current ? t('results:roundCurrent', { round: r }) : t('results:roundClosed', { round: r })}
                </option>
              ))}
            </select>
          </label>
        )}
        <span>{t('results:dotsCast', { count: counts.dots })}</span>
        <span>{t('results:votersCount', { count: counts.voters, total: participants.length })}</span>
      </div>
      {!visible ? (
        <p className="hidden-results">{t('results:hiddenExplain')}</p>
      ) : (
        <>
          <ChartFrame
            title={top.cut ? t('results:chartCaptionTop', { round, shown: top.data.length, total: top.total }) : t('results:chartCaption', { round })}
            className="ranked-bar-chart"
            legend={stacked ? legendOf(series) : []}
            controls={
              <label className="compact">
                <input type="checkbox" checked={stacked} onChange={(e) => setStacked(e.target.checked)} />
                {t('results:stackBySector')}
              </label>
            }
            note={notes.length > 0 ? notes.join(' ') : undefined}
          >
            <RankedBarChart rows={bars} series={series} patternPrefix="dots" axisLabel={t('results:dots')} format={number} />
          </ChartFrame>
          <DotRankingTable rows={ranking} planId={plan.id} suggestPresent={data.suggestPresent} format={number} />
          <SectorSplitTable split={result.split} risks={risks} caption={t('results:dotsBySector')} format={number} marks={false} />
        </>
      )}
    </>
  );
}
