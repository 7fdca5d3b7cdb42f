/** Comparing two builds' benchmark records, taken in turn: pooled samples, round medians, change. */
import { describe, expect, it } from 'vitest';
import { compareRecords, formatComparison } from '../../scripts/bench/compare.mjs';

const record = (figures: Record<string, number[]>) => ({
  figures: Object.entries(figures).map(([id, samples]) => ({ id, label: id === 'vote.rerank' ? 'One vote' : id, unit: id === 'heap.loaded' ? 'MB' : 'ms', samples })),
});

describe('compareRecords', () => {
  it('pools every round per build, keeps each round median, and gives the change', () => {
    const before = [record({ 'vote.rerank': [90, 100, 110] }), record({ 'vote.rerank': [80, 90, 100] })];
    const after = [record({ 'vote.rerank': [50, 60, 70] }), record({ 'vote.rerank': [40, 50, 60] })];
    const [row] = compareRecords(before, after);
    expect(row).toMatchObject({ id: 'vote.rerank', label: 'One vote', unit: 'ms' });
    expect(row!.before.n).toBe(6);
    expect(row!.before.median).toBe(95);
    expect(row!.before.roundMedians).toEqual([100, 90]);
    expect(row!.after.median).toBe(55);
    expect(row!.after.roundMedians).toEqual([60, 50]);
    expect(row!.medianChange).toBeCloseTo((55 - 95) / 95);
    expect(row!.p95Change).toBeCloseTo((row!.after.p95! - row!.before.p95!) / row!.before.p95!);
  });

  it('leaves out figures only one build measured, or measured without samples', () => {
    const rows = compareRecords([record({ 'card.add': [40], 'matrix.render': [] })], [record({ 'card.add': [38], 'vote.rerank': [50] })]);
    expect(rows.map((r) => r.id)).toEqual(['card.add']);
  });
});

describe('formatComparison', () => {
  it('writes a Markdown row per figure with both sides and the signed change', () => {
    const rows = compareRecords([record({ 'vote.rerank': [100, 100] }), record({ 'heap.loaded': [12, 12] })], [record({ 'vote.rerank': [50, 50] }), record({ 'heap.loaded': [12.6, 12.6] })]);
    const md = formatComparison(rows, 'd00196e', 'working tree');
    expect(md.split('\n')[0]).toBe('| Measure | d00196e: median / p95 (round medians) | working tree: median / p95 (round medians) | change of median / p95 |');
    expect(md).toContain('| One vote | 100.0 ms / 100.0 ms (100.0 ms) | 50.0 ms / 50.0 ms (50.0 ms) | -50% / -50% |');
    expect(md).toContain('| heap.loaded | 12.0 MB / 12.0 MB (12.0 MB) | 12.6 MB / 12.6 MB (12.6 MB) | +5% / +5% |');
  });
});
