/**
 * The local database (IndexedDB through Dexie). What is stored where:
 *
 * - One table per record type of the plan model (src/core/model.ts), every row keyed by `id`
 *   and indexed by `planId`: this is the plan itself, saved as it is entered.
 * - `planState`: per-device facts about a plan that never go into a plan file: the file it was
 *   opened from or saved to, the edit revision and the revision last saved (unsaved changes).
 * - `history`: the undo/redo log, one entry per domain change, kept across reloads.
 * - `settings`: app preferences (language, last opened plan...).
 *
 * The schema is versioned from day one: a change adds `this.version(N + 1).stores(...)` with an
 * upgrade function; never edit a released version.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Plan, RecordTable, RecordTypes } from '@core/model';

export interface PlanState {
  planId: string;
  /** Incremented by every change; compared with `savedRevision` for "unsaved changes". */
  revision: number;
  savedRevision: number;
  /** Where the plan was last opened from or saved to (a path in Electron, a file key in browser mode). */
  filePath: string | null;
  fileName: string | null;
  lastOpenedAt: string;
  /** Set when the plan was deleted from the home screen; it can be restored until purged. */
  deletedAt: string | null;
}

export interface StoredChange {
  table: RecordTable | 'plans';
  id: string;
  /** The record before the change (null when it was created). */
  before: unknown;
  /** The record after the change (null when it was deleted). */
  after: unknown;
}

export interface HistoryEntry {
  seq?: number;
  planId: string;
  /** Message key describing the change ("history.addCard"), shown as "Undo add card". */
  label: string;
  at: string;
  changes: StoredChange[];
  /**
   * 1 once undone (IndexedDB cannot index booleans); undone entries form the redo stack until a
   * new change clears them.
   */
  undone: 0 | 1;
}

export interface Setting {
  key: string;
  value: unknown;
}

export type CswbDatabase = Dexie & {
  plans: EntityTable<Plan, 'id'>;
  planState: EntityTable<PlanState, 'planId'>;
  history: EntityTable<HistoryEntry, 'seq'>;
  settings: EntityTable<Setting, 'key'>;
} & { [T in RecordTable]: EntityTable<RecordTypes[T], 'id'> };

export const DATABASE_NAME = 'cswb-workshop';

export function openDatabase(name = DATABASE_NAME): CswbDatabase {
  const db = new Dexie(name) as CswbDatabase;
  db.version(1).stores({
    plans: 'id, updatedAt',
    planState: 'planId',
    history: '++seq, planId, [planId+undone]',
    settings: 'key',
    partners: 'id, planId',
    participants: 'id, planId, partnerId',
    sessions: 'id, planId',
    catalogueEntries: 'id, planId',
    risks: 'id, planId',
    cards: 'id, planId, riskId, partnerId, sessionId',
    criteria: 'id, planId',
    scores: 'id, planId, riskId, criterionId, raterId',
    votes: 'id, planId, riskId, participantId',
    responses: 'id, planId, riskId, leadPartnerId',
    outcomes: 'id, planId, riskId, responseId',
  });
  // v2: cards by plan and order, so the next card's order is one key read, not a scan of 5,000
  // cards (docs/performance.md). Only an index is added: no data changes.
  db.version(2).stores({
    cards: 'id, planId, riskId, partnerId, sessionId, [planId+order]',
  });
  return db;
}

/** The app's database. Tests open their own with a unique name. */
export const db: CswbDatabase = openDatabase();
