/**
 * Importance × changeability grid (Community Tool Box). Criteria with role 'importance' and
 * 'changeability'; per risk the mean of the raters' scores on each. A mean at or above the
 * scale's midpoint counts as high. Quadrant ids name importance first:
 * highHigh (act first), highLow (important but hard to change: innovate and evaluate),
 * lowHigh (easy but less important), lowLow (no action now).
 */
import type { Criterion, Id, Risk, Score } from '../model';
import { indexScores, type ScaleOptions } from './score-index';
import { mean } from './stats';

export const QUADRANTS = ['highHigh', 'highLow', 'lowHigh', 'lowLow'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export interface QuadrantRiskScore {
  riskId: Id;
  title: string;
  importance: number | null;
  changeability: number | null;
  /** null when either axis has no score. */
  quadrant: Quadrant | null;
}

export interface ImportanceChangeabilityResult {
  /** Midpoint of the scale: values at or above it are high. */
  threshold: number;
  risks: QuadrantRiskScore[];
}

export function importanceChangeability(
  risks: readonly Risk[],
  criteria: readonly Criterion[],
  scores: readonly Score[],
  scale: ScaleOptions,
): ImportanceChangeabilityResult {
  const threshold = (scale.scaleMin + scale.scaleMax) / 2;
  const index = indexScores(scores, scale);
  const axis = (riskId: Id, role: string) =>
    mean(criteria.filter((c) => c.role === role).flatMap((c) => index.get(riskId, c.id).map((s) => s.value)));
  return {
    threshold,
    risks: risks.map((risk) => {
      const importance = axis(risk.id, 'importance');
      const changeability = axis(risk.id, 'changeability');
      return { riskId: risk.id, title: risk.title, importance, changeability, quadrant: quadrantOf(importance, changeability, threshold) };
    }),
  };
}

export function quadrantOf(x: number | null, y: number | null, threshold: number): Quadrant | null {
  if (x === null || y === null) return null;
  const high = (v: number) => v >= threshold;
  if (high(x)) return high(y) ? 'highHigh' : 'highLow';
  return high(y) ? 'lowHigh' : 'lowLow';
}
