// Two builds' figures side by side, from benchmark records (the JSON bench.mjs writes) of runs
// taken in turn on the same machine. Pure, so it is unit tested. On a machine whose speed drifts
// (a shared virtual machine), only runs interleaved like this tell a change from the drift: see
// docs/performance.md.
import { summarise } from './stats.mjs';

/**
 * One row per figure measured in both builds: every sample of every round pooled per build, the
 * median of each round, and the change of the pooled median and p95 (negative: faster).
 */
export function compareRecords(before, after) {
  const figures = (records) => {
    const byId = new Map();
    for (const record of records) {
      for (const figure of record.figures) {
        if (!figure.samples?.length) continue;
        const entry = byId.get(figure.id) ?? { label: figure.label, unit: figure.unit, samples: [], roundMedians: [] };
        entry.samples.push(...figure.samples);
        entry.roundMedians.push(summarise(figure.samples).median);
        byId.set(figure.id, entry);
      }
    }
    return byId;
  };
  const a = figures(before);
  const b = figures(after);
  const change = (x, y) => (x && y !== null && x !== null ? (y - x) / x : null);
  return [...a.keys()]
    .filter((id) => b.has(id))
    .map((id) => {
      const pa = summarise(a.get(id).samples);
      const pb = summarise(b.get(id).samples);
      return {
        id,
        label: a.get(id).label,
        unit: a.get(id).unit,
        before: { ...pa, roundMedians: a.get(id).roundMedians },
        after: { ...pb, roundMedians: b.get(id).roundMedians },
        medianChange: change(pa.median, pb.median),
        p95Change: change(pa.p95, pb.p95),
      };
    });
}

const num = (v, unit) => (v === null ? '–' : unit === 'MB' ? `${v.toFixed(1)} MB` : v < 10 ? `${v.toFixed(2)} ms` : `${v.toFixed(1)} ms`);
const pct = (v) => (v === null ? '–' : `${v > 0 ? '+' : ''}${(v * 100).toFixed(0)}%`);

/** The comparison as Markdown, ready for docs/performance.md. */
export function formatComparison(rows, beforeName, afterName) {
  const lines = [
    `| Measure | ${beforeName}: median / p95 (round medians) | ${afterName}: median / p95 (round medians) | change of median / p95 |`,
    '|---|--:|--:|--:|',
  ];
  for (const r of rows) {
    const side = (s) => `${num(s.median, r.unit)} / ${num(s.p95, r.unit)} (${s.roundMedians.map((m) => num(m, r.unit)).join(', ')})`;
    lines.push(`| ${r.label} | ${side(r.before)} | ${side(r.after)} | ${pct(r.medianChange)} / ${pct(r.p95Change)} |`);
  }
  return lines.join('\n');
}
