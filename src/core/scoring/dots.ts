/**
 * Dot voting: tallies per risk (with a split by sector, so the room sees whose voice drives a
 * result) and ballot checks against the plan's voting settings.
 */
import type { Id, Participant, Partner, Risk, Vote, VotingSettings } from '../model';
import { sectorLookup } from './sectors';

export interface DotTally {
  riskId: Id;
  title: string;
  dots: number;
  /** Participants who put at least one dot on this risk. */
  voters: number;
  /** Dots per sector id ('unknown' when the voter cannot be attributed). */
  bySector: Record<string, number>;
}

/** Tallies the votes of `settings.round`, one entry per risk in the order given. */
export function tallyDots(
  votes: readonly Vote[],
  risks: readonly Risk[],
  participants: readonly Participant[],
  partners: readonly Partner[],
  settings: Pick<VotingSettings, 'round'>,
): DotTally[] {
  const sectors = sectorLookup(participants, partners);
  const tallies = new Map<Id, DotTally & { voterIds: Set<Id> }>(
    risks.map((risk) => [risk.id, { riskId: risk.id, title: risk.title, dots: 0, voters: 0, bySector: {}, voterIds: new Set() }]),
  );
  for (const vote of votes) {
    const tally = tallies.get(vote.riskId);
    if (!tally || vote.round !== settings.round || vote.dots <= 0) continue;
    tally.dots += vote.dots;
    tally.voterIds.add(vote.participantId);
    const sector = sectors.ofParticipant(vote.participantId);
    tally.bySector[sector] = (tally.bySector[sector] ?? 0) + vote.dots;
  }
  return [...tallies.values()].map(({ voterIds, ...tally }) => ({ ...tally, voters: voterIds.size }));
}

export type BallotProblem =
  | { code: 'overAllowance'; dots: number; allowed: number }
  | { code: 'overMaxPerRisk'; riskId: Id; dots: number; max: number }
  | { code: 'invalidDots'; voteId: Id; dots: number };

/**
 * Checks one participant's votes in the current round. Several vote records on the same risk
 * add up. Votes of other rounds are ignored (earlier rounds are kept, not re-checked).
 */
export function validateBallot(
  participantVotes: readonly Vote[],
  settings: Pick<VotingSettings, 'dotsPerParticipant' | 'maxDotsPerRisk' | 'round'>,
): BallotProblem[] {
  const problems: BallotProblem[] = [];
  const perRisk = new Map<Id, number>();
  let total = 0;
  for (const vote of participantVotes) {
    if (vote.round !== settings.round) continue;
    if (!Number.isInteger(vote.dots) || vote.dots < 0) {
      problems.push({ code: 'invalidDots', voteId: vote.id, dots: vote.dots });
      continue;
    }
    total += vote.dots;
    perRisk.set(vote.riskId, (perRisk.get(vote.riskId) ?? 0) + vote.dots);
  }
  if (total > settings.dotsPerParticipant) {
    problems.push({ code: 'overAllowance', dots: total, allowed: settings.dotsPerParticipant });
  }
  for (const [riskId, dots] of perRisk) {
    if (dots > settings.maxDotsPerRisk) problems.push({ code: 'overMaxPerRisk', riskId, dots, max: settings.maxDotsPerRisk });
  }
  return problems;
}
