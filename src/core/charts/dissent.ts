/**
 * Dissent chart data: spread of the raters' views per risk, most disputed first, so the room
 * discusses disagreement before deciding. `range` is [min, max] for a Recharts range bar.
 */
import type { Id } from '../model';
import type { Spread } from '../scoring/stats';
import type { WeightedRiskScore } from '../scoring/weighted';

export interface DissentDatum extends Spread {
  id: Id;
  label: string;
  range: [number, number];
}

/** Spread of the raters' totals, or of one criterion's scores when `criterionId` is given. */
export function dissentData(results: readonly WeightedRiskScore[], criterionId?: Id): DissentDatum[] {
  const data = results.flatMap((result) => {
    const s = criterionId === undefined ? result.spread : result.spreadByCriterion.find((c) => c.criterionId === criterionId);
    if (!s) return [];
    const { n, min, max, mean, sd } = s;
    return [{ id: result.riskId, label: result.title, n, min, max, mean, sd, range: [min, max] as [number, number] }];
  });
  return data.sort((a, b) => b.sd - a.sd || a.label.localeCompare(b.label, 'en-CA'));
}
