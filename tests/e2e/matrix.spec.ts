/**
 * The risk-to-response matrix end to end: the Riverbend excerpt built from a plan with priorities
 * and assets (assets turned into responses by mouse, dialog and keyboard), gap marking, the
 * balance figures, who leads, one complete outcome with its measures, and the priority profile.
 */
import { expect, test } from './fixtures';
import { MatrixPage, writeRiverbendWithoutResponses } from './pages/matrix-page';

const OD = 'Substance use and overdose';
const YMH = 'Youth mental health and access to services';
const IPV = 'Intimate partner and family violence';
const SCHOOL_BOARD = 'Riverbend District School Board';

// A projector-sized window: the assets and the whole matrix fit, as in the room.
test.use({ viewport: { width: 1600, height: 1000 } });

test('build the Riverbend matrix excerpt, its gaps, balance and one measured outcome', async ({ app, page, tmp }) => {
  test.setTimeout(150_000);
  const matrix = new MatrixPage(page);
  await app.goto();
  await app.openFile(writeRiverbendWithoutResponses(tmp));
  await expect(page.getByRole('heading', { level: 1, name: 'Partners and participants' })).toBeVisible();
  await app.goToStage('Response matrix', 'Risk-to-response matrix');

  // An empty matrix: every cell is a gap, and the five assets wait to be placed.
  await expect(matrix.gapSummary()).toHaveText('12 gaps in 12 cells');
  await expect(matrix.gapCells()).toHaveCount(12);
  await expect(page.getByRole('heading', { name: '5 assets not in the matrix yet' })).toBeVisible();

  // Assets become existing responses in one move: by mouse, and by the keyboard dialog.
  await matrix.dragAssetTo('Naloxone kits distributed by public health and pharmacies', OD, 'Prevention');
  await expect(matrix.cell(OD, 'Prevention')).toContainText('Existing');
  await expect(matrix.cell(OD, 'Prevention')).toContainText('Riverbend General Hospital');
  await expect(page.getByRole('status').filter({ hasText: 'is now a response in Substance use and overdose, Prevention' })).toBeVisible();
  await matrix.placeAsset('Situation table meets weekly (since 2019)', 'Risk intervention', OD);
  await expect(matrix.cell(OD, 'Risk intervention')).toContainText('Riverbend Police Service');
  await matrix.placeAsset('Violent threat risk assessment protocol in all schools', 'Risk intervention', YMH);
  await expect(matrix.cell(YMH, 'Risk intervention')).toContainText(SCHOOL_BOARD);

  // A response moves between cells with the keyboard (two cells to the right), then is enhanced.
  const crisis = 'Mobile crisis team pairs an officer with a CMHA nurse, weekdays only';
  await matrix.placeAsset(crisis, 'Prevention', OD);
  await matrix.moveByKeyboard(crisis, ['ArrowRight', 'ArrowRight'], OD, 'Incident response');
  await expect(matrix.cell(OD, 'Prevention').getByText(crisis)).toHaveCount(0);
  await matrix.editResponse(crisis, async (dialog) => {
    await dialog.getByLabel('Response', { exact: true }).fill('Mobile crisis team on evenings and weekends');
    await dialog.getByLabel('Type').selectOption({ label: 'Enhanced' });
    await dialog.getByLabel('Status').selectOption({ label: 'Planned' });
    await dialog.getByLabel('Lead partner').selectOption({ label: 'Riverbend General Hospital' });
    await dialog.getByRole('checkbox', { name: 'Canadian Mental Health Association, Riverbend branch' }).check();
    await dialog.getByRole('checkbox', { name: 'Riverbend Police Service', exact: true }).check();
    await dialog.getByLabel('Timeline').fill('From spring 2026');
  });
  const incident = matrix.cell(OD, 'Incident response');
  await expect(incident).toContainText('Mobile crisis team on evenings and weekends');
  await expect(incident).toContainText('Enhanced');
  await expect(incident).toContainText('Planned');
  await expect(page.getByRole('heading', { name: '1 asset not in the matrix yet' })).toBeVisible();

  // New responses where nothing exists yet.
  await app.addResponse(OD, 'Social development', 'Housing-first units', 'New', 'Riverbend Housing Corporation');
  await app.addResponse(YMH, 'Social development', 'Peer mentoring for grade 9 students', 'New', SCHOOL_BOARD);
  await app.addResponse(IPV, 'Prevention', 'Healthy relationships curriculum', 'New', SCHOOL_BOARD);
  await app.addResponse(IPV, 'Risk intervention', 'High-risk intimate partner violence table', 'New', 'Riverbend Police Service');

  // Gaps: the four empty cells of the excerpt, and the "only gaps" filter.
  await expect(matrix.gapSummary()).toHaveText('4 gaps in 12 cells');
  await expect(matrix.gapCells()).toHaveCount(4);
  for (const [risk, area] of [
    [YMH, 'Prevention'],
    [YMH, 'Incident response'],
    [IPV, 'Social development'],
    [IPV, 'Incident response'],
  ] as const) {
    await expect(matrix.cell(risk, area)).toContainText('Gap');
  }
  await expect(matrix.cell(OD, 'Prevention')).not.toContainText('Gap');
  await page.getByRole('checkbox', { name: 'Show only gaps' }).check();
  const table = page.getByRole('table', { name: 'Priority risks by planning area' });
  await expect(table.getByRole('rowheader')).toHaveText([YMH, IPV]);
  await expect(page.getByText('1 priority with a response in every planning area is hidden.')).toBeVisible();
  await expect(matrix.cell(YMH, 'Social development')).toHaveText(/1 response \(hidden\)/);
  await page.getByRole('checkbox', { name: 'Show only gaps' }).uncheck();
  await expect(table.getByRole('rowheader')).toHaveCount(3);

  // Balance: 2, 2, 3 and 1 of 8 responses; the plan is mostly upstream.
  await matrix.openView('Balance');
  const figures = page.getByRole('table', { name: 'Responses per planning area, by priority' });
  await expect(figures.getByRole('row', { name: /^All priorities/ }).getByRole('cell')).toHaveText([
    '2 (25%)',
    '2 (25%)',
    '3 (38%)',
    '1 (13%)',
    '8',
    '✓ Mostly upstream',
  ]);
  await expect(figures.getByRole('row', { name: new RegExp(`^${OD}`) }).getByRole('cell')).toHaveText([
    '1 (25%)',
    '1 (25%)',
    '1 (25%)',
    '1 (25%)',
    '4',
    '✓ Mostly upstream',
  ]);
  await expect(page.locator('.balance-overall .recharts-label-list text')).toHaveText(['2 (25%)', '2 (25%)', '3 (38%)', '1 (13%)']);
  await expect(page.getByRole('note')).toHaveText(/Most effort is upstream: incident response is 1 of 8 responses \(13%\)/);

  // Two more incident responses tip the plan (3 of 10) and the IPV priority (2 of 4); undo restores it.
  await matrix.openView('Matrix');
  await app.addResponse(IPV, 'Incident response', 'More patrols', 'New', 'Riverbend Police Service');
  await app.addResponse(IPV, 'Incident response', 'Faster dispatch', 'New', 'Riverbend Police Service');
  await matrix.openView('Balance');
  await expect(page.getByRole('note')).toHaveText(/The plan leans on incident response: 3 of 10 responses \(30%\)/);
  await expect(figures.getByRole('row', { name: new RegExp(`^${IPV}`) })).toContainText('Leans on incident response');
  // The axis label wraps onto two SVG lines (tspans without a space between them).
  await expect(page.locator('.balance-per-priority .recharts-yAxis-tick-labels text').last()).toHaveText(/^⚠ Intimate partner and family\s*violence$/);
  await page.locator('body').click();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('note')).toHaveText(/Most effort is upstream/);

  // Who leads: health leads two overdose responses; fire has no role.
  await matrix.openView('Who leads and supports');
  const roles = page.getByRole('table', { name: 'Sectors by priority risk: responses led and supported' });
  await expect(roles.getByRole('row', { name: /^Health/ }).getByRole('cell').first()).toHaveText('Leads 2');
  await expect(roles.getByRole('row', { name: /^Fire services/ })).toContainText('No role yet');

  // One complete outcome with its measures; impossible entries are refused first.
  await app.goToStage('Outcomes and measures', 'Outcomes and measures');
  const section = page.getByRole('region', { name: OD });
  await expect(section).toContainText('No outcome yet.');
  await page.getByRole('button', { name: `Add an outcome: ${OD}` }).click();
  const dialog = page.getByRole('dialog', { name: `New outcome: ${OD}` });
  await dialog.getByLabel('Outcome', { exact: true }).fill('Fewer repeat overdose calls in the downtown core');
  await dialog.getByRole('radio', { name: 'Intermediate' }).check();
  await dialog.getByLabel('Baseline', { exact: true }).fill('41');
  await dialog.getByLabel('Baseline date').fill('2025');
  await dialog.getByLabel('Target', { exact: true }).fill('25');
  await dialog.getByLabel('Target date').fill('2024');
  await dialog.getByRole('button', { name: 'Add outcome' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('The outcome was not saved: 2 entries need a fix.');
  await expect(dialog.getByText('Name the indicator: without it the outcome cannot be measured.')).toBeVisible();
  await expect(dialog.getByText('The target date (2024) is before the baseline date (2025): a target comes after its baseline.')).toBeVisible();
  await expect(dialog.getByLabel('Indicator')).toBeFocused();
  await expect(dialog.getByLabel('Target date')).toHaveAttribute('aria-invalid', 'true');
  await expect(section).toContainText('No outcome yet.');

  await dialog.getByLabel('Indicator').fill('Repeat overdose calls per quarter');
  await dialog.getByLabel('Target date').fill('2029');
  await dialog.getByLabel('Data source').fill('Police CAD data');
  await dialog.getByLabel('Collection method').fill('Extract of calls coded as overdose in the downtown core');
  await dialog.getByLabel('Frequency').fill('Quarterly');
  await dialog.getByLabel('Responsibility').fill('CSWB coordinator');
  await dialog.getByRole('button', { name: 'Add outcome' }).click();
  await expect(dialog).toBeHidden();
  const row = section.getByRole('row', { name: /Fewer repeat overdose calls/ });
  const cells = row.getByRole('cell');
  await expect(cells.nth(0)).toHaveText('Repeat overdose calls per quarter');
  await expect(cells.nth(1)).toHaveText('41 (2025)');
  await expect(cells.nth(2)).toHaveText('25 (2029)');
  for (const measure of ['Data source: Police CAD data', 'Collection method: Extract of calls coded as overdose', 'Frequency: Quarterly']) {
    await expect(cells.nth(3)).toContainText(measure);
  }
  await expect(cells.nth(4)).toHaveText('CSWB coordinator');
  await expect(row).toContainText('Intermediate');
  await expect(row).not.toContainText('Missing');

  // The priority profile gathers the activities by area and the outcome at its level.
  await app.goToStage('Priority profiles', 'Priority profiles');
  await expect(page.getByRole('tab', { name: OD })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('list', { name: 'Activities: Incident response' })).toContainText('Mobile crisis team on evenings and weekends');
  await expect(page.getByRole('button', { name: 'Fewer repeat overdose calls in the downtown core' })).toBeVisible();

  // Everything is in the plan file: 8 responses, 4 from assets, and the outcome with its measures.
  const saved = await app.saveAs(tmp);
  const responses = saved.json.records.responses!;
  expect(responses).toHaveLength(8);
  expect(responses.filter((r) => r.sourceCardId !== null)).toHaveLength(4);
  expect(saved.json.records.outcomes).toEqual([
    expect.objectContaining({
      statement: 'Fewer repeat overdose calls in the downtown core',
      level: 'intermediate',
      indicator: 'Repeat overdose calls per quarter',
      baseline: '41',
      baselineDate: '2025',
      target: '25',
      targetDate: '2029',
      frequency: 'Quarterly',
      responsibility: 'CSWB coordinator',
    }),
  ]);
});
