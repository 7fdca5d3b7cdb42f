import { describe, expect, it } from 'vitest';
import { RECORD_TABLES } from '@core/model';
import { buildRiverbendSample } from '@core/sample/riverbend';
import { decodePlanFile, encodePlanFile } from '@core/plan-file';
import { importSnapshot, readSnapshot, withFreshIds } from '@renderer/domain/snapshot';
import { listPlans } from '@renderer/domain/plans';
import { freshDb } from './helpers';

let n = 0;
const ctx = { newId: () => `id-${String(++n).padStart(5, '0')}`, now: () => '2026-11-24T12:00:00.000Z' };

describe('plan snapshots in the database', () => {
  it('imports the Riverbend sample and reads back an identical plan', async () => {
    const db = freshDb();
    const sample = buildRiverbendSample(ctx);
    await importSnapshot(db, sample, { path: null, name: null });
    const { snapshot } = await readSnapshot(db, sample.plan.id);
    expect(snapshot.plan).toEqual(sample.plan);
    for (const table of RECORD_TABLES) {
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect([...snapshot[table]].sort(byId), table).toEqual([...sample[table]].sort(byId));
    }
  });

  it('survives file encoding: database -> file text -> database gives the same records', async () => {
    const db = freshDb();
    const sample = buildRiverbendSample(ctx);
    await importSnapshot(db, sample, { path: null, name: null });
    const first = (await readSnapshot(db, sample.plan.id)).snapshot;
    const decoded = decodePlanFile(encodePlanFile(first, { appVersion: 'test', savedAt: '2026-11-24T12:00:00.000Z' }));
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
    expect(decoded.repairs).toEqual([]);
    const other = freshDb();
    await importSnapshot(other, decoded.snapshot, { path: null, name: 'x.cswb' });
    expect((await readSnapshot(other, sample.plan.id)).snapshot).toEqual(first);
  });

  it('a copy with fresh ids keeps every reference inside the copy and leaves the original alone', async () => {
    const db = freshDb();
    const sample = buildRiverbendSample(ctx);
    await importSnapshot(db, sample, { path: null, name: null });
    const copy = withFreshIds(sample);
    await importSnapshot(db, copy, { path: null, name: null });
    expect((await listPlans(db)).length).toBe(2);
    const ids = new Set(RECORD_TABLES.flatMap((t) => copy[t].map((r) => r.id)));
    for (const card of copy.cards) if (card.riskId) expect(ids.has(card.riskId)).toBe(true);
    for (const v of copy.votes) expect(ids.has(v.participantId) && ids.has(v.riskId)).toBe(true);
    expect(copy.cards.every((c) => c.planId === copy.plan.id)).toBe(true);
    expect((await readSnapshot(db, sample.plan.id)).snapshot.cards.length).toBe(sample.cards.length);
  });
});
