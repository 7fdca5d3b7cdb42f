/**
 * At 200% zoom (640×400 CSS pixels, device scale factor 2) the key screens work, not only render:
 * one real change per stage of the sample workshop, through the same controls a facilitator uses,
 * checked in what the screen shows afterwards. Layout checks of every stage are in zoom.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { FilesPage } from './pages/files-page';

test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

const OD = 'Substance use and overdose';
const YMH = 'Youth mental health and access to services';
const SCHOOL_BOARD = 'Riverbend District School Board';

test.beforeEach(async ({ app }) => {
  await app.openSample();
});

test('partners: add an organisation', async ({ app }) => {
  await app.addPartner('Riverbend Public Library', 'Community and social services');
});

test('capture: add a card', async ({ app, page }) => {
  await app.goToStage('Capture input', 'Capture input');
  const form = page.getByRole('form', { name: 'Add an input card' });
  await form.getByLabel('What was said').fill('No late buses after the evening program');
  await form.getByRole('button', { name: 'Add card' }).click();
  await expect(page.getByRole('list', { name: 'Input cards' }).getByText('No late buses after the evening program', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '23 cards' })).toBeVisible();
});

test('risks: group a card into a new risk', async ({ app }) => {
  await app.goToStage('Group into risks', 'Group into candidate risks');
  await app.groupIntoRisk('Information sharing between agencies', ['We cannot share client information between agencies without consent']);
});

test('voting: move a dot on a full ballot', async ({ app }) => {
  await app.goToStage('Dot voting', 'Dot voting');
  // Tom's five dots are all placed: one comes off intimate partner violence, then goes on overdose.
  await app.vote('Tom Kowalski', 'Intimate partner and family violence', 0);
  await app.vote('Tom Kowalski', OD, 1);
});

test('scoring: add a criterion', async ({ app, page }) => {
  await app.goToStage('Criteria scoring', 'Criteria scoring');
  const form = page.getByRole('form', { name: 'Add a criterion' });
  await form.getByLabel('New criterion').fill('Equity impact');
  await form.getByRole('button', { name: 'Add criterion' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '5 criteria' })).toBeVisible();
});

test('results: hide and reveal the results', async ({ app, page }) => {
  await app.goToStage('Results', 'Results');
  await page.getByRole('button', { name: 'Hide results' }).click();
  await expect(page.getByText('Results are hidden until you reveal them.')).toBeVisible();
  await page.getByRole('button', { name: 'Reveal results' }).click();
  await expect(page.getByRole('button', { name: 'Hide results' })).toBeVisible();
});

test('matrix: add a response to a gap', async ({ app }) => {
  await app.goToStage('Response matrix', 'Risk-to-response matrix');
  await app.addResponse(YMH, 'Prevention', 'School nurse drop-in hours', 'New', SCHOOL_BOARD);
});

test('profiles: edit the problem statement', async ({ app, page }) => {
  await app.goToStage('Priority profiles', 'Priority profiles');
  const problem = page.getByRole('textbox', { name: 'Problem statement' });
  await problem.fill('Overdose calls downtown have doubled since 2023.');
  await problem.press('Tab');
  await expect(page.getByRole('status').filter({ hasText: 'Problem statement saved' })).toBeVisible();
});

test('outcomes: add an outcome in the dialog', async ({ app, page }) => {
  await app.goToStage('Outcomes and measures', 'Outcomes and measures');
  await page.getByRole('button', { name: `Add an outcome: ${YMH}` }).click();
  const dialog = page.getByRole('dialog', { name: `New outcome: ${YMH}` });
  await dialog.getByLabel('Outcome', { exact: true }).fill('Shorter waits for youth counselling');
  await dialog.getByLabel('Indicator').fill('Median wait in weeks');
  await dialog.getByRole('button', { name: 'Add outcome' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: YMH }).getByRole('row', { name: /Shorter waits for youth counselling/ })).toBeVisible();
});

test('action plan: change a status in place', async ({ app, page }) => {
  await app.goToStage('Action plan', 'Action plan');
  await page.getByRole('combobox', { name: 'Status of Housing-first units' }).selectOption({ label: 'Planned' });
  await expect(page.getByRole('status').filter({ hasText: '“Housing-first units” is now Planned' })).toBeVisible();
});

test('publish: export a table as CSV', async ({ page, tmp }) => {
  const files = new FilesPage(page);
  await files.openReports();
  await files.chooseCsvTable('Votes');
  const csv = readFileSync(await files.exportTo(tmp, 'Export as CSV…'), 'utf8');
  expect(csv.startsWith('\uFEFFParticipant,Organisation,Risk,Round,Dots\r\n')).toBe(true);
});
