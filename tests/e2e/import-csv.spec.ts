/**
 * Importing pre-workshop survey exports: well-formed files (UTF-8 with a byte order mark and
 * commas; Windows-1252 with semicolons), malformed ones (each refused or flagged with its own
 * message), likely duplicates, and a cancelled import that changes nothing.
 */
import { expect, test } from './fixtures';
import { CapturePage } from './pages/capture-page';

test.beforeEach(async ({ app }) => {
  await app.goto();
  await app.newPlan('Survey import');
});

test('a UTF-8 survey with quoted commas and line breaks: preview, import into a session, then its duplicates', async ({ app, page }) => {
  const capture = new CapturePage(page);
  await capture.openTab(/session/);
  const form = page.getByRole('form', { name: 'Add a session' });
  await form.getByLabel('Title').fill('Pre-workshop survey');
  await form.getByRole('button', { name: 'Add session' }).click();
  await expect(page.getByRole('heading', { name: 'Pre-workshop survey' })).toBeVisible();

  await app.goToStage('Capture input', 'Capture input');
  const dialog = await capture.openImport('survey-utf8-bom.csv');
  await expect(dialog.getByRole('status')).toHaveText(
    'survey-utf8-bom.csv: 6 rows, read as UTF-8, separator: Comma. (The file starts with a byte order mark; it was ignored.)',
  );
  // The columns were recognised from their names.
  await expect(dialog.getByRole('combobox', { name: /^Text of the card/ })).toHaveValue('4');
  await expect(dialog.getByRole('combobox', { name: /^Organisation/ })).toHaveValue('1');
  const summary = dialog.getByRole('list', { name: 'Import summary' });
  await expect(summary).toContainText('6 cards will be imported');
  await expect(summary).toContainText("5 new partners: Riverbend Food Bank, Riverbend Housing Corporation, Seniors' Active Living Centre, Riverbend Youth Hub, Conseil scolaire catholique Riverbend");
  const preview = dialog.getByRole('table', { name: 'Rows of the file and what will happen to each' });
  await expect(preview.getByRole('row', { name: /^3 / })).toContainText('“Sam Okafor” is not a participant');
  await expect(preview.getByRole('row', { name: /^7 / })).toContainText('Challenge');
  await expect(preview.getByRole('row', { name: /^7 / })).toContainText('Mental health');
  // Nothing is written before the confirmation.
  await expect(page.getByRole('heading', { name: '0 cards' })).toBeVisible();

  await dialog.getByRole('combobox', { name: /^Import into session/ }).selectOption({ label: 'Pre-workshop survey' });
  await dialog.getByRole('button', { name: 'Import 6 cards' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Imported 6 cards and added 5 partners').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: '6 cards' })).toBeVisible();
  const multiline = capture.card('No transit from the township to services in town.\nThe last bus leaves at 5 p.m.');
  await expect(multiline).toContainText('Challenge');
  await expect(multiline).toContainText("Seniors' Active Living Centre");
  await expect(multiline).toContainText('Pre-workshop survey');
  await expect(multiline).toContainText('Social isolation');
  await expect(capture.card('Drop-in "Youth Night" every Friday')).toContainText('Riverbend Youth Hub');
  await expect(capture.card('Landlord-tenant mediation, before eviction filings')).toContainText('Idea');

  // The same file again: every row is a likely duplicate, and is left out unless asked.
  const again = await capture.openImport('survey-utf8-bom.csv');
  await expect(again.getByRole('list', { name: 'Import summary' })).toContainText('6 likely duplicates');
  await expect(again.getByRole('button', { name: 'Import 0 cards' })).toBeDisabled();
  await expect(again.getByRole('table').getByRole('row', { name: /^2 / })).toContainText('Likely duplicate of the card “Food bank visits by working families doubled”.');
  await again.getByLabel('Import likely duplicates too').check();
  await expect(again.getByRole('button', { name: 'Import 6 cards' })).toBeEnabled();
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: '6 cards' })).toBeVisible();
});

