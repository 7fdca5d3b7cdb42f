import { describe, expect, test } from 'vitest';
import { tallyDots, validateBallot } from '@core/scoring';
import { participant, partner, risk, vote } from '../helpers/records';

const partners = [partner('P1', 'police'), partner('P2', 'health')];
const participants = [
  participant('u1', 'P1'),
  participant('u2', 'P2'),
  participant('u3', null, 'education'),
  participant('u4', null, null),
  participant('u5', 'P1', 'health'), // the organisation's sector wins over the person's own
];
const risks = [risk('r1', 'Overdose'), risk('r2', 'Housing'), risk('r3', 'Hate')];
const votes = [
  vote('u1', 'r1', 2),
  vote('u1', 'r2', 1),
  vote('u2', 'r1', 1),
  vote('u3', 'r1', 2),
  vote('u4', 'r2', 1),
  vote('u5', 'r3', 1),
  vote('ghost', 'r2', 1),
  vote('u1', 'rX', 2), // no such risk
  vote('u1', 'r3', 2, 2), // round 2
];

describe('tallyDots', () => {
  test('counts dots, voters and sectors of the current round, per risk in order', () => {
    expect(tallyDots(votes, risks, participants, partners, { round: 1 })).toEqual([
      { riskId: 'r1', title: 'Overdose', dots: 5, voters: 3, bySector: { police: 2, health: 1, education: 2 } },
      { riskId: 'r2', title: 'Housing', dots: 3, voters: 3, bySector: { police: 1, unknown: 2 } },
      { riskId: 'r3', title: 'Hate', dots: 1, voters: 1, bySector: { police: 1 } },
    ]);
  });
  test('another round counts only its own votes', () => {
    const round2 = tallyDots(votes, risks, participants, partners, { round: 2 });
    expect(round2.map((t) => t.dots)).toEqual([0, 0, 2]);
  });
});

describe('validateBallot', () => {
  const settings = { dotsPerParticipant: 5, maxDotsPerRisk: 2, round: 1 };
  test('a full valid ballot has no problem', () => {
    expect(validateBallot([vote('u1', 'r1', 2), vote('u1', 'r2', 2), vote('u1', 'r3', 1)], settings)).toEqual([]);
  });
  test('more dots than the allowance', () => {
    expect(validateBallot([vote('u1', 'r1', 2), vote('u1', 'r2', 2), vote('u1', 'r3', 2)], settings)).toEqual([
      { code: 'overAllowance', dots: 6, allowed: 5 },
    ]);
  });
  test('dots on one risk add up across records', () => {
    expect(validateBallot([vote('u1', 'r1', 1), vote('u1', 'r1', 2)], settings)).toEqual([
      { code: 'overMaxPerRisk', riskId: 'r1', dots: 3, max: 2 },
    ]);
  });
  test('other rounds are not checked', () => {
    expect(validateBallot([vote('u1', 'r1', 2, 2), vote('u1', 'r2', 2, 2), vote('u1', 'r3', 2, 2)], settings)).toEqual([]);
  });
  test('negative or fractional dots are invalid', () => {
    const bad = [vote('u1', 'r1', -1), vote('u1', 'r2', 1.5)];
    expect(validateBallot(bad, settings)).toEqual([
      { code: 'invalidDots', voteId: bad[0]!.id, dots: -1 },
      { code: 'invalidDots', voteId: bad[1]!.id, dots: 1.5 },
    ]);
  });
});
