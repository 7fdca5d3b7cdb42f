/**
 * Crash detection for recovery (src/renderer/src/files/session-marker.ts), with the real
 * database, localStorage and Web Locks of Chromium. A "previous window" is simulated by a
 * registered id: alive when a lock of that name is held, ended cleanly when it left its mark.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { beginSession, databaseSessionDeps } from '@renderer/files/session-marker';
import { freshDb } from './helpers';

const releases: (() => void)[] = [];
afterEach(() => {
  for (const release of releases.splice(0)) release();
  for (const key of Object.keys(localStorage)) if (key.startsWith('cswb.cleanExit.')) localStorage.removeItem(key);
});

let n = 0;
function deps(db: ReturnType<typeof freshDb>) {
  return { ...databaseSessionDeps(db), newId: () => `test-${Date.now()}-${++n}` };
}

/** Holds the lock a live window with this id would hold, until the test ends. */
async function holdLock(id: string): Promise<void> {
  await new Promise<void>((acquired) => {
    void navigator.locks.request(`cswb-session-${id}`, () => {
      acquired();
      return new Promise<void>((release) => releases.push(release));
    });
  });
}

describe('beginSession', () => {
  it('first start ever: no crash', async () => {
    const db = freshDb();
    expect((await beginSession(deps(db))).previousEndedUnexpectedly).toBe(false);
  });

  it('a registered window that holds no lock and left no mark ended unexpectedly (once)', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'openSessions', value: ['ghost'] });
    expect((await beginSession(deps(db))).previousEndedUnexpectedly).toBe(true);
    // Reported once: the ghost is forgotten.
    expect((await db.settings.get('openSessions'))?.value).not.toContain('ghost');
    expect((await beginSession(deps(db))).previousEndedUnexpectedly).toBe(false);
  });

  it('a second window still open (its lock is held) is not a crash', async () => {
    const db = freshDb();
    await holdLock('alive-window');
    await db.settings.put({ key: 'openSessions', value: ['alive-window'] });
    expect((await beginSession(deps(db))).previousEndedUnexpectedly).toBe(false);
    expect((await db.settings.get('openSessions'))?.value).toContain('alive-window');
  });

  it('a window that closed cleanly (end) is not a crash, even if its database write was lost', async () => {
    const db = freshDb();
    const first = await beginSession(deps(db));
    const registered = (await db.settings.get('openSessions'))?.value as string[];
    first.end();
    // Simulate the unload winning the race: the registry still lists it, only the mark remains.
    await db.settings.put({ key: 'openSessions', value: registered });
    const ids = registered.filter((id) => localStorage.getItem(`cswb.cleanExit.${id}`) !== null);
    expect(ids).toHaveLength(1);
    // This page still holds the first session's lock: report no locks held, like a window that closed.
    const second = await beginSession({ ...deps(db), locks: { query: async () => ({ held: [], pending: [] }), request: navigator.locks.request.bind(navigator.locks) } });
    expect(second.previousEndedUnexpectedly).toBe(false);
  });

  it('the same window seen with no locks and no mark counts as a crash', async () => {
    const db = freshDb();
    await beginSession(deps(db));
    const noLocks = { query: async () => ({ held: [], pending: [] }), request: navigator.locks.request.bind(navigator.locks) };
    expect((await beginSession({ ...deps(db), locks: noLocks })).previousEndedUnexpectedly).toBe(true);
  });
});
