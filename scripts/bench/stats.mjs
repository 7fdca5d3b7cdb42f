// Summary statistics of benchmark samples. Percentiles interpolate linearly between the two
// nearest ranks (the "R-7" definition used by NumPy and spreadsheets), so p95 of a short run is
// close to its slowest sample rather than jumping between samples as runs are added.

/** The p-th quantile (0 <= p <= 1) of numbers, or null for no numbers. */
export function percentile(values, p) {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile: p must be between 0 and 1, got ${p}`);
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = (sorted.length - 1) * p;
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

export function median(values) {
  return percentile(values, 0.5);
}

/** n, median, p95, min, max and mean of the finite samples (nulls when there are none). */
export function summarise(samples) {
  const finite = samples.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return { n: 0, median: null, p95: null, min: null, max: null, mean: null };
  return {
    n: finite.length,
    median: median(finite),
    p95: percentile(finite, 0.95),
    min: Math.min(...finite),
    max: Math.max(...finite),
    mean: finite.reduce((s, v) => s + v, 0) / finite.length,
  };
}
