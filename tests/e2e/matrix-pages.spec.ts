/**
 * A regional matrix, a page of priorities at a time: every row is still reachable (pager, "Go to a
 * priority"), the gap filter works across all pages, the assets strip shows a few assets with
 * their count, counts are written the locale's way, and a response on a later page still moves
 * by keyboard.
 */
import AxeBuilder from '@axe-core/playwright';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLANNING_AREAS, emptySnapshot, type PlanningArea } from '../../src/core/model';
import { newPlan, newRecord } from '../../src/core/records';
import { encodePlanFile } from '../../src/core/plan-file';
import { expect, test } from './fixtures';
import { MatrixPage } from './pages/matrix-page';

const PRIORITIES = 45;
const ASSETS = 30;
/** Priorities (from 1) with one empty cell each: on the first, second and third page. */
const WITH_GAP: Record<number, PlanningArea> = { 7: 'prevention', 23: 'incidentResponse', 41: 'socialDevelopment' };
const AREA_NAMES: Record<PlanningArea, string> = {
  socialDevelopment: 'Social development',
  prevention: 'Prevention',
  riskIntervention: 'Risk intervention',
  incidentResponse: 'Incident response',
};
const priority = (n: number) => `Priority ${String(n).padStart(2, '0')}`;

/** 45 priorities, a response in every cell but three, 30 assets waiting to be placed. */
function writeRegionalMatrix(dir: string): string {
  let n = 0;
  const ctx = { newId: () => `m-${++n}`, now: () => '2026-03-01T10:00:00.000Z' };
  const snap = emptySnapshot(newPlan({ name: 'Regional matrix', municipality: 'Region of Riverbend' }, ctx));
  const planId = snap.plan.id;
  const partner = newRecord('partners', planId, { name: 'Riverbend Police Service', sector: 'police' }, ctx);
  snap.partners = [partner];
  snap.risks = Array.from({ length: PRIORITIES }, (_, i) => newRecord('risks', planId, { title: priority(i + 1), order: i, isPriority: true }, ctx));
  snap.responses = snap.risks.flatMap((risk, i) =>
    PLANNING_AREAS.filter((area) => WITH_GAP[i + 1] !== area).map((area, a) =>
      newRecord('responses', planId, { riskId: risk.id, area, title: `Response ${i + 1}.${a + 1}`, leadPartnerId: partner.id, order: a }, ctx),
    ),
  );
  snap.cards = Array.from({ length: ASSETS }, (_, i) => newRecord('cards', planId, { text: `Asset ${i + 1}: a program that already runs`, kind: 'asset', order: i }, ctx));
  const path = join(dir, 'regional-matrix.cswb');
  writeFileSync(path, encodePlanFile(snap, { savedAt: '2026-03-01T10:00:00.000Z', appVersion: '0.1.0' }));
  return path;
}

test.use({ viewport: { width: 1600, height: 1000 } });

test.beforeEach(async ({ app, page, tmp }) => {
  await app.goto();
  await app.openFile(writeRegionalMatrix(tmp));
  await expect(page.getByRole('heading', { level: 1, name: 'Partners and participants' })).toBeVisible();
  await app.goToStage('Response matrix', 'Risk-to-response matrix');
});

