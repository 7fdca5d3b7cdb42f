/**
 * Weighted criteria scoring. Per risk and criterion, the mean of the scores given (one per rater);
 * a criterion nobody scored for a risk is left out and the weights are renormalised over the
 * criteria that have data, because a missing score is missing information, not a zero.
 *
 *   total = Σ(weight_c × mean_c) / Σweight_c   over criteria c with at least one score
 *
 * Everything needed to show "how was this computed" is returned as data (`contributions`).
 */
import type { Criterion, Id, Risk, Score } from '../model';
import { indexScores, type ScaleOptions, type ScoreIndex } from './score-index';
import { UNKNOWN_SECTOR } from './sectors';
import { mean, spread, weightedMean, type Spread, type WeightedTerm } from './stats';

export interface WeightedOptions extends ScaleOptions {
  /** Sector of a rater (see sectorLookup().ofRater); without it every rater is 'unknown'. */
  sectorOf?: (raterId: Id) => string;
}

export interface CriterionContribution {
  criterionId: Id;
  weight: number;
  /** Mean of this criterion's scores for the risk. */
  mean: number;
  scores: number;
  /** weight / Σweight over the criteria with data. */
  share: number;
  /** share × mean: this criterion's part of the total (contributions add up to the total). */
  contribution: number;
}

export interface CriterionSpread extends Spread {
  criterionId: Id;
}

export interface SectorScore {
  sector: string;
  total: number | null;
  raters: number;
}

export interface WeightedRiskScore {
  riskId: Id;
  title: string;
  /** On the scoring scale; null without any usable score (or only zero weights). */
  total: number | null;
  /** The divisor: Σweight over the criteria with data. */
  weightSum: number;
  contributions: CriterionContribution[];
  /** Criteria without a score for this risk, left out of the total. */
  missingCriterionIds: Id[];
  coverage: { criteriaWithData: number; criteriaTotal: number; scores: number; raters: number; ignoredOutOfScale: number };
  /** The same formula applied to each sector's scores only (sorted by sector id). */
  bySector: SectorScore[];
  spreadByCriterion: CriterionSpread[];
  /** Spread of the raters' own totals (each rater's scores through the same formula). */
  spread: Spread | null;
}

export function weightedScores(
  risks: readonly Risk[],
  criteria: readonly Criterion[],
  scores: readonly Score[],
  options: WeightedOptions,
): WeightedRiskScore[] {
  const ordered = [...criteria].sort((a, b) => a.order - b.order);
  const known = new Set(ordered.map((c) => c.id));
  const index = indexScores(scores, options, (id) => known.has(id));
  const sectorOf = options.sectorOf ?? (() => UNKNOWN_SECTOR);
  return risks.map((risk) => scoreRisk(risk, ordered, index, sectorOf));
}

function scoreRisk(risk: Risk, criteria: readonly Criterion[], index: ScoreIndex, sectorOf: (raterId: Id) => string): WeightedRiskScore {
  const cells = criteria.map((criterion) => ({ criterion, scores: index.get(risk.id, criterion.id) }));
  const withData = cells.filter((cell) => cell.scores.length > 0);
  const terms = withData.map(({ criterion, scores }) => ({
    criterion,
    weight: criterion.weight,
    mean: mean(scores.map((s) => s.value)) as number,
    count: scores.length,
  }));
  const { total, weightSum } = weightedMean(terms);
  const allScores = withData.flatMap((cell) => cell.scores);
  const raters = new Set(allScores.map((s) => s.raterId));
  return {
    riskId: risk.id,
    title: risk.title,
    total,
    weightSum,
    contributions: terms.map((term) => {
      const share = weightSum > 0 ? term.weight / weightSum : 0;
      return { criterionId: term.criterion.id, weight: term.weight, mean: term.mean, scores: term.count, share, contribution: share * term.mean };
    }),
    missingCriterionIds: cells.filter((cell) => cell.scores.length === 0).map((cell) => cell.criterion.id),
    coverage: {
      criteriaWithData: withData.length,
      criteriaTotal: criteria.length,
      scores: allScores.length,
      raters: raters.size,
      ignoredOutOfScale: index.ignoredFor(risk.id),
    },
    bySector: splitBySector(allScores, criteria, sectorOf),
    spreadByCriterion: withData.map(({ criterion, scores }) => ({
      criterionId: criterion.id,
      ...(spread(scores.map((s) => s.value)) as Spread),
    })),
    spread: spread(raterTotals(allScores, criteria)),
  };
}

/**
 * The total formula over a subset of scores (one sector's, one rater's). One pass sums each
 * criterion's scores in the order given, so the means are exactly those of `mean()` over the
 * filtered lists (this runs for every sector and every rater of every risk).
 */
function totalOf(scores: readonly Score[], criteria: readonly Criterion[]): number | null {
  const sums = new Map<Id, { sum: number; count: number }>();
  for (const s of scores) {
    const cell = sums.get(s.criterionId);
    if (cell) {
      cell.sum += s.value;
      cell.count += 1;
    } else sums.set(s.criterionId, { sum: s.value, count: 1 });
  }
  const terms: WeightedTerm[] = [];
  for (const criterion of criteria) {
    const cell = sums.get(criterion.id);
    if (cell) terms.push({ weight: criterion.weight, mean: cell.sum / cell.count });
  }
  return weightedMean(terms).total;
}

function splitBySector(scores: readonly Score[], criteria: readonly Criterion[], sectorOf: (raterId: Id) => string): SectorScore[] {
  const groups = groupBy(scores, (s) => sectorOf(s.raterId));
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([sector, group]) => ({ sector, total: totalOf(group, criteria), raters: new Set(group.map((s) => s.raterId)).size }));
}

function raterTotals(scores: readonly Score[], criteria: readonly Criterion[]): number[] {
  return [...groupBy(scores, (s) => s.raterId).values()].flatMap((group) => {
    const total = totalOf(group, criteria);
    return total === null ? [] : [total];
  });
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
