// Turns samples into the benchmark's verdicts, its printed table and its JSON record. Pure: the
// harness (scripts/bench.mjs) collects the samples; everything here is unit tested.
import { METRICS } from './metrics.mjs';
import { summarise } from './stats.mjs';

/**
 * Summary and verdict of one figure. `result` is { samples, baselineSamples? } (or undefined when
 * the figure was not measured). Verdict: 'met', 'missed', 'info' (no target) or 'not measured'.
 */
export function evaluate(metric, result, counts = {}) {
  const summary = summarise(result?.samples ?? []);
  const baseline = metric.baseline ? summarise(result?.baselineSamples ?? []) : null;
  const ratio = baseline && summary.median !== null && baseline.median ? summary.median / baseline.median : null;
  let verdict = 'info';
  if (summary.n === 0) verdict = 'not measured';
  else if (metric.target?.kind === 'ratio') verdict = ratio === null ? 'not measured' : ratio <= metric.target.max ? 'met' : 'missed';
  else if (metric.target?.kind === 'p95') verdict = summary.p95 <= metric.target.max ? 'met' : 'missed';
  return { id: metric.id, label: labelWithCounts(metric.label, counts), unit: metric.unit, summary, baseline, baselineLabel: metric.baseline, ratio, target: metric.target, verdict };
}

export function evaluateAll(results, metrics = METRICS, counts = {}) {
  return metrics.map((m) => evaluate(m, results[m.id], counts));
}

/** "Add a card, {cards} present" -> "Add a card, 5,000 present" (or "N present" without counts). */
export function labelWithCounts(label, counts) {
  return label.replace(/\{(\w+)\}/g, (_, table) => (Number.isFinite(counts[table]) ? counts[table].toLocaleString('en-CA') : 'N'));
}

export function targetText(target) {
  if (!target) return '';
  return target.kind === 'ratio' ? `<= ${target.max}x baseline` : `p95 < ${target.max} ms`;
}

function number(value, unit) {
  if (value === null || value === undefined) return '-';
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  return value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(1)} ms`;
}

/** A plain-text table (monospace, fits 140 columns): one line per figure. */
export function formatTable(rows) {
  const header = ['Measure', 'n', 'median', 'p95', 'baseline median', 'ratio', 'target', 'result'];
  const lines = rows.map((r) => [
    r.label,
    String(r.summary.n),
    number(r.summary.median, r.unit),
    number(r.summary.p95, r.unit),
    r.baseline ? number(r.baseline.median, r.unit) : '',
    r.ratio === null ? '' : `${r.ratio.toFixed(2)}x`,
    targetText(r.target),
    r.verdict === 'info' ? '' : r.verdict,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const right = new Set([1, 2, 3, 4, 5]);
  const fmt = (cells) => cells.map((c, i) => (right.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(fmt)].join('\n');
}

/** The same figures as a Markdown table, for docs/performance.md. */
export function formatMarkdown(rows) {
  const out = ['| Measure | n | median | p95 | baseline (median) | ratio | target | result |', '|---|--:|--:|--:|--:|--:|---|---|'];
  for (const r of rows) {
    const baseline = r.baseline ? `${number(r.baseline.median, r.unit)} (${r.baselineLabel})` : '';
    out.push(`| ${r.label.trim()} | ${r.summary.n} | ${number(r.summary.median, r.unit)} | ${number(r.summary.p95, r.unit)} | ${baseline} | ${r.ratio === null ? '' : `${r.ratio.toFixed(2)}x`} | ${targetText(r.target)} | ${r.verdict === 'info' ? '' : r.verdict} |`);
  }
  return out.join('\n');
}
