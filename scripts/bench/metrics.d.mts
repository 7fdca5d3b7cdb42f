import type { Metric } from './report.mjs';

export const TARGETS: { openSave: { kind: 'ratio'; max: number }; start: { kind: 'ratio'; max: number }; interaction: { kind: 'p95'; max: number } };
export const METRICS: Metric[];
export const METRIC_IDS: string[];
