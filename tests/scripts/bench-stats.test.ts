/** Benchmark statistics and verdicts: hand-computed cases. */
import { describe, expect, it } from 'vitest';
import { median, percentile, summarise } from '../../scripts/bench/stats.mjs';
import { evaluate, evaluateAll, formatMarkdown, formatTable, labelWithCounts, targetText } from '../../scripts/bench/report.mjs';
import { METRICS, METRIC_IDS, TARGETS } from '../../scripts/bench/metrics.mjs';
import { busyWarning } from '../../scripts/bench/machine.mjs';

describe('percentile (linear between the two nearest ranks)', () => {
  it('gives the middle of an odd and an even list as median', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('interpolates p95: 20 samples 1..20 -> rank 18.05 -> 19.05', () => {
    const samples = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(percentile(samples, 0.95)).toBeCloseTo(19.05, 10);
  });

  it('gives p95 of 7 samples close to the slowest: rank 5.7 between 60 and 70 -> 67', () => {
    expect(percentile([10, 20, 30, 40, 50, 60, 70], 0.95)).toBeCloseTo(67, 10);
  });

  it('returns the sample itself for one sample, the ends for p 0 and 1', () => {
    expect(percentile([42], 0.95)).toBe(42);
    expect(percentile([3, 9, 1], 0)).toBe(1);
    expect(percentile([3, 9, 1], 1)).toBe(9);
  });

  it('ignores non-finite samples and returns null for none', () => {
    expect(median([Number.NaN, 2, Infinity, 4])).toBe(3);
    expect(median([])).toBeNull();
  });

  it('refuses a p outside 0..1', () => {
    expect(() => percentile([1], 95)).toThrow(/between 0 and 1/);
  });

  it('does not reorder the samples it was given', () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('summarise', () => {
  it('computes n, median, p95, min, max and mean', () => {
    const s = summarise([4, 8, 6, 2]);
    // p95: rank 0.95 * 3 = 2.85 between 6 and 8 -> 7.7.
    expect(s.p95).toBeCloseTo(7.7, 10);
    expect({ ...s, p95: 0 }).toEqual({ n: 4, median: 5, p95: 0, min: 2, max: 8, mean: 5 });
  });

  it('reports nothing measured as nulls', () => {
    expect(summarise([])).toEqual({ n: 0, median: null, p95: null, min: null, max: null, mean: null });
  });
});

describe('verdicts against the targets', () => {
  const ratio = { id: 'open', label: 'Open', unit: 'ms' as const, baseline: 'raw', target: TARGETS.openSave };
  const p95 = { id: 'card.add', label: 'Add', unit: 'ms' as const, baseline: null, target: TARGETS.interaction };

  it('compares medians for a ratio target: 130 / 100 = 1.3x is met, 131 is missed', () => {
    const met = evaluate(ratio, { samples: [120, 130, 140], baselineSamples: [90, 100, 110] });
    expect(met.ratio).toBeCloseTo(1.3, 10);
    expect(met.verdict).toBe('met');
    expect(evaluate(ratio, { samples: [131], baselineSamples: [100] }).verdict).toBe('missed');
  });

  it('holds an interaction to its p95, not its median', () => {
    // Median 20 ms, but p95 of [10, 20, 20, 20, 90] = 20 + 0.8 * 70 = 76 ms.
    const r = evaluate(p95, { samples: [10, 20, 20, 20, 90] });
    expect(r.summary.median).toBe(20);
    expect(r.summary.p95).toBeCloseTo(76, 10);
    expect(r.verdict).toBe('missed');
    expect(evaluate(p95, { samples: [10, 20, 49] }).verdict).toBe('met');
  });

  it('says "not measured" without samples or without a baseline, "info" without a target', () => {
    expect(evaluate(ratio, undefined).verdict).toBe('not measured');
    expect(evaluate(ratio, { samples: [5] }).verdict).toBe('not measured');
    expect(evaluate({ ...p95, target: null }, { samples: [5] }).verdict).toBe('info');
  });

  it('describes targets for the table', () => {
    expect(targetText(TARGETS.openSave)).toBe('<= 1.3x baseline');
    expect(targetText(TARGETS.start)).toBe('<= 2x baseline');
    expect(targetText(TARGETS.interaction)).toBe('p95 < 50 ms');
    expect(targetText(null)).toBe('');
  });
});

describe('the figures the benchmark reports', () => {
  it('covers every figure the issue asks for, each id once', () => {
    expect(new Set(METRIC_IDS).size).toBe(METRIC_IDS.length);
    for (const id of ['start.empty', 'open', 'save', 'card.add', 'vote.rerank', 'matrix.render', 'heap.loaded']) expect(METRIC_IDS).toContain(id);
  });

  it('holds open and save to 1.3x, start to 2x and interactions to a 50 ms p95', () => {
    const target = (id: string) => METRICS.find((m) => m.id === id)?.target;
    expect(target('open')).toEqual({ kind: 'ratio', max: 1.3 });
    expect(target('save')).toEqual({ kind: 'ratio', max: 1.3 });
    expect(target('start.empty')).toEqual({ kind: 'ratio', max: 2 });
    for (const id of ['card.add', 'vote.rerank', 'matrix.render']) expect(target(id)).toEqual({ kind: 'p95', max: 50 });
  });

  it('fills record counts into labels', () => {
    expect(labelWithCounts('Add a card, {cards} present', { cards: 5000 })).toBe('Add a card, 5,000 present');
    expect(labelWithCounts('Show the matrix, {risks} risks', {})).toBe('Show the matrix, N risks');
  });
});

describe('the printed table', () => {
  const rows = evaluateAll(
    { open: { samples: [1300, 1200, 1250], baselineSamples: [1000, 1000, 1000] }, 'card.add': { samples: [12.5, 8, 9] }, 'heap.loaded': { samples: [18.42] } },
    undefined,
    { cards: 5000 },
  ).filter((r) => r.summary.n > 0);

  it('lines up one row per measured figure under a header', () => {
    const lines = formatTable(rows).split('\n');
    expect(lines).toHaveLength(2 + 3);
    expect(lines[0]).toMatch(/^Measure\s+n\s+median\s+p95\s+baseline median\s+ratio\s+target\s+result$/);
    expect(lines[2]).toMatch(/^Open the plan file .*\s3\s+1250\.0 ms\s+1295\.0 ms\s+1000\.0 ms\s+1\.25x\s+<= 1\.3x baseline\s+met$/);
    expect(lines[3]).toMatch(/Add a card, 5,000 present .*9\.00 ms\s+12\.1 ms.*p95 < 50 ms\s+met$/);
    expect(lines[4]).toMatch(/JS heap.*18\.4 MB\s+18\.4 MB$/);
  });

  it('writes the same figures as Markdown for docs/performance.md', () => {
    const md = formatMarkdown(rows).split('\n');
    expect(md[0]).toBe('| Measure | n | median | p95 | baseline (median) | ratio | target | result |');
    expect(md[2]).toBe('| Open the plan file (decode + import) | 3 | 1250.0 ms | 1295.0 ms | 1000.0 ms (JSON.parse + raw IndexedDB bulk insert) | 1.25x | <= 1.3x baseline | met |');
  });
});

describe('busyWarning', () => {
  it('warns when the 1-minute load is above half the cores', () => {
    expect(busyWarning(1.2, 2)).toMatch(/busy \(load 1\.20 on 2 cores\)/);
    expect(busyWarning(1, 2)).toBeNull();
    expect(busyWarning(3.9, 8)).toBeNull();
  });
});
