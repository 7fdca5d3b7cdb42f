/**
 * Open and save on the app's real code paths, each against its raw baseline, in fresh databases:
 * - open: openPlanFile (decodePlanFile, then importSnapshot in one transaction) vs rawOpen;
 * - save: readSnapshot then encodePlanFile (what savePlan does before handing the text to the
 *   platform's file write, which is disk time, not app time) vs rawSave.
 * The two sides alternate which goes first, so a machine that slows down mid-run hurts both.
 */
import { RECORD_TABLES } from '@core/model';
import { encodePlanFile } from '@core/plan-file';
import { openDatabase, type CswbDatabase } from '../db/database';
import { readSnapshot } from '../domain/snapshot';
import { openPlanFile } from '../files/plan-files';
import { APP_VERSION } from '../platform';
import { deleteRawDatabase, openRawDatabase, rawOpen, rawSave, storeDefs } from './raw-idb';

export interface OpenSaveSample {
  openApp: number;
  openRaw: number;
  saveApp: number;
  saveRaw: number;
  /** Length of the text each save produced (the app writes one record per line). */
  savedChars: { app: number; raw: number };
}

/** Lets the harness start Chromium with --js-flags=--expose-gc; without it, collection is left to V8. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  collectGarbage();
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

export async function measureOpenSave(text: string, run: number, expectedCounts: Record<string, number>): Promise<OpenSaveSample> {
  const appName = `cswb-bench-app-${run}`;
  const rawName = `cswb-bench-raw-${run}`;
  const appDb = openDatabase(appName);
  const stores = storeDefs(appDb);
  const rawDb = await openRawDatabase(rawName, stores);
  await appDb.open();
  try {
    const openApp = async () => {
      const outcome = await openPlanFile(appDb, { text, name: 'large-plan.cswb', path: 'large-plan.cswb' });
      if (outcome.kind !== 'opened') throw new Error(`The app did not open the large plan: ${outcome.kind}`);
      return outcome.planId;
    };
    const openRaw = () => rawOpen(rawDb, text);
    const appFirst = run % 2 === 1;
    const [first, second] = appFirst ? [await timed(openApp), await timed(openRaw)] : [await timed(openRaw), await timed(openApp)];
    const [appOpen, rawOpened] = appFirst ? [first, second] : [second, first];
    const planId = appOpen.value;
    if (rawOpened.value !== planId) throw new Error('The raw baseline stored another plan id');
    if (run === 0) await checkCounts(appDb, planId, expectedCounts);

    const saveApp = async () => {
      const { snapshot } = await readSnapshot(appDb, planId);
      return encodePlanFile(snapshot, { appVersion: APP_VERSION, savedAt: new Date().toISOString() });
    };
    const saveRaw = () => rawSave(rawDb, planId, RECORD_TABLES);
    const [s1, s2] = appFirst ? [await timed(saveApp), await timed(saveRaw)] : [await timed(saveRaw), await timed(saveApp)];
    const [appSaved, rawSaved] = appFirst ? [s1, s2] : [s2, s1];
    return {
      openApp: appOpen.ms,
      openRaw: rawOpened.ms,
      saveApp: appSaved.ms,
      saveRaw: rawSaved.ms,
      savedChars: { app: appSaved.value.length, raw: rawSaved.value.length },
    };
  } finally {
    appDb.close();
    rawDb.close();
    await Promise.all([appDb.delete(), deleteRawDatabase(rawName)]);
  }
}

/** The app side alone, step by step, for a CPU profile of one open or one save (--profile). */
const profiled = new Map<string, CswbDatabase>();
const profiledDb = (name: string): CswbDatabase => {
  let db = profiled.get(name);
  if (!db) profiled.set(name, (db = openDatabase(name)));
  return db;
};

export const appSide = {
  async open(name: string, text: string): Promise<string> {
    const outcome = await openPlanFile(profiledDb(name), { text, name: 'large-plan.cswb', path: 'large-plan.cswb' });
    if (outcome.kind !== 'opened') throw new Error(`The app did not open the large plan: ${outcome.kind}`);
    return outcome.planId;
  },
  async save(name: string, planId: string): Promise<number> {
    const { snapshot } = await readSnapshot(profiledDb(name), planId);
    return encodePlanFile(snapshot, { appVersion: APP_VERSION, savedAt: new Date().toISOString() }).length;
  },
  async drop(name: string): Promise<void> {
    await profiledDb(name).delete();
    profiled.delete(name);
  },
};

/** The open really stored the whole plan: a benchmark of an open that dropped records means nothing. */
async function checkCounts(db: CswbDatabase, planId: string, expected: Record<string, number>): Promise<void> {
  for (const table of RECORD_TABLES) {
    const stored = await db.table(table).where('planId').equals(planId).count();
    if (stored !== expected[table]) throw new Error(`Opened plan holds ${stored} ${table}, expected ${expected[table]}`);
  }
}
