/**
 * What the ballot entry screen shows, computed in one pass over the votes: each participant's
 * dots per risk in the current round, the dots each has used on this round's ballot, and how
 * many ballots are in. At regional size (400 participants, 300 risks, 20,000 votes) asking
 * "dots used" per participant by walking every risk is 120,000 look-ups per render; this is one
 * pass over the votes. Also: finding a participant's ballot by name or organisation.
 */
import type { Id, Participant, Vote } from '../model';
import { matchesAllWordPrefixes } from '../search/normalise';

export interface BallotEntry {
  /** Dots a participant put on a risk in the round (several records on one pair add up). */
  dotsOf(participantId: Id, riskId: Id): number;
  /** Dots a participant used on the risks of the ballot. */
  usedBy(participantId: Id): number;
  /** Participants (of those given) who used at least one dot on the ballot. */
  ballotsIn: number;
}

export function ballotEntry(votes: readonly Vote[], round: number, ballotRiskIds: readonly Id[], participantIds: readonly Id[]): BallotEntry {
  const onBallot = new Set(ballotRiskIds);
  const dots = new Map<Id, Map<Id, number>>();
  const used = new Map<Id, number>();
  for (const vote of votes) {
    if (vote.round !== round) continue;
    let mine = dots.get(vote.participantId);
    if (!mine) dots.set(vote.participantId, (mine = new Map()));
    mine.set(vote.riskId, (mine.get(vote.riskId) ?? 0) + vote.dots);
    if (onBallot.has(vote.riskId)) used.set(vote.participantId, (used.get(vote.participantId) ?? 0) + vote.dots);
  }
  let ballotsIn = 0;
  for (const id of participantIds) if ((used.get(id) ?? 0) > 0) ballotsIn++;
  return {
    dotsOf: (participantId, riskId) => dots.get(participantId)?.get(riskId) ?? 0,
    usedBy: (participantId) => used.get(participantId) ?? 0,
    ballotsIn,
  };
}

/**
 * The next participant after position `from` (wrapping round) whose ballot has no dot yet, or
 * -1 when every ballot is in: entering a stack of paper ballots, the facilitator skips those done.
 */
export function nextBallotNotIn(participantIds: readonly Id[], entry: Pick<BallotEntry, 'usedBy'>, from: number): number {
  const n = participantIds.length;
  for (let step = 1; step <= n; step++) {
    const i = (((from + step) % n) + n) % n;
    if (entry.usedBy(participantIds[i]!) <= 0) return i;
  }
  return -1;
}

/**
 * Participants whose name, or organisation, has a word starting with every word typed ("dana
 * riv", "police"), accents and case ignored, in the order given; `limit` caps the list.
 */
export function findParticipants(
  participants: readonly Participant[],
  query: string,
  organisationOf: (participant: Participant) => string = () => '',
  limit = Infinity,
): { matches: Participant[]; total: number } {
  if (query.trim() === '') return { matches: [], total: 0 };
  const matches: Participant[] = [];
  let total = 0;
  for (const p of participants) {
    if (!matchesAllWordPrefixes(`${p.name} ${organisationOf(p)}`, query)) continue;
    total++;
    if (matches.length < limit) matches.push(p);
  }
  return { matches, total };
}
