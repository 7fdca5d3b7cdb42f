/**
 * A plan with 2,000 cards: the cards arrive by a survey import (one change); the list and the
 * grouping board show a page at a time; typing, adding and searching still do the right thing at
 * that size. How fast is the benchmark's job (`npm run bench`, docs/performance.md), not a test's.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { CapturePage } from './pages/capture-page';

const ORGS = ['Riverbend Police Service', 'Riverbend General Hospital', 'Riverbend Food Bank', 'Riverbend District School Board', 'Anishinaabe Friendship Centre'];
const KINDS = ['Risk', 'Challenge', 'Asset', 'Protective factor', 'Idea'];
const TOPICS = ['overdose calls downtown', 'youth counselling waitlist', 'rent increases and evictions', 'isolated seniors in winter', 'food bank visits', 'hate graffiti', 'no evening transit'];
const TABLES = ['north', 'south', 'east', 'west', 'centre'];

function bigSurvey(dir: string, rows: number): string {
  const lines = ['Organisation,Type,Comment'];
  for (let i = 0; i < rows; i++) lines.push(`${ORGS[i % ORGS.length]},${KINDS[i % KINDS.length]},"Response ${i}: ${TOPICS[i % 7]}, heard at the ${TABLES[i % 5]} table"`);
  const path = join(dir, 'big-survey.csv');
  writeFileSync(path, lines.join('\r\n'));
  return path;
}

test('2,000 cards: a page at a time, a new card on top, a search finds exactly its matches', async ({ app, page, tmp }) => {
  test.setTimeout(180_000);
  const capture = new CapturePage(page);
  await app.goto();
  await app.newPlan('Big plan');
  await app.goToStage('Capture input', 'Capture input');
  // The generated answers look alike, so the import flags many as likely duplicates: keep them all.
  const dialog = await capture.openImport(bigSurvey(tmp, 2000));
  await dialog.getByLabel('Import likely duplicates too').check();
  await dialog.getByRole('button', { name: 'Import 2000 cards' }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: '2,000 cards' })).toBeVisible();
  // A page at a time: the list does not render 2,000 cards at once.
  await expect(capture.cardList().getByRole('listitem')).toHaveCount(100);
  await expect(page.getByText('Showing 100 of 2,000')).toBeVisible();

  const field = capture.captureForm().getByLabel('What was said');
  await field.focus();
  const text = 'Peer mentoring for grade 9 students, twice a week';
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
  await page.keyboard.press('Enter');
  await expect(capture.cardList().getByRole('listitem').first()).toContainText(text);
  await expect(page.getByRole('heading', { name: '2,001 cards' })).toBeVisible();
  await expect(field).toHaveValue('');

  const search = page.getByRole('search', { name: 'Find cards' }).getByLabel('Search');
  // Evictions (i % 7 = 2) at the west table (i % 5 = 3): i = 23 + 35k, 57 rows below 2,000.
  await search.fill('evictions west');
  await expect(page.getByText('57 cards of 2,001 match')).toBeVisible();
  await expect(capture.cardList().getByRole('listitem')).toHaveCount(57);
  for (const item of await capture.cardList().getByRole('listitem').all()) await expect(item).toContainText(/evictions, heard at the west table/);

  await app.goToStage('Group into risks', 'Group into candidate risks');
  await expect(page.getByRole('heading', { name: '2,001 cards not grouped' })).toBeVisible();
  await expect(capture.ungrouped().getByRole('listitem')).toHaveCount(100);
});
