/**
 * Which values a score may take, and the checks the screens run before writing anything.
 * Every criterion is scored on the plan's scale, except the Hanlon PEARL feasibility factors,
 * which are yes (1) / no (0).
 */
import type { Criterion, Score, ScoringSettings } from '../model';
import { inScale, type ScaleOptions } from './score-index';

export const PEARL_SCALE: ScaleOptions = { scaleMin: 0, scaleMax: 1 };
export const MAX_WEIGHT = 100;
/** Scales are small integer ranges: wide enough for 0-10 or 0-100, small enough to type fast. */
export const SCALE_LIMITS = { min: -100, max: 100 } as const;

export function isYesNoCriterion(criterion: Pick<Criterion, 'role'>): boolean {
  return criterion.role?.startsWith('pearl.') ?? false;
}

export function criterionScale(criterion: Pick<Criterion, 'role'>, scoring: Pick<ScoringSettings, 'scaleMin' | 'scaleMax'>): ScaleOptions {
  return isYesNoCriterion(criterion) ? PEARL_SCALE : { scaleMin: scoring.scaleMin, scaleMax: scoring.scaleMax };
}

export type ScoreProblem = 'notANumber' | 'notWhole' | 'outOfScale';

/** Scores are whole numbers on the scale. */
export function scoreProblem(value: number, scale: ScaleOptions): ScoreProblem | null {
  if (!Number.isFinite(value)) return 'notANumber';
  if (!Number.isInteger(value)) return 'notWhole';
  if (!inScale(value, scale)) return 'outOfScale';
  return null;
}

export type WeightProblem = 'notANumber' | 'negative' | 'tooLarge';

/** A weight is a number from 0 (the criterion counts for nothing) to MAX_WEIGHT; decimals allowed. */
export function weightProblem(weight: number): WeightProblem | null {
  if (!Number.isFinite(weight)) return 'notANumber';
  if (weight < 0) return 'negative';
  if (weight > MAX_WEIGHT) return 'tooLarge';
  return null;
}

export type ScaleProblem = 'notWhole' | 'notUpwards' | 'outOfLimits' | 'scoresOutside';

/**
 * Checks a new scale for the criteria scores. Changing the scale never rewrites scores, so a scale
 * that would leave existing scores outside it is refused (they would silently stop counting).
 */
export function scaleProblem(
  scale: ScaleOptions,
  criteria: readonly Criterion[],
  scores: readonly Score[],
): { problem: ScaleProblem; outside: number } | null {
  const { scaleMin, scaleMax } = scale;
  if (!Number.isInteger(scaleMin) || !Number.isInteger(scaleMax)) return { problem: 'notWhole', outside: 0 };
  if (scaleMin >= scaleMax) return { problem: 'notUpwards', outside: 0 };
  if (scaleMin < SCALE_LIMITS.min || scaleMax > SCALE_LIMITS.max) return { problem: 'outOfLimits', outside: 0 };
  const rated = new Map(criteria.filter((c) => !isYesNoCriterion(c)).map((c) => [c.id, c]));
  const outside = scores.filter((s) => rated.has(s.criterionId) && !inScale(s.value, scale)).length;
  return outside > 0 ? { problem: 'scoresOutside', outside } : null;
}
