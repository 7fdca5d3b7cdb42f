/**
 * Dot votes. One Vote record per participant, risk and round holds the number of dots. Rounds:
 * earlier rounds' votes are kept; which risks are on a round's ballot is derived from them
 * (src/core/scoring/rounds.ts), so "next round" is one plan change that undo reverts exactly.
 */
import { newRecord } from '@core/records';
import { ballotRisks, nextRoundBlock, nextRoundCut, type NextRoundBlock, type RoundCut } from '@core/scoring';
import type { Plan, VotingSettings } from '@core/model';
import type { CswbDatabase } from '../db/database';
import { change } from '../db/change';

export class BallotError extends Error {
  constructor(
    readonly reason: 'overAllowance' | 'overMaxPerRisk' | 'negative' | 'notOnBallot',
    readonly limit: number,
  ) {
    super(reason);
  }
}

async function planOf(db: CswbDatabase, planId: string): Promise<Plan> {
  const plan = await db.plans.get(planId);
  if (!plan) throw new Error(`No plan ${planId}`);
  return plan;
}

/**
 * Sets how many dots a participant puts on a risk in the current round, enforcing the plan's
 * allowance and maximum per risk (an absurd entry is refused, nothing is written).
 */
export function setDots(db: CswbDatabase, planId: string, participantId: string, riskId: string, dots: number): Promise<void> {
  return change(db, planId, 'history.setDots', async (cs) => {
    // Both reads at once (one round trip): the ballot is filtered by round below.
    const [plan, participantVotes] = await Promise.all([planOf(db, planId), db.votes.where('participantId').equals(participantId).toArray()]);
    const { round, dotsPerParticipant, maxDotsPerRisk } = plan.voting;
    if (!Number.isInteger(dots) || dots < 0) throw new BallotError('negative', 0);
    if (dots > maxDotsPerRisk) throw new BallotError('overMaxPerRisk', maxDotsPerRisk);
    if (round > 1 && dots > 0) {
      const [risks, votes] = await Promise.all([db.risks.where('planId').equals(planId).toArray(), db.votes.where('planId').equals(planId).toArray()]);
      if (!ballotRisks(risks, votes, round).includes(riskId)) throw new BallotError('notOnBallot', 0);
    }
    const ballot = participantVotes.filter((v) => v.round === round && v.planId === planId);
    const others = ballot.filter((v) => v.riskId !== riskId).reduce((sum, v) => sum + v.dots, 0);
    if (others + dots > dotsPerParticipant) throw new BallotError('overAllowance', dotsPerParticipant);
    const existing = ballot.find((v) => v.riskId === riskId);
    if (existing && dots === 0) await cs.delete('votes', existing.id);
    else if (existing) await cs.update('votes', existing.id, { dots });
    else if (dots > 0) await cs.put('votes', newRecord('votes', planId, { participantId, riskId, round, dots }));
  });
}

/** Removes a participant's dots of the current round (a ballot entered for the wrong person). */
export function clearBallot(db: CswbDatabase, planId: string, participantId: string): Promise<void> {
  return change(db, planId, 'history.clearBallot', async (cs) => {
    const { round } = (await planOf(db, planId)).voting;
    for (const v of await db.votes.where('participantId').equals(participantId).toArray()) {
      if (v.round === round && v.planId === planId) await cs.delete('votes', v.id);
    }
  });
}

export const MAX_DOTS = 50;

export class VotingRulesError extends Error {
  constructor(
    readonly reason: 'notWhole' | 'outOfRange' | 'ballotsOver',
    /** For 'ballotsOver': the names of the participants whose ballot no longer fits. */
    readonly names: string[] = [],
  ) {
    super(reason);
  }
}

/**
 * Changes the allowance or the maximum per risk. Refused when a ballot already entered in this
 * round would break the new rule (the facilitator fixes that ballot first), so the rules on screen
 * always describe the votes on record.
 */
export function setVotingRules(
  db: CswbDatabase,
  planId: string,
  rules: Partial<Pick<VotingSettings, 'dotsPerParticipant' | 'maxDotsPerRisk'>>,
): Promise<void> {
  return change(db, planId, 'history.votingRules', async (cs) => {
    const plan = await planOf(db, planId);
    const next = { ...plan.voting, ...rules };
    for (const n of [next.dotsPerParticipant, next.maxDotsPerRisk]) {
      if (!Number.isInteger(n)) throw new VotingRulesError('notWhole');
      if (n < 1 || n > MAX_DOTS) throw new VotingRulesError('outOfRange');
    }
    const votes = (await db.votes.where('planId').equals(planId).toArray()).filter((v) => v.round === next.round);
    const totals = new Map<string, number>();
    const over = new Set<string>();
    for (const v of votes) {
      totals.set(v.participantId, (totals.get(v.participantId) ?? 0) + v.dots);
      if (v.dots > next.maxDotsPerRisk) over.add(v.participantId);
    }
    for (const [id, total] of totals) if (total > next.dotsPerParticipant) over.add(id);
    if (over.size > 0) {
      const people = await db.participants.bulkGet([...over]);
      throw new VotingRulesError('ballotsOver', people.map((p) => p?.name ?? '?').sort());
    }
    await cs.updatePlan({ voting: next });
  });
}

export class RoundError extends Error {
  constructor(readonly reason: NextRoundBlock) {
    super(reason);
  }
}

/** What "next round" would keep and drop, and why it cannot start (null when it can). */
export async function previewNextRound(db: CswbDatabase, planId: string): Promise<{ cut: RoundCut; block: NextRoundBlock | null }> {
  const plan = await planOf(db, planId);
  const [risks, votes] = await Promise.all([db.risks.where('planId').equals(planId).toArray(), db.votes.where('planId').equals(planId).toArray()]);
  risks.sort((a, b) => a.order - b.order);
  const cut = nextRoundCut(risks, votes, plan.voting.round);
  return { cut, block: nextRoundBlock(cut) };
}

/** Closes the current round and opens the next one on the kept risks; its results start hidden. */
export function startNextRound(db: CswbDatabase, planId: string): Promise<Plan> {
  return change(db, planId, 'history.startRound', async (cs) => {
    const { block } = await previewNextRound(db, planId);
    if (block) throw new RoundError(block);
    const plan = await planOf(db, planId);
    return cs.updatePlan({ voting: { ...plan.voting, round: plan.voting.round + 1, revealed: false } });
  });
}

/** Shows or hides the dot totals of the current round. */
export async function revealVotes(db: CswbDatabase, planId: string, revealed: boolean): Promise<void> {
  await change(db, planId, revealed ? 'history.revealVotes' : 'history.hideVotes', async (cs) => {
    const plan = await planOf(db, planId);
    if (plan.voting.revealed !== revealed) await cs.updatePlan({ voting: { ...plan.voting, revealed } });
  });
}
