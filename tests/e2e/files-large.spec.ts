/**
 * A 50 MB plan file opens in the app through the real file chooser, decoder and database, and
 * the plan is usable afterwards. Prints how long each part took (no timing assertion: the
 * machine is shared; the numbers go in docs/plan-file-format.md).
 */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptySnapshot, type PlanSnapshot } from '../../src/core/model';
import { newPlan, newRecord } from '../../src/core/records';
import { encodePlanFile } from '../../src/core/plan-file';
import { expect, test } from './fixtures';
import { FilesPage } from './pages/files-page';

/** Years of workshop input: 40 partners, 300 participants, 120 risks, 60,000 cards with notes. */
function largePlan(): PlanSnapshot {
  let n = 0;
  const ctx = { newId: () => `big-${++n}`, now: () => '2026-03-01T10:00:00.000Z' };
  const snap = emptySnapshot(newPlan({ name: 'Regional plan, 50 MB', municipality: 'Region of Riverbend' }, ctx));
  const planId = snap.plan.id;
  snap.partners = Array.from({ length: 40 }, (_, i) => newRecord('partners', planId, { name: `Partner organisation ${i + 1}`, sector: ['police', 'health', 'education', 'community'][i % 4]! }, ctx));
  snap.participants = Array.from({ length: 300 }, (_, i) => newRecord('participants', planId, { name: `Participant ${i + 1}`, partnerId: snap.partners[i % 40]!.id }, ctx));
  snap.risks = Array.from({ length: 120 }, (_, i) => newRecord('risks', planId, { title: `Candidate risk ${i + 1}`, order: i, isPriority: i < 4 }, ctx));
  const note = 'Participant note about local risk and protective factors, with what was said at the table. '.repeat(8);
  snap.cards = Array.from({ length: 60_000 }, (_, i) =>
    newRecord('cards', planId, { text: `Card ${i + 1}: ${note}`, kind: 'risk', participantId: snap.participants[i % 300]!.id, partnerId: snap.partners[i % 40]!.id, riskId: snap.risks[i % 120]!.id, order: i }, ctx),
  );
  return snap;
}

test('a 50 MB plan file opens and the plan is usable', async ({ app, page, tmp }) => {
  test.setTimeout(300_000);
  const path = join(tmp, 'regional-plan.cswb');
  writeFileSync(path, encodePlanFile(largePlan(), { appVersion: '0.1.0', savedAt: '2026-03-01T10:00:00.000Z' }));
  const megabytes = statSync(path).size / 1e6;
  expect(megabytes).toBeGreaterThan(50);

  const files = new FilesPage(page);
  await app.goto();
  const started = Date.now();
  await files.openFile(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Partners and participants' })).toBeVisible({ timeout: 240_000 });
  const openedMs = Date.now() - started;
  await expect(page.getByRole('table', { name: 'Partner organisations' }).getByRole('rowheader')).toHaveCount(40);
  await app.goToStage('Group into risks', 'Group into candidate risks');
  await expect(page.getByRole('heading', { name: '120 candidate risks' })).toBeVisible({ timeout: 60_000 });
  console.log(`opened a ${megabytes.toFixed(1)} MB plan (60,000 cards) in ${(openedMs / 1000).toFixed(1)} s (file chooser to first screen)`);
});
