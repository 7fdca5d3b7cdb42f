/**
 * A 50 MB plan through the app's open path in Chromium: decode, then import into IndexedDB in
 * one transaction, then read back for saving. Prints the time of each step (no timing
 * assertion: the numbers go in docs/plan-file-format.md), asserts that nothing was lost.
 */
import { expect, it } from 'vitest';
import { emptySnapshot, type PlanSnapshot } from '@core/model';
import { newPlan, newRecord } from '@core/records';
import { decodePlanFile, encodePlanFile } from '@core/plan-file';
import { openPlanFile } from '@renderer/files/plan-files';
import { readSnapshot } from '@renderer/domain/snapshot';
import { freshDb } from './helpers';

function largePlan(): PlanSnapshot {
  let n = 0;
  const ctx = { newId: () => `big-${++n}`, now: () => '2026-03-01T10:00:00.000Z' };
  const snap = emptySnapshot(newPlan({ name: 'Regional plan, 50 MB' }, ctx));
  const planId = snap.plan.id;
  snap.partners = Array.from({ length: 40 }, (_, i) => newRecord('partners', planId, { name: `Partner ${i + 1}` }, ctx));
  snap.participants = Array.from({ length: 300 }, (_, i) => newRecord('participants', planId, { name: `Participant ${i + 1}`, partnerId: snap.partners[i % 40]!.id }, ctx));
  snap.risks = Array.from({ length: 120 }, (_, i) => newRecord('risks', planId, { title: `Risk ${i + 1}`, order: i }, ctx));
  const note = 'Participant note about local risk and protective factors, with what was said at the table. '.repeat(7);
  snap.cards = Array.from({ length: 60_000 }, (_, i) =>
    newRecord('cards', planId, { text: `Card ${i + 1}: ${note}`, participantId: snap.participants[i % 300]!.id, partnerId: snap.partners[i % 40]!.id, riskId: snap.risks[i % 120]!.id, order: i }, ctx),
  );
  return snap;
}

it('a 50 MB plan file decodes, imports and reads back whole (timings printed)', { timeout: 300_000 }, async () => {
  const text = encodePlanFile(largePlan(), { appVersion: 'test', savedAt: '2026-03-01T10:00:00.000Z' });
  expect(text.length).toBeGreaterThan(50e6);
  const db = freshDb();

  let start = performance.now();
  const decoded = decodePlanFile(text);
  const decodeMs = performance.now() - start;
  expect(decoded.ok && decoded.repairs).toEqual([]);

  start = performance.now();
  const outcome = await openPlanFile(db, { path: 'big.cswb', name: 'big.cswb', text });
  const openMs = performance.now() - start;
  expect(outcome.kind).toBe('opened');

  start = performance.now();
  const { snapshot } = await readSnapshot(db, 'big-1');
  const readMs = performance.now() - start;
  expect(snapshot.cards).toHaveLength(60_000);

  console.log(
    `${(text.length / 1e6).toFixed(1)} M chars: decode ${decodeMs.toFixed(0)} ms; open (decode + import) ${openMs.toFixed(0)} ms; read back for saving ${readMs.toFixed(0)} ms`,
  );
});
