/** Dot votes. One Vote record per participant, risk and round holds the number of dots. */
import { newRecord } from '@core/records';
import type { CswbDatabase } from '../db/database';
import { change } from '../db/change';

export class BallotError extends Error {
  constructor(
    readonly reason: 'overAllowance' | 'overMaxPerRisk' | 'negative',
    readonly limit: number,
  ) {
    super(reason);
  }
}

/**
 * Sets how many dots a participant puts on a risk in the current round, enforcing the plan's
 * allowance and maximum per risk (an absurd entry is refused, nothing is written).
 */
export function setDots(db: CswbDatabase, planId: string, participantId: string, riskId: string, dots: number): Promise<void> {
  return change(db, planId, 'history.setDots', async (cs) => {
    const plan = await db.plans.get(planId);
    if (!plan) throw new Error(`No plan ${planId}`);
    const { round, dotsPerParticipant, maxDotsPerRisk } = plan.voting;
    if (!Number.isInteger(dots) || dots < 0) throw new BallotError('negative', 0);
    if (dots > maxDotsPerRisk) throw new BallotError('overMaxPerRisk', maxDotsPerRisk);
    const ballot = (await db.votes.where('participantId').equals(participantId).toArray()).filter((v) => v.round === round);
    const others = ballot.filter((v) => v.riskId !== riskId).reduce((sum, v) => sum + v.dots, 0);
    if (others + dots > dotsPerParticipant) throw new BallotError('overAllowance', dotsPerParticipant);
    const existing = ballot.find((v) => v.riskId === riskId);
    if (existing && dots === 0) await cs.delete('votes', existing.id);
    else if (existing) await cs.update('votes', existing.id, { dots });
    else if (dots > 0) await cs.put('votes', newRecord('votes', planId, { participantId, riskId, round, dots }));
  });
}
