/**
 * One plan's records of one table, kept in memory, sorted, and patched after each write instead
 * of re-read. A regional plan holds 5,000 cards and 20,000 votes: with a plain live query, adding
 * one card or one vote re-read and re-sorted the whole table (and every screen recomputed from
 * all-new objects). Here a write re-reads only the records it touched (Dexie's `storagemutated`
 * event says which; see mutated-keys.ts), so:
 *
 * - a change costs a few `get`s, not a table scan;
 * - records that did not change keep their identity, so memoised work per record (the card search
 *   index, chart rows) is reused;
 * - the array changes identity only when something in it changed.
 *
 * Writes from other windows arrive through the same event. Bulk writes (50 records or more: an
 * import, an undo of a merge) only say "this range changed", and the table is read again.
 * Reads and patches run one after another, so a patch never lands before the read it follows.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import type { RecordTable, RecordTypes } from '@core/model';
import type { CswbDatabase } from './database';
import { mutatedKeys, type MutatedKeys } from './mutated-keys';

export interface LiveTableSnapshot<R> {
  data: readonly R[];
  isLoading: boolean;
  error: unknown;
}

type Row = { id: string; planId: string };
export type RowOrder<R> = (a: R, b: R) => number;

/** Orders by the table's sort key, then by id, so every position is unique (binary search). */
export function byKeyThenId<R extends Row>(key: (r: R) => string | number): RowOrder<R> {
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka < kb) return -1;
    if (ka > kb) return 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

/** Index of the first row not ordered before `row`. */
function insertionPoint<R>(rows: readonly R[], row: R, order: RowOrder<R>): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (order(rows[mid] as R, row) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class LivePlanTable<R extends Row> {
  private snapshot: LiveTableSnapshot<R> = { data: [], isLoading: true, error: null };
  private byId = new Map<string, R>();
  private readonly listeners = new Set<() => void>();
  private queue: Promise<void> = Promise.resolve();
  private reloadQueued = false;

  constructor(
    private readonly db: CswbDatabase,
    readonly table: RecordTable,
    readonly planId: string,
    private readonly order: RowOrder<R>,
  ) {
    this.enqueueReload();
  }

  get dbName(): string {
    return this.db.name;
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  getSnapshot = (): LiveTableSnapshot<R> => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Resolves once every read and patch asked for so far has been applied. */
  settled(): Promise<void> {
    return this.queue;
  }

  onMutated(keys: MutatedKeys): void {
    if (keys === 'all') this.enqueueReload();
    else if (keys.length) this.enqueue(() => this.patch(keys));
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((error: unknown) => this.publish({ ...this.snapshot, error }));
  }

  private enqueueReload(): void {
    if (this.reloadQueued) return;
    this.reloadQueued = true;
    this.enqueue(async () => {
      this.reloadQueued = false;
      const rows = (await this.db.table(this.table).where('planId').equals(this.planId).toArray()) as R[];
      rows.sort(this.order);
      this.byId = new Map(rows.map((r) => [r.id, r]));
      this.publish({ data: Object.freeze(rows), isLoading: false, error: null });
    });
  }

  private async patch(keys: readonly string[]): Promise<void> {
    if (this.reloadQueued) return; // a full read is coming anyway
    const fetched = (await this.db.table(this.table).bulkGet([...keys])) as (R | undefined)[];
    let rows: R[] | null = null;
    for (const [i, id] of keys.entries()) {
      const before = this.byId.get(id);
      const found = fetched[i];
      const after = found && found.planId === this.planId ? found : undefined;
      if (!before && !after) continue; // another plan's record
      rows ??= [...this.snapshot.data];
      if (before) {
        rows.splice(insertionPoint(rows, before, this.order), 1);
        this.byId.delete(id);
      }
      if (after) {
        rows.splice(insertionPoint(rows, after, this.order), 0, after);
        this.byId.set(id, after);
      }
    }
    if (rows) this.publish({ data: Object.freeze(rows), isLoading: false, error: null });
  }

  private publish(next: LiveTableSnapshot<R>): void {
    this.snapshot = next;
    for (const listener of [...this.listeners]) listener();
  }
}

/**
 * The registry: one live table per (database, table, plan), shared by every component showing it,
 * and kept for a while after the last one unmounts, so switching stages back and forth does not
 * read 20,000 votes again. Unwatched tables stay patched; the least recently used are dropped.
 */
const KEEP_UNWATCHED = 16;
const registry = new Map<string, LivePlanTable<Row>>();
let listening = false;

function onStorageMutated(parts: ObservabilitySet): void {
  for (const live of registry.values()) live.onMutated(mutatedKeys(parts, live.dbName, live.table));
}

export function livePlanTable<T extends RecordTable>(
  db: CswbDatabase,
  table: T,
  planId: string,
  order: RowOrder<RecordTypes[T]>,
): LivePlanTable<RecordTypes[T]> {
  if (!listening) {
    Dexie.on('storagemutated', onStorageMutated);
    listening = true;
  }
  const key = `${db.name}\u0000${table}\u0000${planId}`;
  let live = registry.get(key);
  if (live) registry.delete(key); // re-inserted below: most recently used last
  else live = new LivePlanTable(db, table, planId, order as RowOrder<Row>);
  registry.set(key, live);
  const unwatched = [...registry.keys()].filter((k) => k !== key && registry.get(k)?.listenerCount === 0);
  for (const oldest of unwatched.slice(0, Math.max(0, unwatched.length - KEEP_UNWATCHED))) registry.delete(oldest);
  return live as unknown as LivePlanTable<RecordTypes[T]>;
}
