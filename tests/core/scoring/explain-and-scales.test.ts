import { describe, expect, test } from 'vitest';
import {
  criterionScale,
  hanlonFormula,
  hanlonScores,
  scaleProblem,
  scoreProblem,
  weightedFormula,
  weightedScores,
  weightProblem,
} from '@core/scoring';
import { criterion, risk, score } from '../helpers/records';

const en = (n: number) => new Intl.NumberFormat('en-CA', { maximumFractionDigits: 2 }).format(n);
const fr = (n: number) => new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 2 }).format(n);

describe('weightedFormula', () => {
  const criteria = [criterion('sev', 3, 0), criterion('prev', 2, 1), criterion('cap', 1, 2), criterion('off', 0, 3)];
  // sev mean (5 + 4) / 2 = 4.5, prev 4, cap missing, off weight 0: (3 × 4.5 + 2 × 4) / 5 = 21.5 / 5 = 4.3
  const scores = [score('u1', 'r1', 'sev', 5), score('u2', 'r1', 'sev', 4), score('u1', 'r1', 'prev', 4), score('u1', 'r1', 'off', 1)];
  const [r1, r2] = weightedScores([risk('r1', 'Overdose'), risk('r2', 'Food')], criteria, scores, { scaleMin: 1, scaleMax: 5 });
  test('shows each weight × mean over the weight sum; missing criteria and zero weights are left out', () => {
    expect(weightedFormula(r1!, en)).toBe('(3 × 4.5 + 2 × 4) ÷ 5 = 4.3');
    expect(weightedFormula(r1!, fr)).toBe('(3 × 4,5 + 2 × 4) ÷ 5 = 4,3');
  });
  test('no total, no formula', () => {
    expect(weightedFormula(r2!, en)).toBeNull();
  });
});

describe('hanlonFormula', () => {
  test('(A + B) × C ÷ 3 with the means', () => {
    const criteria = [criterion('a', 1, 0, 'A'), criterion('b', 1, 1, 'B'), criterion('c', 1, 2, 'C')];
    // A = (6 + 7) / 2 = 6.5, B = 8, C = 9: (6.5 + 8) × 9 / 3 = 43.5
    const [r] = hanlonScores([risk('r1', 'Overdose')], criteria, [score('u1', 'r1', 'a', 6), score('u2', 'r1', 'a', 7), score('u1', 'r1', 'b', 8), score('u1', 'r1', 'c', 9)]);
    expect(hanlonFormula(r!, en)).toBe('(6.5 + 8) × 9 ÷ 3 = 43.5');
    expect(hanlonFormula({ a: 1, b: 2, c: null, bpr: null }, en)).toBeNull();
  });
});

describe('scales and checks', () => {
  const scoring = { scaleMin: 1, scaleMax: 5 };
  test('PEARL factors are yes/no; other criteria use the plan scale', () => {
    expect(criterionScale({ role: 'pearl.legality' }, scoring)).toEqual({ scaleMin: 0, scaleMax: 1 });
    expect(criterionScale({ role: 'A' }, scoring)).toEqual(scoring);
    expect(criterionScale({ role: null }, scoring)).toEqual(scoring);
  });
  test('scores are whole numbers on the scale', () => {
    expect(scoreProblem(3, scoring)).toBeNull();
    expect(scoreProblem(1, scoring)).toBeNull();
    expect(scoreProblem(5, scoring)).toBeNull();
    expect(scoreProblem(0, scoring)).toBe('outOfScale');
    expect(scoreProblem(6, scoring)).toBe('outOfScale');
    expect(scoreProblem(2.5, scoring)).toBe('notWhole');
    expect(scoreProblem(Number.NaN, scoring)).toBe('notANumber');
  });
  test('weights from 0 to 100, decimals allowed', () => {
    expect(weightProblem(0)).toBeNull();
    expect(weightProblem(1.5)).toBeNull();
    expect(weightProblem(-1)).toBe('negative');
    expect(weightProblem(101)).toBe('tooLarge');
    expect(weightProblem(Number.POSITIVE_INFINITY)).toBe('notANumber');
  });
  test('a new scale is refused when it runs downwards or leaves scores outside it', () => {
    const criteria = [criterion('c1', 1, 0), criterion('pl', 1, 1, 'pearl.legality')];
    const scores = [score('u1', 'r1', 'c1', 5), score('u2', 'r1', 'c1', 4), score('u1', 'r1', 'pl', 0)];
    expect(scaleProblem({ scaleMin: 1, scaleMax: 5 }, criteria, scores)).toBeNull();
    expect(scaleProblem({ scaleMin: 1, scaleMax: 4 }, criteria, scores)).toEqual({ problem: 'scoresOutside', outside: 1 });
    // The PEARL 0 is yes/no, not on the plan scale: it does not block 1-10.
    expect(scaleProblem({ scaleMin: 1, scaleMax: 10 }, criteria, scores)).toBeNull();
    expect(scaleProblem({ scaleMin: 5, scaleMax: 5 }, criteria, [])).toEqual({ problem: 'notUpwards', outside: 0 });
    expect(scaleProblem({ scaleMin: 0.5, scaleMax: 5 }, criteria, [])).toEqual({ problem: 'notWhole', outside: 0 });
    expect(scaleProblem({ scaleMin: 0, scaleMax: 1000 }, criteria, [])).toEqual({ problem: 'outOfLimits', outside: 0 });
  });
});
