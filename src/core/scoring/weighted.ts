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
  const positionOf = new Map(ordered.map((c, i) => [c.id, i]));
  return risks.map((risk) => scoreRisk(risk, ordered, positionOf, index, sectorOf));
}

function scoreRisk(
  risk: Risk,
  criteria: readonly Criterion[],
  positionOf: ReadonlyMap<Id, number>,
  index: ScoreIndex,
  sectorOf: (raterId: Id) => string,
): WeightedRiskScore {
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
    bySector: splitBySector(allScores, criteria, positionOf, sectorOf),
    spreadByCriterion: withData.map(({ criterion, scores }) => ({
      criterionId: criterion.id,
      ...(spread(scores.map((s) => s.value)) as Spread),
    })),
    spread: spread(raterTotals(allScores, criteria, positionOf)),
  };
}

/**
 * Sums per criterion for a subset of one risk's scores (one sector's, one rater's), filled in one
 * pass in the order of the scores from zero, so each mean is exactly `mean()` of that criterion's
 * values.
 * These subsets are built for every sector and every rater of every risk: arrays indexed by the
 * criterion's position keep that cheap at regional size.
 */
class CriterionSums {
  readonly sum: number[];
  readonly count: number[];
  constructor(size: number) {
    this.sum = new Array<number>(size).fill(0);
    this.count = new Array<number>(size).fill(0);
  }
  add(position: number, value: number): void {
    this.sum[position]! += value;
    this.count[position]! += 1;
  }
  /** The total formula over these sums (criteria in the order the positions refer to). */
  total(criteria: readonly Criterion[]): number | null {
    const terms: WeightedTerm[] = [];
    criteria.forEach((criterion, i) => {
      const n = this.count[i]!;
      if (n > 0) terms.push({ weight: criterion.weight, mean: this.sum[i]! / n });
    });
    return weightedMean(terms).total;
  }
}

function splitBySector(scores: readonly Score[], criteria: readonly Criterion[], positionOf: ReadonlyMap<Id, number>, sectorOf: (raterId: Id) => string): SectorScore[] {
  const groups = new Map<string, { sums: CriterionSums; raters: Set<Id> }>();
  for (const s of scores) {
    const sector = sectorOf(s.raterId);
    let group = groups.get(sector);
    if (!group) groups.set(sector, (group = { sums: new CriterionSums(criteria.length), raters: new Set() }));
    group.sums.add(positionOf.get(s.criterionId)!, s.value);
    group.raters.add(s.raterId);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([sector, group]) => ({ sector, total: group.sums.total(criteria), raters: group.raters.size }));
}

/** Each rater's own total, raters in order of first appearance. */
function raterTotals(scores: readonly Score[], criteria: readonly Criterion[], positionOf: ReadonlyMap<Id, number>): number[] {
  const groups = new Map<Id, CriterionSums>();
  for (const s of scores) {
    let sums = groups.get(s.raterId);
    if (!sums) groups.set(s.raterId, (sums = new CriterionSums(criteria.length)));
    sums.add(positionOf.get(s.criterionId)!, s.value);
  }
  const totals: number[] = [];
  for (const sums of groups.values()) {
    const total = sums.total(criteria);
    if (total !== null) totals.push(total);
  }
  return totals;
}
