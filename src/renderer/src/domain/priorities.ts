/**
 * Promoting candidate risks to priorities, with the decision on record (date, method, who was
 * present, a note). Each function is one undoable change; a decision with a bad date is refused.
 */
import { decisionProblem, type DecisionProblem } from '@core/scoring';
import type { PriorityDecision } from '@core/model';
import type { CswbDatabase } from '../db/database';
import { change } from '../db/change';

export class DecisionError extends Error {
  constructor(readonly reason: DecisionProblem) {
    super(reason);
  }
}

function checked(decision: PriorityDecision): PriorityDecision {
  const problem = decisionProblem(decision);
  if (problem) throw new DecisionError(problem);
  return { ...decision, method: decision.method.trim(), note: decision.note.trim(), presentPartnerIds: [...new Set(decision.presentPartnerIds)] };
}

async function riskOf(db: CswbDatabase, planId: string, riskId: string) {
  const risk = await db.risks.get(riskId);
  if (!risk || risk.planId !== planId) throw new Error(`No risk ${riskId}`);
  return risk;
}

/** Makes a risk a priority with its decision. */
export function promoteRisk(db: CswbDatabase, planId: string, riskId: string, decision: PriorityDecision): Promise<void> {
  return change(db, planId, 'history.promoteRisk', async (cs) => {
    await riskOf(db, planId, riskId);
    await cs.update('risks', riskId, { isPriority: true, priorityDecision: checked(decision) });
  });
}

/** Takes a risk off the priorities; its decision record goes (undo brings it back). */
export function demoteRisk(db: CswbDatabase, planId: string, riskId: string): Promise<void> {
  return change(db, planId, 'history.demoteRisk', async (cs) => {
    await riskOf(db, planId, riskId);
    await cs.update('risks', riskId, { isPriority: false, priorityDecision: null });
  });
}

/** Records the same decision on several priorities at once (the committee decided them together). */
export function recordDecision(db: CswbDatabase, planId: string, riskIds: readonly string[], decision: PriorityDecision): Promise<void> {
  return change(db, planId, 'history.recordDecision', async (cs) => {
    const clean = checked(decision);
    for (const id of riskIds) {
      const risk = await riskOf(db, planId, id);
      if (risk.isPriority) await cs.update('risks', id, { priorityDecision: clean });
    }
  });
}
