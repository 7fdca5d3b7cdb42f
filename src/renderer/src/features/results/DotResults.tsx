/**
 * Dot vote results. The current round's totals stay out of the page until the facilitator
 * reveals them (so nobody follows the early leaders); earlier rounds are closed and can be shown.
 * Then: the ranked bar chart (optionally stacked by sector), the ranking with ties, the split by
 * sector, and the priority checkboxes.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';
import { dotsBarInput, rankedBarData } from '@core/charts';
import { ballotRisks, dotSectorSplit, rankRisks, tallyDots } from '@core/scoring';
import { db } from '../../db/database';
import { revealVotes } from '../../domain/votes';
import { useAnnouncer } from '../../components/Announcer';
import { ChartFrame } from '../charts/ChartFrame';
import { RankedBarChart } from '../charts/RankedBarChart';
import { legendOf, styleSeries } from '../charts/series';
import { PriorityToggle } from './PriorityToggle';
import { SectorSplitTable } from './SectorSplitTable';
import type { PrioritisationData } from './usePrioritisation';

export function DotResults({ plan, data }: { plan: Plan; data: PrioritisationData }) {
  const { t } = useTranslation(['results', 'catalogue']);
  const { announce } = useAnnouncer();
  const { risks, votes, participants, partners } = data;
  const current = plan.voting.round;
  const [chosenRound, setChosenRound] = useState<number | null>(null);
  const round = chosenRound !== null && chosenRound <= current ? chosenRound : current;
  const [stacked, setStacked] = useState(false);
  const visible = round < current || plan.voting.revealed;

  const result = useMemo(() => {
    const onBallot = new Set(ballotRisks(risks, votes, round));
    const tallies = tallyDots(votes, risks.filter((r) => onBallot.has(r.id)), participants, partners, { round });
    const byId = new Map(risks.map((r) => [r.id, r]));
    const ranking = rankRisks(tallies, (row) => row.dots).map((r) => ({ ...r, risk: byId.get(r.item.riskId)! }));
    return { tallies, ranking, chart: rankedBarData(dotsBarInput(tallies), { stackBySector: stacked }), split: dotSectorSplit(tallies) };
  }, [risks, votes, participants, partners, round, stacked]);

  const series = styleSeries(
    'dots',
    result.chart.series.map((s) => ({ key: s.key, label: t(`catalogue:sector.${s.sector}`, { defaultValue: s.sector }) })),
  );
  const dotsCast = votes.filter((v) => v.round === round).reduce((s, v) => s + Math.max(0, v.dots), 0);
  const voters = new Set(votes.filter((v) => v.round === round && v.dots > 0).map((v) => v.participantId)).size;

  if (risks.length === 0) return <p className="empty">{t('results:noRisks')}</p>;

  const reveal = async (value: boolean) => {
    await revealVotes(db, plan.id, value);
    announce(value ? t('results:revealedNow') : t('results:hiddenNow'));
  };

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
        <span>{t('results:dotsCast', { count: dotsCast })}</span>
        <span>{t('results:votersCount', { count: voters, total: participants.length })}</span>
      </div>
      {!visible ? (
        <p className="hidden-results">{t('results:hiddenExplain')}</p>
      ) : (
        <>
          <ChartFrame
            title={t('results:chartCaption', { round })}
            className="ranked-bar-chart"
            legend={stacked ? legendOf(series) : []}
            controls={
              <label className="compact">
                <input type="checkbox" checked={stacked} onChange={(e) => setStacked(e.target.checked)} />
                {t('results:stackBySector')}
              </label>
            }
            note={result.chart.missing.length > 0 ? t('results:noDotsNote', { count: result.chart.missing.length }) : undefined}
          >
            <RankedBarChart rows={result.chart.data} series={series} patternPrefix="dots" axisLabel={t('results:dots')} format={String} />
          </ChartFrame>
          <table className="data-table ranking">
            <caption className="visually-hidden">{t('results:tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">{t('results:rank')}</th>
                <th scope="col">{t('results:risk')}</th>
                <th scope="col" className="num">{t('results:dots')}</th>
                <th scope="col" className="num">{t('results:voters')}</th>
                <th scope="col">{t('results:priority')}</th>
              </tr>
            </thead>
            <tbody>
              {result.ranking.map(({ rank, tied, item, risk }) => (
                <tr key={risk.id} className={risk.isPriority ? 'is-priority' : undefined}>
                  <td className="num">{rank === null ? '–' : tied ? t('results:tiedRank', { rank }) : rank}</td>
                  <th scope="row">{risk.title}</th>
                  <td className="num">{item.dots}</td>
                  <td className="num">{item.voters}</td>
                  <td>
                    <PriorityToggle plan={plan} risk={risk} method="dotVoting" data={data} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <SectorSplitTable split={result.split} risks={risks} caption={t('results:dotsBySector')} format={String} marks={false} />
        </>
      )}
    </>
  );
}
