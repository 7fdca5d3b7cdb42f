/**
 * "How was this computed": the arithmetic behind a score as a line the room can check by hand.
 * Numbers go through the caller's formatter (locale decimals); the operators are the same in
 * English and French, so the line itself needs no translation.
 */
import type { HanlonRiskScore } from './hanlon';
import type { WeightedRiskScore } from './weighted';

export type NumberFormat = (n: number) => string;

/** "(2 × 4.2 + 3 × 4.9) ÷ 5 = 4.62", or null when the risk has no total. */
export function weightedFormula(result: Pick<WeightedRiskScore, 'total' | 'weightSum' | 'contributions'>, format: NumberFormat): string | null {
  if (result.total === null) return null;
  const terms = result.contributions.filter((c) => c.weight !== 0).map((c) => `${format(c.weight)} × ${format(c.mean)}`);
  return `(${terms.join(' + ')}) ÷ ${format(result.weightSum)} = ${format(result.total)}`;
}

/** "(7 + 9) × 6 ÷ 3 = 32", or null when A, B or C is missing. */
export function hanlonFormula(result: Pick<HanlonRiskScore, 'a' | 'b' | 'c' | 'bpr'>, format: NumberFormat): string | null {
  const { a, b, c, bpr } = result;
  if (a === null || b === null || c === null || bpr === null) return null;
  return `(${format(a)} + ${format(b)}) × ${format(c)} ÷ 3 = ${format(bpr)}`;
}
