/**
 * Indexes scores for the scoring methods. One rater has one score per risk and criterion: if a
 * file holds several (edits on two laptops), the latest `updatedAt` counts, and on equal times
 * the later record. Values outside the scale are ignored and counted, never clamped.
 *
 * Scores are kept in nested maps (risk, then criterion, then rater) rather than under a composed
 * string key: building 20,000 keys was most of the cost of a regional plan's ranking, and nested
 * maps cannot confuse two ids whatever characters they hold.
 */
import type { Id, Score } from '../model';

export interface ScaleOptions {
  scaleMin: number;
  scaleMax: number;
}

export interface ScoreIndex {
  /** Scores of one risk on one criterion, one per rater, in rater order of first appearance. */
  get(riskId: Id, criterionId: Id): readonly Score[];
  /** How many scores of this risk were ignored because they were outside the scale. */
  ignoredFor(riskId: Id): number;
}

export function inScale(value: number, scale: ScaleOptions): boolean {
  return Number.isFinite(value) && value >= scale.scaleMin && value <= scale.scaleMax;
}

const NONE: readonly Score[] = Object.freeze([]);

export function indexScores(
  scores: readonly Score[],
  scale: ScaleOptions,
  acceptCriterion: (criterionId: Id) => boolean = () => true,
): ScoreIndex {
  // risk -> criterion -> rater -> latest score (Map keeps the order of first appearance).
  const latest = new Map<Id, Map<Id, Map<Id, Score>>>();
  const ignored = new Map<Id, number>();
  for (const score of scores) {
    if (!acceptCriterion(score.criterionId)) continue;
    if (!inScale(score.value, scale)) {
      ignored.set(score.riskId, (ignored.get(score.riskId) ?? 0) + 1);
      continue;
    }
    let byCriterion = latest.get(score.riskId);
    if (!byCriterion) latest.set(score.riskId, (byCriterion = new Map()));
    let byRater = byCriterion.get(score.criterionId);
    if (!byRater) byCriterion.set(score.criterionId, (byRater = new Map()));
    const previous = byRater.get(score.raterId);
    if (previous === undefined || score.updatedAt >= previous.updatedAt) byRater.set(score.raterId, score);
  }
  const cells = new Map<Id, Map<Id, readonly Score[]>>();
  for (const [riskId, byCriterion] of latest) {
    const lists = new Map<Id, readonly Score[]>();
    for (const [criterionId, byRater] of byCriterion) lists.set(criterionId, [...byRater.values()]);
    cells.set(riskId, lists);
  }
  return {
    get: (riskId, criterionId) => cells.get(riskId)?.get(criterionId) ?? NONE,
    ignoredFor: (riskId) => ignored.get(riskId) ?? 0,
  };
}
