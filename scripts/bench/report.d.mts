import type { Summary } from './stats.mjs';

export type Target = { kind: 'ratio'; max: number } | { kind: 'p95'; max: number } | null;
export interface Metric {
  id: string;
  label: string;
  unit: 'ms' | 'MB';
  baseline: string | null;
  target: Target;
}
export interface MetricResult {
  samples: number[];
  baselineSamples?: number[];
}
export type Verdict = 'met' | 'missed' | 'info' | 'not measured';
export interface Evaluated {
  id: string;
  label: string;
  unit: 'ms' | 'MB';
  summary: Summary;
  baseline: Summary | null;
  baselineLabel: string | null;
  ratio: number | null;
  target: Target;
  verdict: Verdict;
}
export function evaluate(metric: Metric, result: MetricResult | undefined, counts?: Record<string, number>): Evaluated;
export function evaluateAll(results: Record<string, MetricResult>, metrics?: Metric[], counts?: Record<string, number>): Evaluated[];
export function labelWithCounts(label: string, counts: Record<string, number>): string;
export function targetText(target: Target): string;
export function formatTable(rows: Evaluated[]): string;
export function formatMarkdown(rows: Evaluated[]): string;