test('a Windows-1252 file with semicolons reads its accents right; the encoding can be forced', async ({ page }) => {
  const capture = new CapturePage(page);
  await page.getByRole('navigation', { name: 'Workshop stages' }).getByRole('link', { name: 'Capture input' }).click();
  const dialog = await capture.openImport('sondage-windows-1252.csv');
  await expect(dialog.getByRole('status')).toHaveText('sondage-windows-1252.csv: 3 rows, read as Windows-1252 (older Excel), separator: Semicolon.');
  const preview = dialog.getByRole('table');
  await expect(preview).toContainText("Aînés isolés dans le canton rural, surtout l'hiver");
  await expect(preview).toContainText('Épicerie solidaire; prix réduits pour les familles');
  await expect(preview.getByRole('row', { name: /^3 / })).toContainText('“Aînés” is not a sector in the list; left out.');
  await expect(preview.getByRole('row', { name: /^2 / })).toContainText("Centre d'amitié autochtone (new partner)");
  // Read as UTF-8 on purpose, the accents break: the user sees why auto-detection matters.
  await dialog.getByRole('combobox', { name: /^Encoding/ }).selectOption({ label: 'UTF-8' });
  await expect(preview).toContainText('A�n�s');
  await dialog.getByRole('combobox', { name: /^Encoding/ }).selectOption({ label: 'Detect automatically' });
  await dialog.getByRole('button', { name: 'Import 3 cards' }).click();
  await expect(capture.card("Aînés isolés dans le canton rural, surtout l'hiver")).toContainText('Social isolation');
});

test('malformed files are refused with a message naming the problem, and nothing can be imported', async ({ page }) => {
  const capture = new CapturePage(page);
  await page.getByRole('navigation', { name: 'Workshop stages' }).getByRole('link', { name: 'Capture input' }).click();
  const cases: [string, string][] = [
    ['survey-unclosed-quote.csv', 'Row 3 of survey-unclosed-quote.csv opens a quoted field that is never closed, so the rest of the file would become one card. Fix that row (add the closing ") and import again.'],
    ['survey-only-header.csv', 'survey-only-header.csv has column names but no answers below them.'],
    ['survey-empty.csv', 'survey-empty.csv is empty: there is nothing to import.'],
    ['survey.xlsx', 'survey.xlsx is a spreadsheet workbook, not a CSV file. In the spreadsheet, use Save As and choose CSV, then import that file.'],
  ];
  for (const [file, message] of cases) {
    const dialog = await capture.openImport(file);
    await expect(dialog.getByRole('alert')).toHaveText(message);
    await expect(dialog.getByRole('button', { name: /^Import \d+ card/ })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(page.getByRole('heading', { name: '0 cards' })).toBeVisible();
});

test('rows with problems are named one by one and skipped; the rest imports', async ({ page }) => {
  const capture = new CapturePage(page);
  await page.getByRole('navigation', { name: 'Workshop stages' }).getByRole('link', { name: 'Capture input' }).click();
  const dialog = await capture.openImport('survey-row-problems.csv');
  const summary = dialog.getByRole('list', { name: 'Import summary' });
  await expect(summary).toContainText('2 cards will be imported');
  await expect(summary).toContainText('3 rows skipped because of a problem');
  await expect(summary).toContainText('1 likely duplicate');
  const row = (n: number) => dialog.getByRole('table').getByRole('row', { name: new RegExp(`^${n} `) });
  await expect(row(2)).toContainText('Imported');
  await expect(row(3)).toContainText('SkippedNo text in the “Comment” column.');
  await expect(row(4)).toContainText('4 fields where the header has 3: a comma or line break is probably outside quotes.');
  await expect(row(5)).toContainText('“Opportunity” is not a kind of input; imported as Risk.');
  await expect(row(6)).toContainText('Likely duplicate of row 2.');
  await expect(row(7)).toContainText('The text has 2001 characters; a card holds at most 2000.');
  await dialog.getByLabel('Show only rows with something to check (5)').check();
  await expect(dialog.getByRole('table').getByRole('row')).toHaveCount(6);
  await dialog.getByRole('button', { name: 'Import 2 cards' }).click();
  await expect(page.getByRole('heading', { name: '2 cards' })).toBeVisible();
  await expect(capture.card('Situation table meets weekly')).toContainText('Risk');
});

test('a cancelled import changes nothing: no cards, no partners, nothing to undo', async ({ app, page }) => {
  const capture = new CapturePage(page);
  const undoButton = page.getByRole('toolbar', { name: 'Plan actions' }).getByRole('button', { name: 'Undo' });
  await app.goToStage('Capture input', 'Capture input');
  await expect(undoButton).toBeDisabled();
  const dialog = await capture.openImport('survey-utf8-bom.csv');
  await expect(dialog.getByRole('button', { name: 'Import 6 cards' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  // Escape cancels too.
  const again = await capture.openImport('survey-utf8-bom.csv');
  await expect(again.getByRole('button', { name: 'Import 6 cards' })).toBeEnabled();
  await page.keyboard.press('Escape');
  await expect(again).toBeHidden();
  await expect(page.getByRole('heading', { name: '0 cards' })).toBeVisible();
  await expect(undoButton).toBeDisabled();
  await app.goToStage('Partners', 'Partners and participants');
  await expect(page.getByRole('tab', { name: '0 organisations' })).toBeVisible();
  await expect(page.getByText('No organisations yet.')).toBeVisible();
});