test('rows a page at a time, every priority reachable by pager and by name', async ({ page }) => {
  const table = page.getByRole('table', { name: 'Priority risks by planning area' });
  const rows = table.getByRole('rowheader');
  const pager = page.getByRole('navigation', { name: 'Pages of priorities' });
  await expect(rows).toHaveCount(10);
  await expect(rows.first()).toHaveText(priority(1));
  await expect(pager).toContainText('Priorities 1–10 of 45 (page 1 of 5)');
  await expect(pager.getByRole('button', { name: 'Previous page' })).toBeDisabled();

  // Next page: the next 10 rows, and the keyboard on the first of them.
  await pager.getByRole('button', { name: 'Next page' }).click();
  await expect(rows.first()).toHaveText(priority(11));
  await expect(rows.first()).toBeFocused();
  await expect(rows).toHaveCount(10);
  for (const first of [21, 31, 41]) {
    await pager.getByRole('button', { name: 'Next page' }).click();
    await expect(rows.first()).toHaveText(priority(first));
  }
  await expect(rows).toHaveCount(5);
  await expect(pager).toContainText('Priorities 41–45 of 45 (page 5 of 5)');
  await expect(pager.getByRole('button', { name: 'Next page' })).toBeDisabled();

  // Straight to a priority by its name (the page's first priority is offered first): its page
  // opens and its row has the keyboard.
  const jump = page.getByRole('combobox', { name: 'Go to a priority' });
  await expect(jump).toHaveValue(priority(41));
  // Typed and picked from the list with Enter.
  await jump.fill('priority 30');
  await expect(page.getByRole('listbox', { name: 'Go to a priority' }).getByRole('option')).toHaveText([priority(30)]);
  await jump.press('Enter');
  await expect(table.getByRole('rowheader', { name: priority(30) })).toBeFocused();
  await expect(rows.first()).toHaveText(priority(21));
  // Chosen with the arrows ("priority 1" lists 10 to 19).
  await jump.fill('priority 1');
  await jump.press('ArrowDown');
  await jump.press('Enter');
  await expect(table.getByRole('rowheader', { name: priority(11) })).toBeFocused();
  // Another page offers its first priority; "Show" puts the keyboard on it.
  await pager.getByRole('button', { name: 'Previous page' }).click();
  await expect(jump).toHaveValue(priority(1));
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(table.getByRole('rowheader', { name: priority(1) })).toBeFocused();

  // The gap count covers every priority, not just the page.
  await expect(page.locator('.gap-summary')).toHaveText('3 gaps in 180 cells');

  // Pager, "Go to a priority" and the unfolded assets strip pass the automated WCAG checks.
  await page.getByRole('button', { name: 'Show the assets' }).click();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('only gaps: the priorities with a gap from every page, on one page', async ({ page }) => {
  const matrix = new MatrixPage(page);
  const table = page.getByRole('table', { name: 'Priority risks by planning area' });
  await page.getByRole('checkbox', { name: 'Show only gaps' }).check();
  await expect(table.getByRole('rowheader')).toHaveText([priority(7), priority(23), priority(41)]);
  await expect(page.getByText('42 priorities with a response in every planning area are hidden.')).toBeVisible();
  // Everything fits on one page: no pager.
  await expect(page.getByRole('navigation', { name: 'Pages of priorities' })).toHaveCount(0);
  for (const [n, area] of Object.entries(WITH_GAP)) await expect(matrix.cell(priority(Number(n)), AREA_NAMES[area])).toContainText('Gap');

  await page.getByRole('checkbox', { name: 'Show only gaps' }).uncheck();
  await expect(table.getByRole('rowheader')).toHaveCount(10);
});

test('the assets strip shows a few assets with their count, and more on request', async ({ page }) => {
  await expect(page.getByRole('heading', { name: '30 assets not in the matrix yet' })).toBeVisible();
  // More than a page of assets: the strip starts folded, so the matrix starts near the top.
  const list = page.getByRole('list', { name: 'Assets not in the matrix' });
  await expect(list).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the assets' }).click();
  const assets = list.getByRole('listitem');
  await expect(assets).toHaveCount(6);
  await expect(page.getByText('Showing 6 of 30 assets')).toBeVisible();
  for (const count of [12, 18, 24, 30]) {
    await page.getByRole('button', { name: 'Show 6 more' }).click();
    await expect(assets).toHaveCount(count);
  }
  await expect(page.getByRole('button', { name: /^Show \d+ more$/ })).toHaveCount(0);
  await expect(page.getByText('Showing 30 of 30 assets')).toBeVisible();
  await page.getByRole('button', { name: 'Show fewer' }).click();
  await expect(assets).toHaveCount(6);
  await page.getByRole('button', { name: 'Hide the assets' }).click();
  await expect(list).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the assets' }).click();

  // An asset of a later batch becomes a response through the keyboard dialog.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Show 6 more' }).click();
  await page.getByRole('button', { name: 'Place… make a response from the asset: Asset 20: a program that already runs' }).click();
  const dialog = page.getByRole('dialog', { name: 'Make a response from an asset' });
  await dialog.getByLabel('Priority risk').selectOption({ label: priority(7) });
  await dialog.getByRole('radio', { name: 'Prevention', exact: true }).check();
  await dialog.getByRole('button', { name: 'Add to the matrix' }).click();
  await expect(page.getByRole('heading', { name: '29 assets not in the matrix yet' })).toBeVisible();
  await expect(page.locator('.gap-summary')).toHaveText('2 gaps in 180 cells');
});

test('a response on a later page moves by keyboard; counts in French', async ({ page }) => {
  const matrix = new MatrixPage(page);
  await page.getByRole('combobox', { name: 'Go to a priority' }).fill(priority(23));
  await page.getByRole('combobox', { name: 'Go to a priority' }).press('Enter');
  await matrix.moveByKeyboard('Response 24.4', ['ArrowUp'], priority(23), 'Incident response');
  await expect(matrix.cell(priority(24), 'Incident response')).toContainText('Gap');
  await expect(page.locator('.gap-summary')).toHaveText('3 gaps in 180 cells');

  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('.gap-summary')).toHaveText('3 lacunes sur 180 cases');
  await expect(page.getByRole('heading', { name: '30 atouts pas encore dans la matrice' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Pages de priorités' })).toContainText('Priorités 21 à 30 sur 45 (page 3 sur 5)');
});
