/**
 * Knowing, at start, whether the app last ended without closing (a crash, a power cut, a killed
 * process). Each running window registers a session id in the database (durable once written)
 * and holds a Web Lock named after it for as long as it lives. A clean exit (pagehide) leaves a
 * synchronous "clean exit" mark in localStorage, since an asynchronous database write may not
 * finish while the page unloads. At start, a registered session whose lock nobody holds and that
 * left no mark ended unexpectedly. A second window that is still open holds its lock, so it is
 * never mistaken for a crash.
 */
import type { CswbDatabase } from '../db/database';

const REGISTRY_KEY = 'openSessions';
const LOCK_PREFIX = 'cswb-session-';
const CLEAN_EXIT_PREFIX = 'cswb.cleanExit.';

export interface SessionDeps {
  /** Durable list of registered sessions (the database's settings table). */
  registry: { update(change: (ids: string[]) => string[]): Promise<string[]> };
  /** Synchronous storage for clean-exit marks (localStorage). */
  marks: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** navigator.locks; without it, a registered session counts as ended (no live-window check). */
  locks: Pick<LockManager, 'query' | 'request'> | undefined;
  newId(): string;
}

export interface Session {
  /** Whether a previous window ended without a clean exit. */
  previousEndedUnexpectedly: boolean;
  /** Call on a clean exit (pagehide). */
  end(): void;
}

export async function beginSession(deps: SessionDeps): Promise<Session> {
  const held = new Set<string>();
  if (deps.locks) {
    const state = await deps.locks.query();
    for (const lock of state.held ?? []) held.add(lock.name ?? '');
  }
  const id = deps.newId();
  if (deps.locks) {
    // Held until the page goes away: the callback's promise never settles, on purpose.
    void deps.locks.request(LOCK_PREFIX + id, () => new Promise<void>(() => {}));
  }
  let crashed = false;
  await deps.registry.update((ids) => {
    const alive: string[] = [];
    for (const other of ids) {
      if (held.has(LOCK_PREFIX + other)) {
        alive.push(other);
        continue;
      }
      if (safeGet(deps.marks, CLEAN_EXIT_PREFIX + other) === null) crashed = true;
      safeRemove(deps.marks, CLEAN_EXIT_PREFIX + other);
    }
    return [...alive, id];
  });
  let ended = false;
  return {
    previousEndedUnexpectedly: crashed,
    end: () => {
      if (ended) return;
      ended = true;
      safeSet(deps.marks, CLEAN_EXIT_PREFIX + id, '1');
      // Best effort: if the page unloads first, the mark above tells the next start it was clean.
      void deps.registry.update((ids) => ids.filter((other) => other !== id)).then(
        () => safeRemove(deps.marks, CLEAN_EXIT_PREFIX + id),
        () => undefined,
      );
    },
  };
}

export function databaseSessionDeps(db: CswbDatabase): SessionDeps {
  return {
    registry: {
      update: (change) =>
        db.transaction('rw', db.settings, async () => {
          const stored = (await db.settings.get(REGISTRY_KEY))?.value;
          const ids = Array.isArray(stored) ? stored.filter((v): v is string => typeof v === 'string') : [];
          const next = change(ids);
          await db.settings.put({ key: REGISTRY_KEY, value: next });
          return next;
        }),
    },
    marks: globalThis.localStorage,
    locks: globalThis.navigator?.locks,
    newId: () => crypto.randomUUID(),
  };
}

function safeGet(storage: SessionDeps['marks'], key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return 'unknown'; // unreadable storage: do not claim a crash
  }
}
function safeSet(storage: SessionDeps['marks'], key: string, value: string): void {
  try {
    storage.setItem(key, value);
  } catch {
    // Storage full or blocked: recovery detection is a convenience, never a reason to fail.
  }
}
function safeRemove(storage: SessionDeps['marks'], key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // as above
  }
}
