import { describe, expect, test } from 'vitest';
import type { Score } from '@core/model';
import { buildLargePlan, TINY_PLAN_SIZES } from '@core/sample/large-plan';
import { indexScores, sectorLookup, weightedScores } from '@core/scoring';
import { criterion, risk, score } from '../helpers/records';

const scale = { scaleMin: 1, scaleMax: 5 };

describe('indexScores', () => {
  test("one score per rater: the latest counts, on equal times the later record; in raters' order of first appearance", () => {
    const index = indexScores(
      [
        score('u2', 'r1', 'c1', 2),
        score('u1', 'r1', 'c1', 1, '2025-10-07T12:00:00.000Z'),
        score('u1', 'r1', 'c1', 4, '2025-10-07T13:00:00.000Z'),
        score('u1', 'r1', 'c1', 3, '2025-10-07T11:00:00.000Z'), // older: ignored
        score('u3', 'r1', 'c1', 5, '2025-10-07T13:00:00.000Z'),
        score('u3', 'r1', 'c1', 2, '2025-10-07T13:00:00.000Z'), // same time, later record: counts
      ],
      scale,
    );
    expect(index.get('r1', 'c1').map((s) => [s.raterId, s.value])).toEqual([
      ['u2', 2],
      ['u1', 4],
      ['u3', 2],
    ]);
    expect(index.get('r1', 'c2')).toEqual([]);
    expect(index.get('r9', 'c1')).toEqual([]);
  });
  test('scores outside the scale, or of criteria not accepted, are left out; out-of-scale ones are counted per risk', () => {
    const index = indexScores([score('u1', 'r1', 'c1', 7), score('u1', 'r1', 'c1', Number.NaN), score('u1', 'r1', 'cX', 3)], scale, (id) => id !== 'cX');
    expect(index.get('r1', 'c1')).toEqual([]);
    expect(index.get('r1', 'cX')).toEqual([]);
    expect(index.ignoredFor('r1')).toBe(2);
    expect(index.ignoredFor('r2')).toBe(0);
  });
  test('ids holding any characters never mix two cells or two raters', () => {
    const index = indexScores(
      [score('u', 'a\u0000b', 'c', 1), score('u', 'a', 'b\u0000c', 5), score('x\u0000y', 'r', 'c', 2), score('x', 'r', 'c', 4)],
      scale,
    );
    expect(index.get('a\u0000b', 'c').map((s) => s.value)).toEqual([1]);
    expect(index.get('a', 'b\u0000c').map((s) => s.value)).toEqual([5]);
    expect(index.get('r', 'c').map((s) => s.value)).toEqual([2, 4]);
  });
});

/** The weighted total written the plain way: latest in-scale score per rater, mean per criterion, weighted mean. */
function plainTotal(riskId: string, criteria: { id: string; weight: number }[], scores: readonly Score[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const c of criteria) {
    const latest = new Map<string, Score>();
    for (const s of scores) {
      if (s.riskId !== riskId || s.criterionId !== c.id || !(s.value >= 1 && s.value <= 5)) continue;
      const prev = latest.get(s.raterId);
      if (!prev || s.updatedAt >= prev.updatedAt) latest.set(s.raterId, s);
    }
    if (latest.size === 0) continue;
    const values = [...latest.values()].map((s) => s.value);
    sum += c.weight * (values.reduce((a, b) => a + b, 0) / values.length);
    weights += c.weight;
  }
  return weights > 0 ? sum / weights : null;
}

describe('weightedScores on a generated plan', () => {
  test('every total is the plain formula, and per-sector and per-rater figures add up', () => {
    const plan = buildLargePlan({ ...TINY_PLAN_SIZES, participants: 30, risks: 12, scores: 900 });
    const lookup = sectorLookup(plan.participants, plan.partners);
    const results = weightedScores(plan.risks, plan.criteria, plan.scores, { ...scale, sectorOf: lookup.ofRater });
    expect(results).toHaveLength(12);
    for (const r of results) {
      const expected = plainTotal(r.riskId, plan.criteria, plan.scores);
      if (expected === null) expect(r.total).toBeNull();
      else expect(r.total).toBeCloseTo(expected, 12);
      expect(r.bySector.reduce((n, s) => n + s.raters, 0)).toBe(r.coverage.raters);
      expect(r.spread?.n ?? 0).toBe(r.coverage.raters);
    }
    expect(results.some((r) => r.total !== null)).toBe(true);
  });
  test('a single criterion and a single rater: the total is that score', () => {
    const [only] = weightedScores([risk('r1', 'Overdose')], [criterion('c1', 2, 0)], [score('u1', 'r1', 'c1', 4)], scale);
    expect(only).toMatchObject({ total: 4, spread: { n: 1, min: 4, max: 4 } });
  });
});
