/**
 * "Recently deleted": cards and partners deleted by a change that was not undone and that are
 * still gone. Read from the undo history (which keeps the before-image of every deleted record),
 * so no extra table is needed and what can be restored is exactly what the history still holds.
 */
import type { Card, Partner } from '@core/model';
import type { CswbDatabase, HistoryEntry, StoredChange } from '../db/database';

export type RestorableTable = 'cards' | 'partners';
type RestorableRecord = { cards: Card; partners: Partner };

export interface DeletedRecord<T extends RestorableTable> {
  /** History entry that deleted it (restore reads the links it removed from there). */
  seq: number;
  at: string;
  record: RestorableRecord[T];
}

const isDeletion = (c: StoredChange, table: RestorableTable) => c.table === table && c.after === null && c.before !== null;

/** Newest first, at most `limit`, each record once (its latest deletion). */
export async function listDeleted<T extends RestorableTable>(db: CswbDatabase, planId: string, table: T, limit = 100): Promise<DeletedRecord<T>[]> {
  const entries = await db.history.where('[planId+undone]').equals([planId, 0]).reverse().toArray();
  const found = new Map<string, DeletedRecord<T>>();
  for (const entry of entries) {
    for (const c of entry.changes) {
      if (!isDeletion(c, table) || found.has(c.id)) continue;
      found.set(c.id, { seq: entry.seq!, at: entry.at, record: c.before as RestorableRecord[T] });
    }
  }
  const ids = [...found.keys()];
  const current = await db.table(table).bulkGet(ids);
  return ids
    .filter((_, i) => current[i] === undefined)
    .map((id) => found.get(id)!)
    .slice(0, limit);
}

/** The history entry that deleted a record, and the record as it was, or null if unknown. */
export async function deletionOf<T extends RestorableTable>(
  db: CswbDatabase,
  seq: number,
  table: T,
  id: string,
): Promise<{ entry: HistoryEntry; record: RestorableRecord[T] } | null> {
  const entry = await db.history.get(seq);
  const c = entry?.changes.find((x) => x.id === id && isDeletion(x, table));
  return entry && c ? { entry, record: c.before as RestorableRecord[T] } : null;
}
