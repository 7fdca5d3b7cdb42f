/**
 * Moving whole plans between the database and plan snapshots (src/core/model.ts PlanSnapshot):
 * reading a plan out for saving, and importing a decoded plan file in one transaction.
 */
import { RECORD_TABLES, type PlanSnapshot, type RecordTable } from '@core/model';
import type { CswbDatabase, PlanState } from '../db/database';
import { initialPlanState } from './plans';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The whole plan as data, records sorted by id (so equal plans give equal files). */
export async function readSnapshot(db: CswbDatabase, planId: string): Promise<{ snapshot: PlanSnapshot; revision: number }> {
  return db.transaction('r', db.tables.map((t) => t.name), async () => {
    const plan = await db.plans.get(planId);
    if (!plan) throw new Error(`No plan ${planId}`);
    const state = await db.planState.get(planId);
    const snapshot = { plan } as PlanSnapshot;
    for (const table of RECORD_TABLES) {
      const rows = await db.table(table).where('planId').equals(planId).toArray();
      (snapshot as Record<RecordTable, unknown[]>)[table] = rows.sort(byId);
    }
    return { snapshot, revision: state?.revision ?? 0 };
  });
}

/**
 * Writes a decoded plan into the database, replacing any plan with the same id (the caller asks
 * the user first). One transaction: either the whole plan is there, or nothing changed.
 */
export async function importSnapshot(
  db: CswbDatabase,
  snapshot: PlanSnapshot,
  file: { path: string | null; name: string | null },
): Promise<PlanState> {
  const planId = snapshot.plan.id;
  return db.transaction('rw', db.tables.map((t) => t.name), async () => {
    await db.plans.put(snapshot.plan);
    for (const table of RECORD_TABLES) {
      const t = db.table(table);
      await t.where('planId').equals(planId).delete();
      await t.bulkAdd(snapshot[table] as unknown[]);
    }
    await db.history.where('planId').equals(planId).delete();
    const state = initialPlanState(planId, file);
    await db.planState.put(state);
    return state;
  });
}

/** Gives every record of a snapshot a fresh id (and the plan a new one), keeping references. */
export function withFreshIds(snapshot: PlanSnapshot, newId: () => string = () => crypto.randomUUID()): PlanSnapshot {
  const map = new Map<string, string>();
  const fresh = (id: string) => {
    let n = map.get(id);
    if (!n) map.set(id, (n = newId()));
    return n;
  };
  const planId = fresh(snapshot.plan.id);
  for (const table of RECORD_TABLES) for (const r of snapshot[table]) fresh(r.id);
  const remap = (v: unknown): unknown => {
    if (typeof v === 'string') return map.get(v) ?? v;
    if (Array.isArray(v)) return v.map(remap);
    return v;
  };
  const REF_FIELDS = new Set([
    'id', 'planId', 'partnerId', 'participantId', 'sessionId', 'riskId', 'criterionId', 'raterId',
    'leadPartnerId', 'supportingPartnerIds', 'sourceCardId', 'responseId', 'attendeeIds', 'presentPartnerIds',
  ]);
  const remapRecord = <T extends object>(r: T): T => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) {
      if (REF_FIELDS.has(k)) out[k] = remap(v);
      else if (k === 'priorityDecision' && v) out[k] = remapRecord(v as object);
      else out[k] = v;
    }
    return out as T;
  };
  const result = { plan: { ...snapshot.plan, id: planId } } as PlanSnapshot;
  for (const table of RECORD_TABLES) {
    (result as Record<RecordTable, unknown[]>)[table] = snapshot[table].map((r) => remapRecord(r));
  }
  return result;
}
