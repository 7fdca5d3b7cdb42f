import { describe, expect, test } from 'vitest';
import { ballotEntry, findParticipants, nextBallotNotIn } from '@core/scoring';
import { participant, vote } from '../helpers/records';

describe('ballotEntry: what the ballot screen shows, from the votes', () => {
  const votes = [
    vote('u1', 'r1', 2),
    vote('u1', 'r2', 1),
    vote('u1', 'r2', 1), // two records on one pair add up (merged files)
    vote('u2', 'r3', 2), // r3 was dropped from this round's ballot
    vote('u3', 'r1', 1, 2), // another round
  ];
  const entry = ballotEntry(votes, 1, ['r1', 'r2'], ['u1', 'u2', 'u3', 'u4']);

  test('dots per participant and risk in the round', () => {
    expect(entry.dotsOf('u1', 'r1')).toBe(2);
    expect(entry.dotsOf('u1', 'r2')).toBe(2);
    expect(entry.dotsOf('u2', 'r3')).toBe(2);
    expect(entry.dotsOf('u3', 'r1')).toBe(0);
    expect(entry.dotsOf('nobody', 'r1')).toBe(0);
  });
  test('dots used count the risks on the ballot only; ballots in count those with a dot', () => {
    expect(entry.usedBy('u1')).toBe(4);
    expect(entry.usedBy('u2')).toBe(0);
    expect(entry.usedBy('u3')).toBe(0);
    expect(entry.ballotsIn).toBe(1);
    expect(ballotEntry(votes, 2, ['r1'], ['u1', 'u3']).ballotsIn).toBe(1);
  });
  test('ballots in count only the participants given', () => {
    expect(ballotEntry(votes, 1, ['r1', 'r2'], ['u2']).ballotsIn).toBe(0);
  });
});

describe('nextBallotNotIn: working through a stack of paper ballots', () => {
  const ids = ['a', 'b', 'c', 'd'];
  const used = (done: string[]) => ({ usedBy: (id: string) => (done.includes(id) ? 5 : 0) });
  test('the next one without a dot after the current one, wrapping round', () => {
    expect(nextBallotNotIn(ids, used(['b']), 0)).toBe(2);
    expect(nextBallotNotIn(ids, used(['d']), 2)).toBe(0);
    expect(nextBallotNotIn(ids, used(['a', 'b', 'd']), 2)).toBe(2); // only the current one is left
  });
  test('-1 when every ballot is in', () => {
    expect(nextBallotNotIn(ids, used(ids), 1)).toBe(-1);
    expect(nextBallotNotIn([], used([]), 0)).toBe(-1);
  });
});

describe('findParticipants: a name among hundreds', () => {
  const people = [
    { ...participant('u1', 'P1'), name: 'Sgt. Dana Rivera' },
    { ...participant('u2', 'P2'), name: 'Émilie Tremblay' },
    { ...participant('u3', null), name: 'Dan Riverside' },
    { ...participant('u4', 'P1'), name: 'Alex Martin' },
  ];
  const organisations: Record<string, string> = { P1: 'Riverbend Police Service', P2: 'Conseil scolaire' };
  const orgOf = (p: (typeof people)[number]) => (p.partnerId ? (organisations[p.partnerId] ?? '') : '');
  const names = (r: { matches: { name: string }[] }) => r.matches.map((p) => p.name);

  test('every typed word starts a word of the name, case and accents ignored', () => {
    expect(names(findParticipants(people, 'dan riv', orgOf))).toEqual(['Sgt. Dana Rivera', 'Dan Riverside']);
    expect(names(findParticipants(people, 'emilie', orgOf))).toEqual(['Émilie Tremblay']);
  });
  test('or of the organisation', () => {
    expect(names(findParticipants(people, 'police', orgOf))).toEqual(['Sgt. Dana Rivera', 'Alex Martin']);
  });
  test('a limit caps the list and the total says how many matched', () => {
    const found = findParticipants(people, 'r', orgOf, 2);
    expect(found.matches).toHaveLength(2);
    expect(found.total).toBe(3); // Rivera, Riverside, and Alex Martin of Riverbend Police
  });
  test('an empty query lists nobody', () => {
    expect(findParticipants(people, '  ', orgOf)).toEqual({ matches: [], total: 0 });
  });
});
