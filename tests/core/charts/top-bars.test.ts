import { describe, expect, test } from 'vitest';
import { dotsBarInput, PROJECTOR_BARS, rankedBarData, sameRank, topBars } from '@core/charts';
import { tallyDots } from '@core/scoring';
import { participant, partner, risk, vote } from '../helpers/records';

const ranked = (values: number[]) => values.map((value, i) => ({ id: `r${i}`, value, rank: values.indexOf(value) + 1 }));

describe('topBars: what a projected chart shows of a long ranking', () => {
  test('a short ranking is shown whole, and says nothing was cut', () => {
    const rows = ranked([5, 4, 3]);
    expect(topBars(rows, 25, sameRank)).toEqual({ data: rows, total: 3, cut: false, tieAtCut: false });
  });
  test('a long ranking keeps the first rows in order and counts the rest ("top 3 of 6")', () => {
    const rows = ranked([9, 8, 7, 6, 5, 4]);
    const top = topBars(rows, 3, sameRank);
    expect(top.data.map((r) => r.id)).toEqual(['r0', 'r1', 'r2']);
    expect(top).toMatchObject({ total: 6, cut: true, tieAtCut: false });
  });
  test('a cut inside a tie is reported, so the chart can say the tie continues in the table', () => {
    const top = topBars(ranked([9, 8, 7, 7, 5]), 3, sameRank);
    expect(top.data.map((r) => r.value)).toEqual([9, 8, 7]);
    expect(top.tieAtCut).toBe(true);
    // Without a notion of ties, nothing is reported.
    expect(topBars(ranked([9, 8, 7, 7, 5]), 3).tieAtCut).toBe(false);
  });
  test('a cut exactly at the length is no cut; a limit of zero shows nothing', () => {
    expect(topBars(ranked([3, 2]), 2, sameRank).cut).toBe(false);
    expect(topBars(ranked([3, 2]), 0, sameRank)).toMatchObject({ data: [], total: 2, cut: true, tieAtCut: false });
  });
  test('a regional vote of 300 risks charts the top 25 of 300, the highest totals', () => {
    const risks = Array.from({ length: 300 }, (_, i) => risk(`k${i}`, `Risk ${String(i).padStart(3, '0')}`));
    const people = [participant('u1', 'P1')];
    const votes = risks.map((r, i) => vote('u1', r.id, (i * 7) % 41));
    const chart = rankedBarData(dotsBarInput(tallyDots(votes, risks, people, [partner('P1', 'police')], { round: 1 })));
    const top = topBars(chart.data, PROJECTOR_BARS, sameRank);
    expect(PROJECTOR_BARS).toBe(25);
    expect(top.data).toHaveLength(25);
    expect(top.total).toBe(300);
    const lowestShown = top.data[24]!.value;
    expect(chart.data.slice(25).every((d) => d.value <= lowestShown)).toBe(true);
    expect(top.data.every((d, i) => i === 0 || top.data[i - 1]!.value >= d.value)).toBe(true);
  });
});
