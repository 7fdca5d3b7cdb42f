import { describe, expect, test } from 'vitest';
import { ballotRisks, cutRound, dotsInRound, nextRoundBlock, nextRoundCut } from '@core/scoring';
import { risk, vote } from '../helpers/records';

const risks = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7'].map((id) => risk(id, id.toUpperCase()));

describe('dotsInRound', () => {
  test('adds the dots of one round per risk; zero and negative dots do not count', () => {
    const dots = dotsInRound([vote('a', 'r1', 2), vote('b', 'r1', 1), vote('a', 'r2', 2, 2), vote('c', 'r3', -1), vote('c', 'r4', 0)], 1);
    expect([...dots]).toEqual([['r1', 3]]);
  });
});

describe('cutRound keeps the better half', () => {
  test('7 risks: keeps the top ⌈7/2⌉ = 4 by dots, in plan order', () => {
    const dots = new Map([['r1', 13], ['r2', 11], ['r3', 9], ['r4', 7], ['r5', 3], ['r6', 4], ['r7', 3]]);
    const cut = cutRound(risks.map((r) => r.id), dots);
    expect(cut.kept).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(cut.dropped).toEqual(['r5', 'r6', 'r7']);
    expect(cut.dots).toEqual({ r1: 13, r2: 11, r3: 9, r4: 7, r5: 3, r6: 4, r7: 3 });
  });
  test('a tie at the cut keeps every tied risk', () => {
    const dots = new Map([['r1', 5], ['r2', 4], ['r3', 3], ['r4', 3]]);
    const cut = cutRound(['r1', 'r2', 'r3', 'r4'], dots);
    expect(cut.kept).toEqual(['r1', 'r2']);
    const tied = cutRound(['r1', 'r2', 'r3', 'r4', 'r5'], new Map([['r1', 5], ['r2', 4], ['r3', 3], ['r4', 3], ['r5', 1]]));
    expect(tied.kept).toEqual(['r1', 'r2', 'r3', 'r4']); // ⌈5/2⌉ = 3, r4 tied with r3
  });
  test('risks without a dot are dropped even inside the top half', () => {
    const cut = cutRound(['r1', 'r2', 'r3', 'r4'], new Map([['r1', 6]]));
    expect(cut.kept).toEqual(['r1']);
    expect(cut.dots).toEqual({ r1: 6, r2: 0, r3: 0, r4: 0 });
  });
  test('a round without any dot drops nothing', () => {
    expect(cutRound(['r1', 'r2'], new Map()).kept).toEqual(['r1', 'r2']);
  });
});

describe('ballots over several rounds', () => {
  const votes = [
    vote('a', 'r1', 2), vote('a', 'r2', 2), vote('a', 'r3', 1),
    vote('b', 'r2', 2), vote('b', 'r4', 2), vote('b', 'r5', 1),
    // Round 1: r2 4, r1 2, r4 2, r3 1, r5 1, r6 and r7 none. Keep ⌈7/2⌉ = 4: the 4th has 1 dot, so r5
    // (tied with it) stays too; r6 and r7 go.
    vote('a', 'r2', 3, 2), vote('b', 'r1', 2, 2), vote('b', 'r4', 1, 2),
    // Round 2 ballot r1-r5: r2 3, r1 2, r4 1, r3 and r5 none. Keep ⌈5/2⌉ = 3: r1, r2, r4.
  ];
  test('round 1 lists every risk; later rounds what the previous round kept', () => {
    expect(ballotRisks(risks, votes, 1)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7']);
    expect(ballotRisks(risks, votes, 2)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(ballotRisks(risks, votes, 3)).toEqual(['r1', 'r2', 'r4']);
  });
  test('nextRoundCut previews the cut of the current round', () => {
    const cut = nextRoundCut(risks, votes, 2);
    expect(cut.kept).toEqual(['r1', 'r2', 'r4']);
    expect(cut.dropped).toEqual(['r3', 'r5']);
  });
});

describe('nextRoundBlock', () => {
  test('needs dots, at least two risks kept and one dropped', () => {
    expect(nextRoundBlock(cutRound(['r1', 'r2'], new Map()))).toBe('noDots');
    expect(nextRoundBlock(cutRound(['r1', 'r2', 'r3'], new Map([['r1', 3]])))).toBe('tooFewKept');
    expect(nextRoundBlock(cutRound(['r1', 'r2'], new Map([['r1', 3], ['r2', 3]])))).toBe('nothingDropped');
    expect(nextRoundBlock(cutRound(['r1', 'r2', 'r3'], new Map([['r1', 3], ['r2', 2], ['r3', 1]])))).toBeNull();
  });
});
