/**
 * Indexes scores for the scoring methods. One rater has one score per risk and criterion: if a
 * file holds several (edits on two laptops), the latest `updatedAt` counts, and on equal times
 * the later record. Values outside the scale are ignored and counted, never clamped.
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

export function indexScores(
  scores: readonly Score[],
  scale: ScaleOptions,
  acceptCriterion: (criterionId: Id) => boolean = () => true,
): ScoreIndex {
  const latest = new Map<string, Score>();
  const ignored = new Map<Id, number>();
  for (const score of scores) {
    if (!acceptCriterion(score.criterionId)) continue;
    if (!inScale(score.value, scale)) {
      ignored.set(score.riskId, (ignored.get(score.riskId) ?? 0) + 1);
      continue;
    }
    const key = JSON.stringify([score.riskId, score.criterionId, score.raterId]);
    const previous = latest.get(key);
    if (previous === undefined || score.updatedAt >= previous.updatedAt) latest.set(key, score);
  }
  const byCell = new Map<string, Score[]>();
  for (const score of latest.values()) {
    const cell = `${score.riskId}\u0000${score.criterionId}`;
    const list = byCell.get(cell);
    if (list) list.push(score);
    else byCell.set(cell, [score]);
  }
  return {
    get: (riskId, criterionId) => byCell.get(`${riskId}\u0000${criterionId}`) ?? [],
    ignoredFor: (riskId) => ignored.get(riskId) ?? 0,
  };
}
