export interface Summary {
  n: number;
  median: number | null;
  p95: number | null;
  min: number | null;
  max: number | null;
  mean: number | null;
}
export function percentile(values: number[], p: number): number | null;
export function median(values: number[]): number | null;
export function summarise(samples: number[]): Summary;
