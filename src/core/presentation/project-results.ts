/**
 * The results layout: a ranking, only once the facilitator has revealed it. While hidden, the
 * room gets how many people have voted or scored, never a tally, a rank or even the list of risks
 * in some order that could give the result away.
 */
import type { Id, Plan, Risk } from '../model';
import { rankedBarData, dotsBarInput, weightedBarInput } from '../charts/ranked-bar';
import { tallyDots } from '../scoring/dots';
import { hanlonScores, HANLON_SCALE } from '../scoring/hanlon';
import { importanceChangeability, QUADRANTS } from '../scoring/importance-changeability';
import { rankRisks } from '../scoring/rank';
import { weightedScores } from '../scoring/weighted';
import type { PresentationData, ProjectionRequest } from './data';
import { LAYOUT_LIMITS, take } from './limits';
import type { ScreenOf } from './view';

type Bar = ScreenOf<'results'>['bars'][number];
type Ranked = Omit<Bar, 'priority' | 'focus'>;

export function projectResults(data: PresentationData, request: ProjectionRequest): ScreenOf<'results'> | ScreenOf<'resultsHidden'> {
  const { plan } = data;
  const source = request.resultSource;
  const revealed = source === 'dots' ? plan.voting.revealed : plan.scoring.revealed;
  if (!revealed) {
    const active = source === 'dots' ? dotVoters(data) : new Set(data.scores.map((s) => s.raterId));
    return { kind: 'resultsHidden', source, voted: active.size, voters: data.participants.length };
  }
  const ranking = source === 'dots' ? dotRanking(data) : scoreRanking(data, plan);
  const riskById = new Map<Id, Risk>(data.risks.map((r) => [r.id, r]));
  const { shown, more } = take(ranking.bars, LAYOUT_LIMITS[request.textSize].bars);
  return {
    kind: 'results',
    source,
    method: ranking.method,
    maxValue: ranking.maxValue,
    decimals: ranking.decimals,
    bars: shown.map((bar) => ({ ...bar, priority: riskById.get(bar.id)?.isPriority ?? false, focus: bar.id === request.focusRiskId })),
    moreBars: more,
  };
}

function dotVoters(data: PresentationData): Set<Id> {
  const round = data.plan.voting.round;
  return new Set(data.votes.filter((v) => v.round === round && v.dots > 0).map((v) => v.participantId));
}

interface Ranking {
  method: ScreenOf<'results'>['method'];
  maxValue: number;
  decimals: number;
  bars: Ranked[];
}

function fromChart(chart: ReturnType<typeof rankedBarData>, titles: Map<Id, string>): Ranked[] {
  const ranked: Ranked[] = chart.data.map((d) => ({ id: d.id, title: d.label, value: d.value, rank: d.rank, tied: d.tied, tag: null }));
  const missing: Ranked[] = chart.missing.map((id) => ({ id, title: titles.get(id) ?? '', value: null, rank: null, tied: false, tag: null }));
  return [...ranked, ...missing];
}

function dotRanking(data: PresentationData): Ranking {
  const tallies = tallyDots(data.votes, data.risks, data.participants, data.partners, data.plan.voting);
  const chart = rankedBarData(dotsBarInput(tallies));
  const maxValue = Math.max(0, ...chart.data.map((d) => d.value));
  return { method: 'dots', maxValue, decimals: 0, bars: fromChart(chart, new Map(data.risks.map((r) => [r.id, r.title]))) };
}

function scoreRanking(data: PresentationData, plan: Plan): Ranking {
  const { risks, criteria, scores } = data;
  const scale = { scaleMin: plan.scoring.scaleMin, scaleMax: plan.scoring.scaleMax };
  const titles = new Map(risks.map((r) => [r.id, r.title]));
  switch (plan.scoring.method) {
    case 'weighted': {
      const chart = rankedBarData(weightedBarInput(weightedScores(risks, criteria, scores, scale)));
      return { method: 'weighted', maxValue: scale.scaleMax, decimals: 1, bars: fromChart(chart, titles) };
    }
    case 'hanlon': {
      const rows = hanlonScores(risks, criteria, scores);
      const max = HANLON_SCALE.scaleMax;
      return {
        method: 'hanlon',
        maxValue: (2 * max * max) / 3,
        decimals: 1,
        bars: rows.map((r) => ({ id: r.riskId, title: r.title, value: r.bpr, rank: r.rank, tied: r.tied, tag: r.passesScreen ? null : 'failsScreen' })),
      };
    }
    case 'importanceChangeability': {
      const grid = importanceChangeability(risks, criteria, scores, scale);
      // Act-first quadrant on top, then by importance: the grid's reading order as a list.
      const ranked = rankRisks(grid.risks, (r) => (r.quadrant === null ? null : r.importance), {
        tier: (r) => (r.quadrant === null ? QUADRANTS.length : QUADRANTS.indexOf(r.quadrant)),
      });
      return {
        method: 'importanceChangeability',
        maxValue: scale.scaleMax,
        decimals: 1,
        bars: ranked.map(({ item, rank, tied }) => ({
          id: item.riskId,
          title: item.title,
          value: item.quadrant === null ? null : item.importance,
          rank,
          tied,
          tag: item.quadrant,
        })),
      };
    }
  }
}
