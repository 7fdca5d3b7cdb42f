/**
 * The Riverbend input, entered by keyboard only: sixteen partners (name, Tab, sector, Enter), then
 * the twenty-two cards of the scenario with their kind and speaker (Alt+1..5, Alt+W), a few with
 * catalogue tags (Alt+T). Then the cards are found again with search and filters, edited in
 * place and deleted from the keyboard.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CARDS, PARTNERS } from '@core/sample/riverbend-data';
import { expect, test } from './fixtures';
import { CapturePage } from './pages/capture-page';

const catalogue = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../resources/locales/en/catalogue.json'), 'utf8')) as {
  sector: Record<string, string>;
  cardKind: Record<string, string>;
};
const partnerName = (key: string) => PARTNERS.find((p) => p.key === key)!.name;
const TAGGED: Record<string, string[]> = {
  'More overdose calls downtown since last winter': ['Overdose'],
  'Families losing rentals to renovictions': ['Risk of eviction', 'Poverty'],
  'Hate graffiti at the mosque and the Pride crosswalk': ['Hate incidents'],
};

test('the Riverbend input, entered by keyboard only', async ({ app, page }) => {
  test.setTimeout(180_000);
  const capture = new CapturePage(page);
  await app.goto();
  await app.newPlan('Riverbend by keyboard', 'Town of Riverbend');

  for (const p of PARTNERS) await capture.addPartnerByKeyboard(p.name, catalogue.sector[p.sector]!);
  await expect(capture.partnersTable().getByRole('rowheader')).toHaveCount(16);

  await app.goToStage('Capture input', 'Capture input');
  for (const c of CARDS) {
    const kind = catalogue.cardKind[c.kind]!;
    if (TAGGED[c.text]) await capture.captureWithTags(c.text, kind, partnerName(c.from), TAGGED[c.text]!);
    else await app.captureCard(c.text, kind, partnerName(c.from));
  }
  await expect(page.getByRole('heading', { name: '22 cards' })).toBeVisible();

  // Each card kept its kind, its speaker and its tags.
  const overdose = capture.card('More overdose calls downtown since last winter');
  await expect(overdose).toContainText('Risk');
  await expect(overdose).toContainText('Riverbend Police Service');
  await expect(overdose).toContainText('Overdose');
  await expect(capture.card('Families losing rentals to renovictions')).toContainText('Risk of eviction');
  await expect(capture.card('Families losing rentals to renovictions')).toContainText('Poverty');
  await expect(capture.card('Strong volunteer culture and service clubs')).toContainText('Protective factor');
  await expect(capture.card('Strong volunteer culture and service clubs')).toContainText('Downtown Business Improvement Area');

  // Search and filters: by kind, organisation, sector, tag and words.
  const filters = page.getByRole('search', { name: 'Find cards' });
  const items = capture.cardList().getByRole('listitem');
  await filters.getByLabel('Kind').selectOption({ label: 'Risk (8)' });
  await expect(items).toHaveCount(8);
  await filters.getByLabel('Organisation').selectOption({ label: 'Riverbend Police Service' });
  await expect(items).toHaveCount(2);
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(items).toHaveCount(22);
  await filters.getByLabel('Sector').selectOption({ label: 'Education' });
  await expect(items).toHaveCount(4);
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await filters.getByLabel('Tag').selectOption({ label: 'Poverty' });
  await expect(items).toHaveCount(1);
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await filters.getByLabel('Search').fill('mobile CRISIS');
  await expect(items).toHaveCount(2);
  await expect(page.getByText('2 cards of 22 match')).toBeVisible();
  await filters.getByLabel('Search').fill('surdose');
  await expect(items).toHaveCount(1);
  await filters.getByRole('button', { name: 'Clear filters' }).click();

  // Edit in place from the keyboard: the newest card is first; Enter edits, Enter saves.
  const first = items.first();
  await expect(first).toContainText('Peer mentoring for grade 9 students');
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  const editor = page.getByRole('form', { name: 'Edit card' });
  await expect(editor.getByLabel('What was said')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' and 10');
  await page.keyboard.press('Enter');
  await expect(editor).toBeHidden();
  await expect(capture.card('Peer mentoring for grade 9 students and 10')).toBeFocused();

  // Delete from the keyboard; focus moves to the next card.
  await page.keyboard.press('Delete');
  await expect(capture.cardList().getByText('Peer mentoring for grade 9 students and 10')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '21 cards' })).toBeVisible();
  await expect(capture.card('Landlord-tenant mediation before eviction filings')).toBeFocused();

  // A card with no text is refused with a message and adds nothing.
  await capture.captureForm().getByLabel('What was said').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Type the input first.');
  await expect(page.getByRole('heading', { name: '21 cards' })).toBeVisible();
});

test('Ctrl+Z in the empty capture box takes the card just added back out; Ctrl+Y puts it back', async ({ app, page }) => {
  const capture = new CapturePage(page);
  await app.goto();
  await app.newPlan('Slip of the keyboard');
  await app.addPartner('Riverbend Food Bank', 'Community and social services');
  await app.goToStage('Capture input', 'Capture input');
  await app.captureCard('Food bank visits by working families doubled', 'Risk', 'Riverbend Food Bank');
  const field = capture.captureForm().getByLabel('What was said');
  await expect(field).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('heading', { name: '0 cards' })).toBeVisible();
  await expect(page.getByText('Undone: add card').first()).toBeVisible();
  await page.keyboard.press('Control+y');
  await expect(capture.card('Food bank visits by working families doubled')).toBeVisible();
  // With text in the box, Ctrl+Z is the box's own undo and leaves the cards alone.
  await page.keyboard.type('Half a thought');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('heading', { name: '1 card' })).toBeVisible();
});
