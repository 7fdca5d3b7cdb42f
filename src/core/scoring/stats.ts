/** Small descriptive statistics used for scores and dissent. */

export interface Spread {
  n: number;
  min: number;
  max: number;
  mean: number;
  /** Population standard deviation (divide by n): the raters in the room are the whole group. */
  sd: number;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export function spread(values: readonly number[]): Spread | null {
  const m = mean(values);
  if (m === null) return null;
  let squares = 0;
  for (const v of values) squares += (v - m) ** 2;
  return { n: values.length, min: Math.min(...values), max: Math.max(...values), mean: m, sd: Math.sqrt(squares / values.length) };
}

export interface WeightedTerm {
  weight: number;
  mean: number;
}

/** Σ(weight × mean) / Σweight; null when there is no weight to divide by. */
export function weightedMean(terms: readonly WeightedTerm[]): { total: number | null; weightSum: number } {
  let weightSum = 0;
  let sum = 0;
  for (const term of terms) {
    weightSum += term.weight;
    sum += term.weight * term.mean;
  }
  return { total: weightSum > 0 ? sum / weightSum : null, weightSum };
}
