import { describe, expect, test } from 'vitest';
import { contributionBarData, hanlonBarData } from '@core/charts';
import { hanlonScores, weightedScores } from '@core/scoring';
import { criterion, risk, score } from '../helpers/records';

describe('contributionBarData', () => {
  test('segments are each criterion’s share × mean and add up to the total; ties share a rank', () => {
    const criteria = [criterion('prev', 2, 1), criterion('sev', 3, 0)];
    const risks = [risk('a', 'Alpha'), risk('b', 'Beta'), risk('c', 'Gamma'), risk('d', 'Delta')];
    const scores = [
      score('u1', 'a', 'sev', 5), score('u1', 'a', 'prev', 4), // (3×5 + 2×4) / 5 = 4.6: sev 3, prev 1.6
      score('u1', 'b', 'sev', 4), score('u1', 'b', 'prev', 5), // (12 + 10) / 5 = 4.4
      score('u1', 'c', 'sev', 3), score('u1', 'c', 'prev', 8), // 8 is off the scale: only sev, total 3 = sev 3
      score('u1', 'd', 'sev', 3), // Delta total 3, tied with Gamma
    ];
    const chart = contributionBarData(weightedScores(risks, criteria, scores, { scaleMin: 1, scaleMax: 5 }), criteria);
    expect(chart.series).toEqual([{ key: 'part_0', criterionId: 'sev' }, { key: 'part_1', criterionId: 'prev' }]);
    expect(chart.data.map((d) => [d.label, d.value, d.rank, d.tied])).toEqual([
      ['Alpha', 4.6, 1, false],
      ['Beta', 4.4, 2, false],
      ['Delta', 3, 3, true],
      ['Gamma', 3, 3, true],
    ]);
    expect(chart.data[0]?.part_0).toBeCloseTo(3, 12);
    expect(chart.data[0]?.part_1).toBeCloseTo(1.6, 12);
    expect(chart.data[3]).toMatchObject({ part_0: 3, part_1: 0 });
    expect(chart.missing).toEqual([]);
  });
});

describe('hanlonBarData', () => {
  test('keeps the method’s order (failing the screen after passing) and lists unrated risks as missing', () => {
    const criteria = [criterion('A', 1, 0, 'A'), criterion('B', 1, 1, 'B'), criterion('C', 1, 2, 'C'), criterion('L', 1, 3, 'pearl.legality')];
    const results = hanlonScores(
      [risk('r1', 'Overdose'), risk('r2', 'Housing'), risk('r3', 'Food')],
      criteria,
      [
        score('u', 'r1', 'A', 6), score('u', 'r1', 'B', 6), score('u', 'r1', 'C', 5), // 20
        score('u', 'r2', 'A', 9), score('u', 'r2', 'B', 9), score('u', 'r2', 'C', 9), score('u', 'r2', 'L', 0), // 54, fails
        score('u', 'r3', 'A', 9),
      ],
    );
    expect(hanlonBarData(results)).toEqual({
      data: [
        { id: 'r1', label: 'Overdose', value: 20, rank: 1, tied: false, passesScreen: true },
        { id: 'r2', label: 'Housing', value: 54, rank: 2, tied: false, passesScreen: false },
      ],
      missing: ['r3'],
    });
  });
});
