/**
 * Dots typed with the arrow keys: each press counts from what the field shows, so two quick
 * presses give two dots, even before the first one is stored. An entry over the most dots on
 * one risk is refused and the field goes back to the stored value.
 */
import { expect, test } from './fixtures';
import { PrioritisationPage } from './pages/prioritisation-page';
import { PARTICIPANTS, RISKS } from '../../src/core/sample/riverbend-data';

test('two quick up-arrow presses give two dots; a refused entry goes back', async ({ app, page }) => {
  const p = new PrioritisationPage(page, app);
  await p.openSample();
  await p.voting();
  const person = PARTICIPANTS[0]!.name;
  await p.clearBallot(person);
  const risk = RISKS[0]!.title;
  const field = page.getByRole('spinbutton', { name: `Dots from ${person} on ${risk}` });
  await field.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp'); // not waiting for the first to be stored
  await expect(field).toHaveValue('2');
  await expect(p.ballotRow(person)).toContainText('2 of 5');
  // Kept: the stored value, after leaving the field and coming back.
  await page.reload();
  await expect(page.getByRole('spinbutton', { name: `Dots from ${person} on ${risk}` })).toHaveValue('2');
  // Over the most dots on one risk (2): refused, named, and the field shows the stored 2 again.
  const again = page.getByRole('spinbutton', { name: `Dots from ${person} on ${risk}` });
  await again.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('3');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(again).toHaveValue('2');
});
