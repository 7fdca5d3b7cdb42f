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

  /** `images`: records as the write left them (id to record, null when deleted), when known. */
  onMutated(keys: MutatedKeys, images?: AfterImages): void {
    if (keys === 'all') this.enqueueReload();
    else if (keys.length) this.enqueue(() => this.patch(keys, images));
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

  private async patch(keys: readonly string[], images?: AfterImages): Promise<void> {
    if (this.reloadQueued) return; // a full read is coming anyway
    const known = (id: string) => images?.has(imageKey(this.table, id)) ?? false;
    const unknown = images ? keys.filter((id) => !known(id)) : keys;
    const read = unknown.length ? ((await this.db.table(this.table).bulkGet([...unknown])) as (R | undefined)[]) : [];
    const fetched = new Map(unknown.map((id, i) => [id, read[i]]));
    let rows: R[] | null = null;
    for (const id of keys) {
      const before = this.byId.get(id);
      const found = known(id) ? ((images?.get(imageKey(this.table, id)) ?? undefined) as R | undefined) : fetched.get(id);
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

/**
 * After-images of the writes of `change()` (db/change.ts), by the transaction's set of mutated
 * parts: the very object Dexie fires `storagemutated` with once that transaction committed. The
 * live tables then take the records from there instead of reading them back (a round trip to
 * IndexedDB after every vote or card). Writes from elsewhere (undo, imports, other windows) have
 * no images and are read as before.
 */
type AfterImages = ReadonlyMap<string, unknown>;
const afterImagesByParts = new WeakMap<object, AfterImages>();
const imageKey = (table: string, id: string) => `${table}\u0000${id}`;

/**
 * Called inside a change's transaction, after its last write: the records as it leaves them.
 * Dexie keeps the transaction's mutated parts on the IndexedDB transaction (`mutatedParts`, an
 * internal of Dexie 4 checked by tests/db/live-plan-table.test.ts); without it nothing is
 * remembered and the live tables read the records back.
 */
export function rememberAfterImages(changes: readonly { table: string; id: string; after: unknown }[]): void {
  const trans = Dexie.currentTransaction as unknown as { idbtrans?: { mutatedParts?: object } } | null;
  const parts = trans?.idbtrans?.mutatedParts;
  if (!parts) return;
  // Copies, as the database holds them: the caller keeps its objects and may change them later.
  const images = new Map<string, unknown>();
  for (const c of changes) images.set(imageKey(c.table, c.id), c.after === null ? null : structuredClone(c.after));
  afterImagesByParts.set(parts, images);
}

function onStorageMutated(parts: ObservabilitySet): void {
  const images = afterImagesByParts.get(parts);
  for (const live of registry.values()) live.onMutated(mutatedKeys(parts, live.dbName, live.table), images);
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
