/**
 * The baseline of the open and save benchmarks: what the machine can do with no app code at all.
 * Plain IndexedDB, no Dexie, over stores and indexes copied from the app's Dexie schema (so both
 * sides maintain the same indexes): open = JSON.parse + one bulk-insert transaction; save = one
 * read transaction (getAll on the planId index) + JSON.stringify.
 */
import type { CswbDatabase } from '../db/database';

export interface StoreDef {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
}

/** The app's object stores and indexes, read from the Dexie schema. */
export function storeDefs(db: CswbDatabase): StoreDef[] {
  return db.tables.map((table) => ({
    name: table.name,
    keyPath: table.schema.primKey.keyPath ?? null,
    autoIncrement: Boolean(table.schema.primKey.auto),
    indexes: table.schema.indexes.map((index) => ({
      name: index.name,
      keyPath: index.keyPath as string | string[],
      unique: Boolean(index.unique),
      multiEntry: Boolean(index.multi),
    })),
  }));
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function completion(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

export function openRawDatabase(name: string, stores: StoreDef[]): Promise<IDBDatabase> {
  const req = indexedDB.open(name, 1);
  req.onupgradeneeded = () => {
    for (const def of stores) {
      const store = req.result.createObjectStore(def.name, { keyPath: def.keyPath, autoIncrement: def.autoIncrement });
      for (const index of def.indexes) store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
    }
  };
  return request(req);
}

export async function deleteRawDatabase(name: string): Promise<void> {
  await request(indexedDB.deleteDatabase(name));
}

/** The parts of a plan file the baseline stores: the plan and its record tables. */
interface ParsedPlanFile {
  plan: { id: string };
  records: Record<string, unknown[]>;
}

/** JSON.parse plus one transaction adding every record (and the plan's state row, as the app does). */
export async function rawOpen(idb: IDBDatabase, text: string): Promise<string> {
  const file = JSON.parse(text) as ParsedPlanFile;
  const tables = Object.keys(file.records);
  const tx = idb.transaction(['plans', 'planState', ...tables], 'readwrite');
  const done = completion(tx);
  tx.objectStore('plans').add(file.plan);
  tx.objectStore('planState').add({ planId: file.plan.id, revision: 0, savedRevision: 0, filePath: null, fileName: null, lastOpenedAt: '', deletedAt: null });
  for (const table of tables) {
    const store = tx.objectStore(table);
    for (const record of file.records[table] ?? []) store.add(record);
  }
  await done;
  return file.plan.id;
}

/** One read transaction over the plan's records, then JSON.stringify: the text a save would write. */
export async function rawSave(idb: IDBDatabase, planId: string, tables: readonly string[]): Promise<string> {
  const tx = idb.transaction(['plans', ...tables], 'readonly');
  const done = completion(tx);
  const plan = request(tx.objectStore('plans').get(planId));
  const rows = tables.map((table) => request(tx.objectStore(table).index('planId').getAll(planId)));
  const [planRow, ...records] = await Promise.all([plan, ...rows]);
  await done;
  return JSON.stringify({ plan: planRow, records: Object.fromEntries(tables.map((t, i) => [t, records[i]])) });
}
