import { describe, expect, test } from 'vitest';
import { hanlonScores, importanceChangeability, quadrantOf } from '@core/scoring';
import { criterion, risk, score } from '../helpers/records';

describe('hanlonScores', () => {
  const criteria = [
    criterion('cA', 1, 0, 'A'),
    criterion('cB', 1, 1, 'B'),
    criterion('cC', 1, 2, 'C'),
    criterion('cL', 1, 3, 'pearl.legality'),
    criterion('cR', 1, 4, 'pearl.resources'),
  ];
  const risks = [risk('r1', 'Overdose'), risk('r2', 'Housing'), risk('r3', 'Hate'), risk('r4', 'Food')];
  const scores = [
    // r1: A = (8 + 6) / 2 = 7, B = 9, C = 6 -> BPR = (7 + 9) × 6 / 3 = 32; legality 1 yes / 1 no: a tie passes.
    score('u1', 'r1', 'cA', 8), score('u2', 'r1', 'cA', 6), score('u1', 'r1', 'cB', 9), score('u1', 'r1', 'cC', 6),
    score('u1', 'r1', 'cL', 1), score('u2', 'r1', 'cL', 0), score('u1', 'r1', 'cR', 1),
    // r2: BPR = (10 + 10) × 9 / 3 = 60, but legality 2 no / 1 yes fails the screen.
    score('u1', 'r2', 'cA', 10), score('u1', 'r2', 'cB', 10), score('u1', 'r2', 'cC', 9),
    score('u1', 'r2', 'cL', 0), score('u2', 'r2', 'cL', 0), score('u3', 'r2', 'cL', 1),
    // r3: BPR = (5 + 7) × 4 / 3 = 16; an 11 is off the 0-10 scale and ignored; no PEARL answers.
    score('u1', 'r3', 'cA', 5), score('u2', 'r3', 'cA', 11), score('u1', 'r3', 'cB', 7), score('u1', 'r3', 'cC', 4),
    // r4: no C score: no BPR.
    score('u1', 'r4', 'cA', 5), score('u1', 'r4', 'cB', 5),
  ];
  const result = hanlonScores(risks, criteria, scores);

  test('BPR = (A + B) × C / 3; passing risks rank first, failing next, incomplete last', () => {
    expect(result.map((r) => [r.title, r.a, r.b, r.c, r.bpr, r.rank, r.passesScreen])).toEqual([
      ['Overdose', 7, 9, 6, 32, 1, true],
      ['Hate', 5, 7, 4, 16, 2, true],
      ['Housing', 10, 10, 9, 60, 3, false],
      ['Food', 5, 5, null, null, null, true],
    ]);
  });
  test('PEARL answers are counted per factor; unanswered factors do not fail a risk', () => {
    const overdose = result[0]!;
    expect(overdose.pearl.find((p) => p.factor === 'legality')).toEqual({ factor: 'legality', yes: 1, no: 1, passes: true });
    expect(overdose.pearl.find((p) => p.factor === 'propriety')).toEqual({ factor: 'propriety', yes: 0, no: 0, passes: null });
    expect(result[2]?.failedFactors).toEqual(['legality']);
  });
});

describe('importanceChangeability', () => {
  const criteria = [criterion('ci', 1, 0, 'importance'), criterion('cc', 1, 1, 'changeability')];
  const risks = [risk('r1', 'Overdose'), risk('r2', 'Housing'), risk('r3', 'Hate'), risk('r4', 'Food'), risk('r5', 'Seniors')];
  const scores = [
    score('u1', 'r1', 'ci', 4), score('u2', 'r1', 'ci', 5), score('u1', 'r1', 'cc', 3), // 4.5, 3 (at the midpoint: high)
    score('u1', 'r2', 'ci', 2), score('u1', 'r2', 'cc', 4),
    score('u1', 'r3', 'ci', 3), score('u1', 'r3', 'cc', 2), score('u2', 'r3', 'cc', 3), // 3, 2.5
    score('u1', 'r4', 'ci', 1), score('u1', 'r4', 'cc', 1),
    score('u1', 'r5', 'ci', 5),
  ];
  test('means per axis and a quadrant against the scale midpoint', () => {
    const result = importanceChangeability(risks, criteria, scores, { scaleMin: 1, scaleMax: 5 });
    expect(result.threshold).toBe(3);
    expect(result.risks.map((r) => [r.title, r.importance, r.changeability, r.quadrant])).toEqual([
      ['Overdose', 4.5, 3, 'highHigh'],
      ['Housing', 2, 4, 'lowHigh'],
      ['Hate', 3, 2.5, 'highLow'],
      ['Food', 1, 1, 'lowLow'],
      ['Seniors', 5, null, null],
    ]);
  });
  test('quadrantOf', () => {
    expect(quadrantOf(5, 0, 5)).toBe('highLow');
    expect(quadrantOf(null, 5, 3)).toBeNull();
  });
});
