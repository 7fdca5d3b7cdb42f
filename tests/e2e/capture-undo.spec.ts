/**
 * Every kind of change to partner input can be undone and redone from the keyboard (Ctrl+Z;
 * Ctrl+Shift+Z or Ctrl+Y), also after a reload; deleted cards and partners can be restored from
 * "Recently deleted", with their links.
 */
import { expect, test } from './fixtures';
import { CapturePage } from './pages/capture-page';
import type { Page } from '@playwright/test';

let redoKey = 'Control+Shift+z';

/** After a change: Ctrl+Z must bring back `before`, redo must bring back `after`. */
async function undoRedo(page: Page, label: string, after: () => Promise<void>, before: () => Promise<void>): Promise<void> {
  const board = new CapturePage(page);
  await after();
  await board.pressOutsideFields('Control+z');
  await expect(page.getByText(`Undone: ${label}`).first()).toBeVisible();
  await before();
  await board.pressOutsideFields(redoKey);
  await expect(page.getByText(`Redone: ${label}`).first()).toBeVisible();
  await after();
  redoKey = redoKey === 'Control+Shift+z' ? 'Control+y' : 'Control+Shift+z';
}

test('undo and redo of each kind of change, from the keyboard', async ({ app, page }) => {
  test.setTimeout(240_000);
  const board = new CapturePage(page);
  await app.goto();
  await app.newPlan('Undo everything');
  const partnerRow = (name: string) => board.partnersTable().getByRole('row', { name: new RegExp(name) });

  // Partners, participants, sessions.
  await app.addPartner('Riverbend Food Bank', 'Community and social services');
  await undoRedo(page, 'add partner', () => expect(partnerRow('Riverbend Food Bank')).toBeVisible(), () => expect(page.getByText('No organisations yet.')).toBeVisible());

  await board.setSeatsAndGroups('Riverbend Food Bank', ['Racialized groups']);
  await undoRedo(
    page,
    'edit partner',
    () => expect(partnerRow('Riverbend Food Bank')).toContainText('Racialized groups'),
    () => expect(partnerRow('Riverbend Food Bank')).not.toContainText('Racialized groups'),
  );

  await app.addParticipant('Tom Kowalski', 'Riverbend Food Bank');
  const people = page.getByRole('table', { name: 'Participants' });
  await undoRedo(page, 'add participant', () => expect(people.getByRole('rowheader', { name: 'Tom Kowalski' })).toBeVisible(), () => expect(page.getByText('No participants yet.')).toBeVisible());

  await page.getByRole('button', { name: 'Edit participant Tom Kowalski' }).click();
  const personDialog = page.getByRole('dialog', { name: 'Participant: Tom Kowalski' });
  await personDialog.getByLabel("Person's name").fill('Thomas Kowalski');
  await personDialog.getByRole('button', { name: 'Save' }).click();
  await undoRedo(
    page,
    'edit participant',
    () => expect(people.getByRole('rowheader', { name: 'Thomas Kowalski' })).toBeVisible(),
    () => expect(people.getByRole('rowheader', { name: 'Tom Kowalski' })).toBeVisible(),
  );

  await board.openTab(/session/);
  const addSession = page.getByRole('form', { name: 'Add a session' });
  await addSession.getByLabel('Title').fill('Session 1');
  await addSession.getByRole('button', { name: 'Add session' }).click();
  const sessionHeading = page.getByRole('heading', { name: 'Session 1' });
  await undoRedo(page, 'add session', () => expect(sessionHeading).toBeVisible(), () => expect(page.getByText('No sessions yet.')).toBeVisible());

  await page.getByRole('button', { name: 'Attendance at Session 1' }).click();
  const attendance = page.getByRole('dialog', { name: 'Who attended Session 1' });
  await attendance.getByRole('button', { name: 'Everyone' }).click();
  await attendance.getByRole('button', { name: 'Save attendance' }).click();
  await undoRedo(page, 'attendance', () => expect(page.getByText('1 of 1 participants attended')).toBeVisible(), () => expect(page.getByText('0 of 1 participants attended')).toBeVisible());

  await page.getByRole('button', { name: 'Delete session Session 1' }).click();
  await undoRedo(page, 'delete session', () => expect(sessionHeading).toHaveCount(0), () => expect(sessionHeading).toBeVisible());

  // Cards: import, add, edit, delete.
  await app.goToStage('Capture input', 'Capture input');
  await board.importFile('survey-row-problems.csv', 2);
  await undoRedo(page, 'survey import', () => expect(page.getByRole('heading', { name: '2 cards' })).toBeVisible(), () => expect(page.getByRole('heading', { name: '0 cards' })).toBeVisible());

  await app.captureCard('Every program here is funded for one year at a time', 'Challenge', 'Riverbend Food Bank');
  const funded = board.card('Every program here is funded for one year at a time');
  await undoRedo(page, 'add card', () => expect(funded).toBeVisible(), () => expect(page.getByRole('heading', { name: '2 cards' })).toBeVisible());

  await funded.getByRole('button', { name: /^Edit card/ }).click();
  const editor = page.getByRole('form', { name: 'Edit card' });
  await editor.getByRole('combobox', { name: /^Kind/ }).selectOption({ label: 'Idea' });
  await editor.getByRole('button', { name: 'Save card' }).click();
  await undoRedo(page, 'edit card', () => expect(funded).toContainText('Idea'), () => expect(funded).toContainText('Challenge'));

  await funded.getByRole('button', { name: /^Delete card/ }).click();
  await undoRedo(page, 'delete card', () => expect(funded).toHaveCount(0), () => expect(funded).toBeVisible());

  // Grouping: create, move, rename, merge, delete.
  await app.goToStage('Group into risks', 'Group into candidate risks');
  await app.groupIntoRisk('Funding', ['Food bank visits by working families doubled']);
  await undoRedo(page, 'create risk', () => expect(board.riskCards('Funding')).toBeVisible(), () => expect(page.getByRole('heading', { name: '0 candidate risks' })).toBeVisible());

  await board.checkbox('Situation table meets weekly').focus();
  await page.keyboard.press('1');
  await undoRedo(
    page,
    'move cards',
    () => expect(board.riskCards('Funding').getByText('Situation table meets weekly')).toBeVisible(),
    () => expect(board.ungrouped().getByText('Situation table meets weekly')).toBeVisible(),
  );

  await page.getByRole('button', { name: 'Rename risk Funding' }).click();
  await page.getByRole('form', { name: 'Rename risk Funding' }).getByRole('textbox').fill('Short-term funding');
  await page.keyboard.press('Enter');
  await undoRedo(page, 'edit risk', () => expect(board.riskCards('Short-term funding')).toBeVisible(), () => expect(board.riskCards('Funding')).toBeVisible());

  await app.groupIntoRisk('Program funding', []);
  await page.getByRole('button', { name: 'Merge risk Program funding into another' }).click();
  const merge = page.getByRole('dialog', { name: 'Merge “Program funding” into another risk' });
  await merge.getByRole('combobox').selectOption({ label: 'Short-term funding' });
  await merge.getByRole('button', { name: 'Merge' }).click();
  await undoRedo(
    page,
    'merge risks',
    () => expect(page.getByRole('heading', { name: '1 candidate risk' })).toBeVisible(),
    () => expect(page.getByRole('heading', { name: 'Program funding' })).toBeVisible(),
  );

  await page.getByRole('button', { name: 'Delete risk Short-term funding' }).click();
  await undoRedo(page, 'delete risk', () => expect(page.getByRole('heading', { name: '0 candidate risks' })).toBeVisible(), () => expect(board.riskCards('Short-term funding')).toBeVisible());

  // Undo and redo survive a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Group into candidate risks' })).toBeVisible();
  await board.pressOutsideFields('Control+z');
  await expect(board.riskCards('Short-term funding')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Group into candidate risks' })).toBeVisible();
  await board.pressOutsideFields('Control+y');
  await expect(page.getByRole('heading', { name: '0 candidate risks' })).toBeVisible();
});

test('deleted cards and partners come back from "Recently deleted", with their links', async ({ app, page }) => {
  const board = new CapturePage(page);
  await app.goto();
  await app.newPlan('Restore check');
  await app.addPartner('Riverbend Food Bank', 'Community and social services');
  await app.goToStage('Capture input', 'Capture input');
  await app.captureCard('Food bank visits by working families doubled', 'Risk', 'Riverbend Food Bank');
  await app.captureCard('Every program here is funded for one year at a time', 'Challenge', 'Riverbend Food Bank');

  await board.card('Food bank visits by working families doubled').getByRole('button', { name: /^Delete card/ }).click();
  await board.card('Every program here is funded for one year at a time').getByRole('button', { name: /^Delete card/ }).click();
  await expect(page.getByRole('heading', { name: '0 cards' })).toBeVisible();
  await page.getByText('Recently deleted cards').click();
  await page.getByRole('button', { name: 'Restore Food bank visits by working families doubled' }).click();
  await expect(board.card('Food bank visits by working families doubled')).toContainText('Riverbend Food Bank');
  await expect(page.getByRole('button', { name: 'Restore Food bank visits by working families doubled' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Restore Every program here is funded for one year at a time' })).toBeVisible();

  // Deleting the partner unlinks its card; restoring it links the card again.
  await app.goToStage('Partners', 'Partners and participants');
  await page.getByRole('button', { name: 'Delete partner Riverbend Food Bank' }).click();
  await expect(page.getByText('No organisations yet.')).toBeVisible();
  await app.goToStage('Capture input', 'Capture input');
  await expect(board.card('Food bank visits by working families doubled')).toContainText('Anonymous');
  await app.goToStage('Partners', 'Partners and participants');
  await page.getByText('Recently deleted partners').click();
  await page.getByRole('button', { name: 'Restore Riverbend Food Bank' }).click();
  await expect(board.partnersTable().getByRole('rowheader', { name: 'Riverbend Food Bank' })).toBeVisible();
  await app.goToStage('Capture input', 'Capture input');
  await expect(board.card('Food bank visits by working families doubled')).toContainText('Riverbend Food Bank');
});
