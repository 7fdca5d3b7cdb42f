/**
 * Opening and saving plan files against a real IndexedDB (Chromium): a saved plan opens back
 * identical; every refused file of the damaged-file corpus leaves the database exactly as it
 * was; a repaired file opens with its report; a plan already in the app is never replaced
 * without asking.
 */
import { describe, expect, it } from 'vitest';
import { RECORD_TABLES, emptySnapshot, type PlanSnapshot } from '@core/model';
import { newPlan, newRecord } from '@core/records';
import { buildRiverbendSample } from '@core/sample/riverbend';
import { openPlanFile, resolveConflict, savePlan } from '@renderer/files/plan-files';
import { importSnapshot, readSnapshot } from '@renderer/domain/snapshot';
import type { CswbDatabase } from '@renderer/db/database';
import type { Platform } from '@renderer/platform/types';
import { addPartner } from '@renderer/domain/partners';
import { freshDb } from './helpers';

const corpus = import.meta.glob<string>('../fixtures/plan-files/*.cswb', { query: '?raw', import: 'default', eager: true });
const manifest = import.meta.glob<{ file: string; expect: { outcome: string; kind?: string; repairs?: [string, string][] } }[]>('../fixtures/plan-files/corpus.json', {
  import: 'default',
  eager: true,
});
const CASES = Object.values(manifest)[0]!;
const fileText = (name: string) => corpus[`../fixtures/plan-files/${name}`]!;

/** A platform whose files live in memory: Save As "chooses" mem:<name>, Save writes in place. */
function memoryPlatform() {
  const files = new Map<string, string>();
  const platform = {
    canSaveInPlace: (path: string) => path.startsWith('mem:'),
    savePlanFile: async (path: string, text: string) => (files.set(path, text), { path, name: path.slice(4) }),
    savePlanFileAs: async (name: string, text: string) => (files.set(`mem:${name}`, text), { path: `mem:${name}`, name }),
  } as unknown as Platform;
  return { platform, files };
}

