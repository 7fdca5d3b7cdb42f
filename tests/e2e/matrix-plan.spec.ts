/**
 * From the matrix to the plan: the action plan (sort, filter, status in place, edit and move a
 * response), the priority profiles (text saved on leaving a field, workshop protective factors,
 * risk categories, undo) and the matrix screens in French. All on the Riverbend sample workshop.
 */
import { expect, test } from './fixtures';
import { MatrixPage } from './pages/matrix-page';

const YMH = 'Youth mental health and access to services';
const IPV = 'Intimate partner and family violence';

test.beforeEach(async ({ app }) => {
  await app.openSample();
});

test('action plan: sort, filter, change a status and move a response', async ({ app, page }) => {
  await app.goToStage('Action plan', 'Action plan');
  const table = page.getByRole('table', { name: 'Action plan: responses with lead, status and timeline' });
  const titles = table.getByRole('button', { name: /^Edit response:/ });
  const count = page.getByText(/^Showing \d+ of 8 responses$/);
  await expect(count).toHaveText('Showing 8 of 8 responses');
  await expect(titles.first()).toHaveText('Housing-first units');

  // Sort by lead partner, then reverse it.
  await table.getByRole('button', { name: 'Lead partner' }).click();
  await expect(table.getByRole('columnheader', { name: 'Lead partner' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(titles).toHaveText([
    'Peer mentoring for grade 9 students',
    'Violent threat risk assessment (VTRA) protocol',
    'Healthy relationships curriculum',
    'Naloxone distribution',
    'Mobile crisis team on evenings and weekends',
    'Housing-first units',
    'Situation table',
    'High-risk intimate partner violence table',
  ]);
  await table.getByRole('button', { name: 'Lead partner' }).click();
  await expect(table.getByRole('columnheader', { name: 'Lead partner' })).toHaveAttribute('aria-sort', 'descending');
  await expect(titles.first()).toHaveText('Situation table');

  // Filters: status, words (accents and case ignored), lead, and clearing them.
  const filters = page.getByRole('search', { name: 'Filter the action plan' });
  await filters.getByLabel('Status').selectOption({ label: 'In progress' });
  await expect(count).toHaveText('Showing 3 of 8 responses');
  await filters.getByLabel('Search').fill('vtra');
  await expect(titles).toHaveText(['Violent threat risk assessment (VTRA) protocol']);
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count).toHaveText('Showing 8 of 8 responses');
  await filters.getByLabel('Lead partner').selectOption({ label: 'No lead yet' });
  await expect(page.getByText('No response matches these filters.')).toBeVisible();
  await filters.getByRole('button', { name: 'Clear filters' }).click();

  // Status changed in place, then found by the status filter.
  await table.getByRole('combobox', { name: 'Status of Housing-first units' }).selectOption({ label: 'Planned' });
  await expect(page.getByRole('status').filter({ hasText: '“Housing-first units” is now Planned' })).toBeVisible();
  await filters.getByLabel('Status').selectOption({ label: 'Planned' });
  await expect(titles).toHaveText(['Housing-first units', 'Mobile crisis team on evenings and weekends']);
  await filters.getByRole('button', { name: 'Clear filters' }).click();

  // Editing a response's planning area moves it in the matrix and fills a gap.
  await titles.filter({ hasText: 'Healthy relationships curriculum' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit response: Healthy relationships curriculum' });
  await dialog.getByLabel('Planning area').selectOption({ label: 'Social development' });
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(table.getByRole('row', { name: /Healthy relationships curriculum/ })).toContainText('Social development');
  await app.goToStage('Response matrix', 'Risk-to-response matrix');
  const matrix = new MatrixPage(page);
  await expect(matrix.cell(IPV, 'Social development')).toContainText('Healthy relationships curriculum');
  await expect(matrix.cell(IPV, 'Prevention')).toContainText('Gap');
  await expect(matrix.gapSummary()).toHaveText('4 gaps in 12 cells');
});

test('priority profile: text saved on leaving a field, workshop protective factors, categories, undo', async ({ app, page }) => {
  await app.goToStage('Priority profiles', 'Priority profiles');
  const tabs = page.getByRole('tablist', { name: 'Priorities' });
  // Keyboard between priorities, as the tab pattern says.
  await tabs.getByRole('tab', { selected: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: YMH })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { level: 2, name: YMH })).toBeVisible();

  const problem = page.getByRole('textbox', { name: 'Problem statement' });
  await problem.fill('Youth wait 9 months for counselling (CMHA, 2025); 1 in 5 grade 9 students report anxiety.');
  await problem.press('Tab');
  await expect(page.getByRole('status').filter({ hasText: 'Problem statement saved' })).toBeVisible();

  const protective = page.getByRole('textbox', { name: 'Protective factors in the community' });
  const card = 'High trust in the Friendship Centre among Indigenous youth';
  await page.getByRole('button', { name: `Add to the profile: ${card}` }).click();
  await expect(protective).toHaveValue(new RegExp(`${card}$`));
  await expect(page.getByText('In the profile')).toBeVisible();
  // Focus out of any text field (there Ctrl+Z undoes typing), then undo the last change.
  await page.getByRole('heading', { level: 1, name: 'Priority profiles' }).click();
  await page.keyboard.press('Control+z');
  await expect(protective).not.toHaveValue(new RegExp(card));
  await expect(page.getByRole('button', { name: `Add to the profile: ${card}` })).toBeVisible();

  await page.getByText('Change risk categories').click();
  // The box shows the stored categories, so it turns checked once the change is written.
  const suicide = page.getByRole('checkbox', { name: 'Suicide', exact: true });
  await suicide.click();
  await expect(suicide).toBeChecked();
  await expect(page.getByRole('list', { name: `Risk factors: ${YMH}` })).toContainText('Suicide');

  // Activities by area show the gaps of this priority.
  await expect(page.getByRole('list', { name: 'Activities: Social development' })).toContainText('Peer mentoring for grade 9 students');
  await expect(page.locator('.area-block.area-prevention')).toContainText('Gap');

  // Saved in the database: still there after a reload.
  await page.reload();
  await page.getByRole('tab', { name: YMH }).click();
  await expect(page.getByRole('textbox', { name: 'Problem statement' })).toHaveValue(/1 in 5 grade 9 students report anxiety\.$/);
  await expect(page.getByRole('list', { name: `Risk factors: ${YMH}` })).toContainText('Suicide');
});

test('the matrix screens in French', async ({ app, page }) => {
  await app.goToStage('Response matrix', 'Risk-to-response matrix');
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Matrice risques-interventions' })).toBeVisible();
  await expect(page.locator('.gap-summary')).toHaveText('4 lacunes sur 12 cases');
  await expect(page.getByRole('cell', { name: `Intimate partner and family violence, Intervention en cas d’incident` })).toContainText('Lacune');
  await page.getByRole('tab', { name: 'Équilibre' }).click();
  await expect(page.getByRole('note')).toContainText('L’essentiel de l’effort est en amont');
  await expect(page.getByRole('table', { name: 'Interventions par domaine de planification, par priorité' })).toContainText('Surtout en amont');
});
