/**
 * Plan-level changes: create, rename, settings, delete and restore, and the list of plans.
 * Creating and deleting a plan are not in the per-plan undo history (the history belongs to the
 * plan); deletion is a soft delete with Restore on the home screen instead.
 */
import { newPlan } from '@core/records';
import type { Plan } from '@core/model';
import type { CswbDatabase, PlanState } from '../db/database';
import { change } from '../db/change';

export function initialPlanState(planId: string, file: { path: string | null; name: string | null } = { path: null, name: null }): PlanState {
  return {
    planId,
    revision: 0,
    savedRevision: 0,
    filePath: file.path,
    fileName: file.name,
    lastOpenedAt: new Date().toISOString(),
    deletedAt: null,
  };
}

export async function createPlan(db: CswbDatabase, fields: { name: string; municipality?: string }): Promise<Plan> {
  const plan = newPlan({ name: fields.name.trim(), municipality: fields.municipality?.trim() ?? '' });
  await db.transaction('rw', db.plans, db.planState, async () => {
    await db.plans.add(plan);
    await db.planState.add(initialPlanState(plan.id));
  });
  return plan;
}

export function updatePlan(db: CswbDatabase, planId: string, patch: Partial<Pick<Plan, 'name' | 'municipality' | 'description' | 'voting' | 'scoring'>>): Promise<Plan> {
  return change(db, planId, 'history.updatePlan', (cs) => cs.updatePlan(patch));
}

export async function markOpened(db: CswbDatabase, planId: string): Promise<void> {
  await db.planState.update(planId, { lastOpenedAt: new Date().toISOString() });
}

export async function deletePlan(db: CswbDatabase, planId: string): Promise<void> {
  await db.planState.update(planId, { deletedAt: new Date().toISOString() });
}

export async function restorePlan(db: CswbDatabase, planId: string): Promise<void> {
  await db.planState.update(planId, { deletedAt: null });
}

/** Removes a plan and everything it holds for good (emptying the deleted list). */
export async function purgePlan(db: CswbDatabase, planId: string): Promise<void> {
  await db.transaction('rw', db.tables.map((t) => t.name), async () => {
    for (const table of db.tables) {
      if (table.name === 'plans') await table.delete(planId);
      else if (table.name === 'planState') await table.delete(planId);
      else if (table.name !== 'settings') await table.where('planId').equals(planId).delete();
    }
  });
}

export interface PlanListItem {
  plan: Plan;
  state: PlanState;
}

export async function listPlans(db: CswbDatabase): Promise<PlanListItem[]> {
  const [plans, states] = await Promise.all([db.plans.toArray(), db.planState.toArray()]);
  const byId = new Map(states.map((s) => [s.planId, s]));
  return plans
    .map((plan) => ({ plan, state: byId.get(plan.id) ?? initialPlanState(plan.id) }))
    .sort((a, b) => b.plan.updatedAt.localeCompare(a.plan.updatedAt));
}
