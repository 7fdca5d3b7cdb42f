/**
 * Two-criteria priority map: one point per risk (x and y are the means of two criteria), with
 * the quadrant thresholds at the scale midpoint, as in the importance × changeability grid.
 */
import type { Id } from '../model';
import { quadrantOf, type ImportanceChangeabilityResult, type Quadrant } from '../scoring/importance-changeability';
import type { ScaleOptions } from '../scoring/score-index';
import type { WeightedRiskScore } from '../scoring/weighted';

export interface PriorityMapPoint {
  id: Id;
  label: string;
  x: number;
  y: number;
  quadrant: Quadrant;
}

export interface PriorityMapChart {
  points: PriorityMapPoint[];
  xThreshold: number;
  yThreshold: number;
  /** Axis domain for both axes: the scoring scale. */
  domain: [number, number];
  /** Risks lacking a score on either criterion. */
  missing: Id[];
}

/** From weighted-scoring results: criterion means read from each risk's contributions. */
export function priorityMapData(
  results: readonly WeightedRiskScore[],
  xCriterionId: Id,
  yCriterionId: Id,
  scale: ScaleOptions,
): PriorityMapChart {
  const meanOf = (result: WeightedRiskScore, criterionId: Id) =>
    result.contributions.find((c) => c.criterionId === criterionId)?.mean ?? null;
  return toChart(
    results.map((r) => ({ id: r.riskId, label: r.title, x: meanOf(r, xCriterionId), y: meanOf(r, yCriterionId) })),
    scale,
  );
}

/** From the importance × changeability method: x = importance, y = changeability. */
export function importanceChangeabilityMapData(result: ImportanceChangeabilityResult, scale: ScaleOptions): PriorityMapChart {
  return toChart(
    result.risks.map((r) => ({ id: r.riskId, label: r.title, x: r.importance, y: r.changeability })),
    scale,
  );
}

function toChart(rows: readonly { id: Id; label: string; x: number | null; y: number | null }[], scale: ScaleOptions): PriorityMapChart {
  const threshold = (scale.scaleMin + scale.scaleMax) / 2;
  const points: PriorityMapPoint[] = [];
  const missing: Id[] = [];
  for (const row of rows) {
    const quadrant = quadrantOf(row.x, row.y, threshold);
    if (row.x === null || row.y === null || quadrant === null) missing.push(row.id);
    else points.push({ id: row.id, label: row.label, x: row.x, y: row.y, quadrant });
  }
  return { points, xThreshold: threshold, yThreshold: threshold, domain: [scale.scaleMin, scale.scaleMax], missing };
}
