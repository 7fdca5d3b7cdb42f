import { describe, expect, test } from 'vitest';
import { sectorLookup, weightedScores } from '@core/scoring';
import { criterion, participant, partner, risk, score } from '../helpers/records';

const partners = [partner('P1', 'police'), partner('P2', 'health')];
const participants = [participant('u1', 'P1'), participant('u2', 'P2'), participant('u3', null, 'education')];
const criteria = [criterion('c3', 1, 2), criterion('c1', 2, 0), criterion('c2', 3, 1)]; // sorted by order: c1, c2, c3
const risks = [risk('r1', 'Overdose'), risk('r2', 'Housing')];
const scores = [
  score('u1', 'r1', 'c1', 1, '2025-10-07T12:00:00.000Z'), // replaced by u1's later score
  score('u1', 'r1', 'c1', 4, '2025-10-07T13:00:00.000Z'),
  score('u2', 'r1', 'c1', 2),
  score('u1', 'r1', 'c2', 5),
  score('u2', 'r1', 'c2', 4),
  score('u3', 'r1', 'c2', 3),
  score('u3', 'r1', 'c1', 7), // outside the 1-5 scale: ignored
  score('u1', 'r1', 'cX', 5), // unknown criterion: ignored
];
const [r1, r2] = weightedScores(risks, criteria, scores, {
  scaleMin: 1,
  scaleMax: 5,
  sectorOf: sectorLookup(participants, partners).ofRater,
});

describe('weightedScores', () => {
  test('total = Σ(weight × mean) / Σweight over criteria with data: (2×3 + 3×4) / 5 = 3.6', () => {
    expect(r1?.total).toBeCloseTo(3.6, 12);
    expect(r1?.weightSum).toBe(5);
    expect(r1?.missingCriterionIds).toEqual(['c3']);
  });
  test('contributions explain the total and add up to it', () => {
    expect(r1?.contributions).toEqual([
      { criterionId: 'c1', weight: 2, mean: 3, scores: 2, share: 0.4, contribution: expect.closeTo(1.2, 12) as number },
      { criterionId: 'c2', weight: 3, mean: 4, scores: 3, share: 0.6, contribution: expect.closeTo(2.4, 12) as number },
    ]);
  });
  test('coverage counts criteria, scores, raters and ignored out-of-scale scores', () => {
    expect(r1?.coverage).toEqual({ criteriaWithData: 2, criteriaTotal: 3, scores: 5, raters: 3, ignoredOutOfScale: 1 });
  });
  test('per sector, the same formula on that sector only (education scored c2 only: 3)', () => {
    expect(r1?.bySector).toEqual([
      { sector: 'education', total: 3, raters: 1 },
      { sector: 'health', total: expect.closeTo(3.2, 12) as number, raters: 1 }, // (2×2 + 3×4) / 5
      { sector: 'police', total: expect.closeTo(4.6, 12) as number, raters: 1 }, // (2×4 + 3×5) / 5
    ]);
  });
  test('spread per criterion (population sd) and across the raters’ own totals', () => {
    expect(r1?.spreadByCriterion[0]).toEqual({ criterionId: 'c1', n: 2, min: 2, max: 4, mean: 3, sd: 1 });
    expect(r1?.spreadByCriterion[1]).toMatchObject({ criterionId: 'c2', n: 3, min: 3, max: 5, mean: 4 });
    expect(r1?.spreadByCriterion[1]?.sd).toBeCloseTo(Math.sqrt(2 / 3), 12);
    // Rater totals 4.6, 3.2, 3.0: mean 3.6, sd √(1.52 / 3).
    expect(r1?.spread).toMatchObject({ n: 3, min: 3, max: 4.6 });
    expect(r1?.spread?.mean).toBeCloseTo(3.6, 12);
    expect(r1?.spread?.sd).toBeCloseTo(Math.sqrt(1.52 / 3), 12);
  });
  test('a risk without scores has no total and is not zero', () => {
    expect(r2).toMatchObject({ total: null, weightSum: 0, contributions: [], missingCriterionIds: ['c1', 'c2', 'c3'], spread: null, bySector: [] });
  });
  test('without sectorOf every rater is unknown', () => {
    const [plain] = weightedScores(risks, criteria, scores, { scaleMin: 1, scaleMax: 5 });
    expect(plain?.bySector).toEqual([{ sector: 'unknown', total: expect.closeTo(3.6, 12) as number, raters: 3 }]);
  });
  test('only zero weights with data give no total', () => {
    const [zero] = weightedScores([risk('r1', 'Overdose')], [criterion('c1', 0, 0)], [score('u1', 'r1', 'c1', 4)], { scaleMin: 1, scaleMax: 5 });
    expect(zero).toMatchObject({ total: null, weightSum: 0 });
    expect(zero?.contributions[0]).toMatchObject({ mean: 4, share: 0, contribution: 0 });
  });
});
