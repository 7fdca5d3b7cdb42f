/**
 * Every domain change runs through `change()`: one Dexie transaction that applies the writes,
 * records before/after images in the `history` table (so it can be undone and redone, also after
 * a reload), clears the redo stack and bumps the plan's revision (unsaved-changes tracking).
 * Because writes go through `ChangeSet`, nothing can change a plan without being undoable.
 */
import type { Plan, RecordTable, RecordTypes } from '@core/model';
import type { CswbDatabase, HistoryEntry, StoredChange } from './database';
import { rememberAfterImages } from './live-plan-table';

/** Undo history kept per plan; older entries are dropped. */
export const HISTORY_LIMIT = 500;

const ALL_TABLES = (db: CswbDatabase) => db.tables.map((t) => t.name);

export class ChangeSet {
  readonly changes: StoredChange[] = [];

  constructor(
    private readonly db: CswbDatabase,
    readonly planId: string,
    readonly now: string,
  ) {}

  async get<T extends RecordTable>(table: T, id: string): Promise<RecordTypes[T] | undefined> {
    return (await this.db[table].get(id)) as RecordTypes[T] | undefined;
  }

  /** Creates or replaces a record of this plan. */
  async put<T extends RecordTable>(table: T, record: RecordTypes[T]): Promise<RecordTypes[T]> {
    if (record.planId !== this.planId) throw new Error(`Record ${record.id} belongs to another plan`);
    const before = (await this.db[table].get(record.id)) ?? null;
    await this.db[table].put(record as never);
    this.changes.push({ table, id: record.id, before, after: record });
    return record;
  }

  async update<T extends RecordTable>(table: T, id: string, patch: Partial<RecordTypes[T]>): Promise<RecordTypes[T]> {
    const before = (await this.db[table].get(id)) as RecordTypes[T] | undefined;
    if (!before || before.planId !== this.planId) throw new Error(`No ${table} record ${id} in this plan`);
    const after = { ...before, ...patch, id, planId: this.planId, updatedAt: this.now } as RecordTypes[T];
    await this.db[table].put(after as never);
    this.changes.push({ table, id, before, after });
    return after;
  }

  async delete(table: RecordTable, id: string): Promise<void> {
    const before = await this.db[table].get(id);
    if (!before) return;
    await this.db[table].delete(id);
    this.changes.push({ table, id, before, after: null });
  }

  async updatePlan(patch: Partial<Omit<Plan, 'id'>>): Promise<Plan> {
    const before = await this.db.plans.get(this.planId);
    if (!before) throw new Error(`No plan ${this.planId}`);
    const after: Plan = { ...before, ...patch, id: this.planId, updatedAt: this.now };
    await this.db.plans.put(after);
    this.changes.push({ table: 'plans', id: this.planId, before, after });
    return after;
  }
}

// Requests of one transaction are sent together where they do not depend on each other: IndexedDB
// runs them in order anyway, and each `await` in between would cost a round trip (a vote is
// timed to the screen: docs/performance.md).
async function touchPlan(db: CswbDatabase, planId: string, now: string): Promise<void> {
  await Promise.all([
    db.plans.update(planId, { updatedAt: now }),
    db.planState.get(planId).then((state) => (state ? db.planState.update(planId, { revision: state.revision + 1 }) : 0)),
  ]);
}

/** Runs `fn` as one atomic, undoable change labelled with a message key. */
export async function change<R>(
  db: CswbDatabase,
  planId: string,
  label: string,
  fn: (cs: ChangeSet) => Promise<R>,
): Promise<R> {
  return db.transaction('rw', ALL_TABLES(db), async () => {
    const now = new Date().toISOString();
    const cs = new ChangeSet(db, planId, now);
    const result = await fn(cs);
    if (cs.changes.length === 0) return result;
    // The redo stack goes (undone entries only, so never the entry added beside it).
    await Promise.all([
      db.history.where('[planId+undone]').equals([planId, 1]).delete(),
      db.history.add({ planId, label, at: now, changes: cs.changes, undone: 0 }),
      touchPlan(db, planId, now),
    ]);
    const count = await db.history.where('planId').equals(planId).count();
    if (count > HISTORY_LIMIT) {
      const oldest = await db.history.where('planId').equals(planId).limit(count - HISTORY_LIMIT).primaryKeys();
      await db.history.bulkDelete(oldest);
    }
    rememberAfterImages(cs.changes);
    return result;
  });
}

async function apply(db: CswbDatabase, c: StoredChange, image: unknown): Promise<void> {
  const table = db.table(c.table);
  if (image === null) await table.delete(c.id);
  else await table.put(image);
}

/** The entry `undo` would revert, if any. */
export function nextUndo(db: CswbDatabase, planId: string): Promise<HistoryEntry | undefined> {
  return db.history.where('[planId+undone]').equals([planId, 0]).last();
}

/** The entry `redo` would re-apply, if any (the most recently undone one). */
export function nextRedo(db: CswbDatabase, planId: string): Promise<HistoryEntry | undefined> {
  return db.history.where('[planId+undone]').equals([planId, 1]).first();
}

/**
 * Reverts the last change of a plan, or, given `onlySeq`, that change only while it is still the
 * latest. Returns its label, or null when nothing was undone.
 */
export async function undo(db: CswbDatabase, planId: string, onlySeq?: number): Promise<string | null> {
  return db.transaction('rw', ALL_TABLES(db), async () => {
    const entry = await nextUndo(db, planId);
    if (!entry) return null;
    // A message's Undo names one change: it must not undo a later one instead.
    if (onlySeq !== undefined && entry.seq !== onlySeq) return null;
    for (const c of [...entry.changes].reverse()) await apply(db, c, c.before);
    await db.history.update(entry.seq!, { undone: 1 });
    await touchPlan(db, planId, new Date().toISOString());
    return entry.label;
  });
}

/** Re-applies the most recently undone change. Returns its label, or null. */
export async function redo(db: CswbDatabase, planId: string): Promise<string | null> {
  return db.transaction('rw', ALL_TABLES(db), async () => {
    const entry = await nextRedo(db, planId);
    if (!entry) return null;
    for (const c of entry.changes) await apply(db, c, c.after);
    await db.history.update(entry.seq!, { undone: 0 });
    await touchPlan(db, planId, new Date().toISOString());
    return entry.label;
  });
}
