/**
 * Scoring criteria and the scoring method. Each function is one undoable change. Weights change
 * live from the results screen ("what if severity counted less?"), so a weight change is its own
 * small change with its own undo label.
 */
import { newRecord } from '@core/records';
import { criteriaFromTemplate, criteriaTemplate, criteriaAreFixed, methodScale, weightProblem, type WeightProblem } from '@core/scoring';
import type { Criterion, Plan, ScoringMethod } from '@core/model';
import type { CswbDatabase } from '../db/database';
import { change } from '../db/change';

export const MAX_CRITERION_NAME = 120;
export const MAX_CRITERION_DESCRIPTION = 1000;

export class CriterionError extends Error {
  constructor(readonly reason: 'nameEmpty' | 'nameTooLong' | 'nameTaken' | 'descriptionTooLong' | 'fixedByMethod' | WeightProblem) {
    super(reason);
  }
}

export interface CriterionFields {
  name?: string;
  description?: string;
  weight?: number;
}

async function planOf(db: CswbDatabase, planId: string): Promise<Plan> {
  const plan = await db.plans.get(planId);
  if (!plan) throw new Error(`No plan ${planId}`);
  return plan;
}

const criteriaOf = (db: CswbDatabase, planId: string) => db.criteria.where('planId').equals(planId).sortBy('order');

async function clean(db: CswbDatabase, planId: string, fields: CriterionFields, selfId: string | null): Promise<CriterionFields> {
  const out: CriterionFields = {};
  if (fields.name !== undefined) {
    const name = fields.name.trim();
    if (!name) throw new CriterionError('nameEmpty');
    if (name.length > MAX_CRITERION_NAME) throw new CriterionError('nameTooLong');
    const key = name.toLocaleLowerCase();
    if ((await criteriaOf(db, planId)).some((c) => c.id !== selfId && c.name.trim().toLocaleLowerCase() === key)) {
      throw new CriterionError('nameTaken');
    }
    out.name = name;
  }
  if (fields.description !== undefined) {
    if (fields.description.length > MAX_CRITERION_DESCRIPTION) throw new CriterionError('descriptionTooLong');
    out.description = fields.description.trim();
  }
  if (fields.weight !== undefined) {
    const problem = weightProblem(fields.weight);
    if (problem) throw new CriterionError(problem);
    out.weight = fields.weight;
  }
  return out;
}

/** Adds a criterion to the weighted method (the other methods' criteria are fixed). */
export function addCriterion(db: CswbDatabase, planId: string, fields: CriterionFields & { name: string }): Promise<Criterion> {
  return change(db, planId, 'history.addCriterion', async (cs) => {
    if (criteriaAreFixed((await planOf(db, planId)).scoring.method)) throw new CriterionError('fixedByMethod');
    const valid = await clean(db, planId, { weight: 1, ...fields }, null);
    const order = (await criteriaOf(db, planId)).reduce((max, c) => Math.max(max, c.order), -1) + 1;
    return cs.put('criteria', newRecord('criteria', planId, { ...valid, order }));
  });
}

export function updateCriterion(db: CswbDatabase, planId: string, id: string, fields: CriterionFields): Promise<Criterion> {
  const label = Object.keys(fields).length === 1 && fields.weight !== undefined ? 'history.setWeight' : 'history.editCriterion';
  return change(db, planId, label, async (cs) => cs.update('criteria', id, await clean(db, planId, fields, id)));
}

/** Sets several weights in one change ("back to the weights we started from"). */
export function setWeights(db: CswbDatabase, planId: string, weights: Readonly<Record<string, number>>): Promise<void> {
  return change(db, planId, 'history.setWeight', async (cs) => {
    for (const [id, weight] of Object.entries(weights)) {
      const problem = weightProblem(weight);
      if (problem) throw new CriterionError(problem);
      const current = await db.criteria.get(id);
      if (current && current.planId === planId && current.weight !== weight) await cs.update('criteria', id, { weight });
    }
  });
}

/** Deletes a criterion with its scores (undo brings both back). */
export function deleteCriterion(db: CswbDatabase, planId: string, id: string): Promise<void> {
  return change(db, planId, 'history.deleteCriterion', async (cs) => {
    if (criteriaAreFixed((await planOf(db, planId)).scoring.method)) throw new CriterionError('fixedByMethod');
    for (const s of await db.scores.where('criterionId').equals(id).toArray()) await cs.delete('scores', s.id);
    await cs.delete('criteria', id);
  });
}

/** Moves a criterion one place up (-1) or down (+1) in the grid. */
export function moveCriterion(db: CswbDatabase, planId: string, id: string, direction: -1 | 1): Promise<void> {
  return change(db, planId, 'history.moveCriterion', async (cs) => {
    const list = await criteriaOf(db, planId);
    const from = list.findIndex((c) => c.id === id);
    const to = from + direction;
    if (from === -1 || to < 0 || to >= list.length) return;
    const [a, b] = [list[from]!, list[to]!];
    // Orders may be equal after a merge: renumber the whole list, then swap.
    const orders = list.map((_, i) => i);
    for (const [i, c] of list.entries()) {
      const order = c.id === a.id ? orders[to]! : c.id === b.id ? orders[from]! : orders[i]!;
      if (c.order !== order) await cs.update('criteria', c.id, { order });
    }
  });
}

/** How many criteria and scores switching method would replace (for the confirmation). */
export async function methodSwitchCost(db: CswbDatabase, planId: string): Promise<{ criteria: number; scores: number }> {
  const [criteria, scores] = await Promise.all([db.criteria.where('planId').equals(planId).count(), db.scores.where('planId').equals(planId).count()]);
  return { criteria, scores };
}

/**
 * Switches the scoring method: the method's template criteria replace the current ones (their
 * scores go with them), the scale becomes the method's, and results start hidden again. One
 * change, so undo restores the previous method, criteria and every score.
 */
export function switchScoringMethod(
  db: CswbDatabase,
  planId: string,
  method: ScoringMethod,
  text: { nameOf: (templateId: string) => string; descriptionOf: (templateId: string) => string },
): Promise<void> {
  return change(db, planId, 'history.scoringMethod', async (cs) => {
    for (const s of await db.scores.where('planId').equals(planId).toArray()) await cs.delete('scores', s.id);
    for (const c of await db.criteria.where('planId').equals(planId).toArray()) await cs.delete('criteria', c.id);
    const templates = criteriaTemplate(method);
    const criteria = criteriaFromTemplate(method, planId, text.nameOf);
    for (const [i, c] of criteria.entries()) await cs.put('criteria', { ...c, description: text.descriptionOf(templates[i]!.id) });
    const plan = await planOf(db, planId);
    await cs.updatePlan({ scoring: { ...plan.scoring, method, ...methodScale(method), revealed: false } });
  });
}