/** Every row of every table, in key order: what "the database did not change" compares. */
async function dump(db: CswbDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

let n = 0;
const ctx = () => ({ newId: () => `t${++n}`, now: () => '2026-11-24T12:00:00.000Z' });

function shapes(): [string, PlanSnapshot][] {
  const empty = emptySnapshot(newPlan({ name: '' }, ctx()));
  const partnersOnly = emptySnapshot(newPlan({ name: 'Partners only' }, ctx()));
  partnersOnly.partners = [newRecord('partners', partnersOnly.plan.id, { name: 'Île-des-Chênes Food Bank 🥫', seats: ['communityServices'] }, ctx())];
  const unicode = buildRiverbendSample(ctx());
  unicode.plan.name = 'Plan « SBEC » de Rivière-du-Pont — ᐊᓂᔑᓈᐯᒧᐎᓐ \u2028 "quoted"';
  unicode.cards[0]!.text = 'Line one\nLine two\t<script>alert(1)</script> __proto__';
  return [
    ['an empty plan', empty],
    ['a plan with partners only', partnersOnly],
    ['the Riverbend sample', buildRiverbendSample(ctx())],
    ['unicode, escapes and markup in text', unicode],
  ];
}

describe('save then open', () => {
  it.each(shapes())('%s comes back identical', async (_, snapshot) => {
    const source = freshDb();
    await importSnapshot(source, snapshot, { path: null, name: null });
    const { platform, files } = memoryPlatform();
    const saved = await savePlan(source, platform, snapshot.plan.id, { as: true });
    expect(saved).toMatchObject({ kind: 'saved', backupName: null });
    expect((await source.planState.get(snapshot.plan.id))?.filePath).toBe(`mem:${saved.kind === 'saved' ? saved.fileName : ''}`);

    const target = freshDb();
    const [path, text] = [...files.entries()][0]!;
    const opened = await openPlanFile(target, { path, name: path.slice(4), text });
    expect(opened).toMatchObject({ kind: 'opened', repairs: [], migratedFrom: null });
    const back = (await readSnapshot(target, snapshot.plan.id)).snapshot;
    const before = (await readSnapshot(source, snapshot.plan.id)).snapshot;
    expect(back).toEqual(before);
  });

  it('Save writes in place after Save As, and marks the plan saved', async () => {
    const { db, planId } = await (async () => {
      const d = freshDb();
      const s = buildRiverbendSample(ctx());
      await importSnapshot(d, s, { path: null, name: null });
      return { db: d, planId: s.plan.id };
    })();
    const { platform, files } = memoryPlatform();
    await savePlan(db, platform, planId, { as: true });
    await addPartner(db, planId, { name: 'Late addition', sector: 'police' });
    let state = await db.planState.get(planId);
    expect(state!.revision).not.toBe(state!.savedRevision);
    await savePlan(db, platform, planId, { as: false });
    expect(files.size).toBe(1);
    expect([...files.values()][0]).toContain('Late addition');
    state = await db.planState.get(planId);
    expect(state!.revision).toBe(state!.savedRevision);
  });
});

describe('the damaged-file corpus against a database with a plan in it', () => {
  async function dbWithExistingPlan() {
    const db = freshDb();
    await importSnapshot(db, buildRiverbendSample(ctx()), { path: '/plans/riverbend.cswb', name: 'riverbend.cswb' });
    return db;
  }

  it.each(CASES.filter((c) => c.expect.outcome === 'refused'))('$file is refused ($expect.kind) and the database is unchanged', async ({ file, expect: expected }) => {
    const db = await dbWithExistingPlan();
    const before = await dump(db);
    const outcome = await openPlanFile(db, { path: `/plans/${file}`, name: file, text: fileText(file) });
    expect(outcome).toMatchObject({ kind: 'failed', fileName: file, error: { kind: expected.kind } });
    expect(await dump(db)).toEqual(before);
  });

  it('a file longer than the limit is refused before parsing, database unchanged', async () => {
    const db = await dbWithExistingPlan();
    const before = await dump(db);
    const huge = fileText('valid.cswb').replace('"text":"', `"text":"${'x'.repeat(120_000_001)}`);
    const outcome = await openPlanFile(db, { path: '/plans/huge.cswb', name: 'huge.cswb', text: huge });
    expect(outcome).toMatchObject({ kind: 'failed', error: { kind: 'tooLarge' } });
    expect(await dump(db)).toEqual(before);
  });

  it.each(CASES.filter((c) => c.expect.outcome === 'repaired'))('$file opens with its repairs reported', async ({ file, expect: expected }) => {
    const db = await dbWithExistingPlan();
    const outcome = await openPlanFile(db, { path: `/plans/${file}`, name: file, text: fileText(file) });
    if (outcome.kind !== 'opened') throw new Error(`expected opened, got ${outcome.kind}`);
    expect(outcome.repairs.map((r) => [r.code, r.path])).toEqual(expected.repairs);
    const { snapshot } = await readSnapshot(db, outcome.planId);
    expect(snapshot.plan.name).toBe('Riverbend review');
  });

  it('a plan already in the app: nothing changes until the user chooses, then replace or copy', async () => {
    const db = freshDb();
    const text = fileText('valid.cswb');
    await openPlanFile(db, { path: '/plans/valid.cswb', name: 'valid.cswb', text });
    const planId = (await db.plans.toArray())[0]!.id;
    await addPartner(db, planId, { name: 'Only in the app', sector: 'police' });
    const before = await dump(db);

    const conflict = await openPlanFile(db, { path: '/plans/valid.cswb', name: 'valid.cswb', text });
    if (conflict.kind !== 'conflict') throw new Error(`expected a conflict, got ${conflict.kind}`);
    expect(conflict.localHasUnsavedChanges).toBe(true);
    expect(await dump(db)).toEqual(before);

    const copyId = await resolveConflict(db, conflict, 'copy');
    expect(copyId).not.toBe(planId);
    expect((await readSnapshot(db, planId)).snapshot.partners.map((p) => p.name)).toContain('Only in the app');
    expect((await readSnapshot(db, copyId)).snapshot.partners.map((p) => p.name)).not.toContain('Only in the app');

    await resolveConflict(db, conflict, 'replace');
    expect((await readSnapshot(db, planId)).snapshot.partners.map((p) => p.name)).not.toContain('Only in the app');
    for (const table of RECORD_TABLES) expect(await db.table(table).count()).toBeGreaterThanOrEqual(0);
  });
});
