/**
 * Criteria scores: one score per risk, criterion and rater (a participant or an organisation).
 * Clearing a cell deletes the score: a missing score is missing, never a zero. Each function is
 * one undoable change; a value off the scale is refused and nothing is written.
 */
import { newRecord } from '@core/records';
import { criterionScale, scaleProblem, scoreProblem, type ScaleProblem, type ScoreProblem } from '@core/scoring';
import type { Plan, ScoringSettings } from '@core/model';
import type { CswbDatabase } from '../db/database';
import { change } from '../db/change';

export class ScoreError extends Error {
  constructor(
    readonly reason: ScoreProblem,
    readonly scale: { scaleMin: number; scaleMax: number },
  ) {
    super(reason);
  }
}

export class ScaleError extends Error {
  constructor(
    readonly reason: ScaleProblem,
    readonly outside: number,
  ) {
    super(reason);
  }
}

async function planOf(db: CswbDatabase, planId: string): Promise<Plan> {
  const plan = await db.plans.get(planId);
  if (!plan) throw new Error(`No plan ${planId}`);
  return plan;
}

export interface ScoreCell {
  riskId: string;
  criterionId: string;
  raterId: string;
}

/** Sets (or with `null`, clears) one rater's score of a risk on a criterion. */
export function setScore(db: CswbDatabase, planId: string, cell: ScoreCell, value: number | null): Promise<void> {
  return change(db, planId, value === null ? 'history.clearScore' : 'history.setScore', async (cs) => {
    const [plan, criterion] = await Promise.all([planOf(db, planId), db.criteria.get(cell.criterionId)]);
    if (!criterion || criterion.planId !== planId) throw new Error(`No criterion ${cell.criterionId}`);
    const scale = criterionScale(criterion, plan.scoring);
    if (value !== null) {
      const problem = scoreProblem(value, scale);
      if (problem) throw new ScoreError(problem, scale);
    }
    const same = (await db.scores.where('riskId').equals(cell.riskId).toArray()).filter(
      (s) => s.planId === planId && s.criterionId === cell.criterionId && s.raterId === cell.raterId,
    );
    // Two laptops may have scored the same cell: keep one record (the first), drop the others.
    const [keep, ...extra] = same;
    for (const s of extra) await cs.delete('scores', s.id);
    if (value === null) {
      if (keep) await cs.delete('scores', keep.id);
    } else if (keep) {
      if (keep.value !== value || extra.length > 0) await cs.update('scores', keep.id, { value });
    } else {
      await cs.put('scores', newRecord('scores', planId, { ...cell, value }));
    }
  });
}

/** Removes every score of one rater (scores entered under the wrong name). */
export function clearRaterScores(db: CswbDatabase, planId: string, raterId: string): Promise<void> {
  return change(db, planId, 'history.clearScores', async (cs) => {
    for (const s of await db.scores.where('raterId').equals(raterId).toArray()) if (s.planId === planId) await cs.delete('scores', s.id);
  });
}

/** Changes the scoring scale; refused when existing scores would fall outside it. */
export function setScale(db: CswbDatabase, planId: string, scale: Pick<ScoringSettings, 'scaleMin' | 'scaleMax'>): Promise<void> {
  return change(db, planId, 'history.scoringScale', async (cs) => {
    const [plan, criteria, scores] = await Promise.all([
      planOf(db, planId),
      db.criteria.where('planId').equals(planId).toArray(),
      db.scores.where('planId').equals(planId).toArray(),
    ]);
    const problem = scaleProblem(scale, criteria, scores);
    if (problem) throw new ScaleError(problem.problem, problem.outside);
    await cs.updatePlan({ scoring: { ...plan.scoring, scaleMin: scale.scaleMin, scaleMax: scale.scaleMax } });
  });
}

/** Shows or hides the criteria results. */
export async function revealScores(db: CswbDatabase, planId: string, revealed: boolean): Promise<void> {
  await change(db, planId, revealed ? 'history.revealScores' : 'history.hideScores', async (cs) => {
    const plan = await planOf(db, planId);
    if (plan.scoring.revealed !== revealed) await cs.updatePlan({ scoring: { ...plan.scoring, revealed } });
  });
}
