/**
 * Moving a response with the keyboard, at the speed of someone who knows where it goes: arrow
 * keys pressed one after the other without waiting for the screen, then Space. The response must
 * land where the presses say (two areas right and one priority down), not one cell short.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { MatrixPage } from './pages/matrix-page';

const OD = 'Substance use and overdose';
const YMH = 'Youth mental health and access to services';
const IPV = 'Intimate partner and family violence';

test.beforeEach(async ({ app }) => {
  await app.openSample();
  await app.goToStage('Response matrix', 'Risk-to-response matrix');
});

/**
 * Picks the response up, then presses `keys` and Space without waiting in between (each press is
 * sent as soon as the previous one was delivered), on a CPU slowed down four times: a slower laptop
 * than the test machine, where the screen lags behind the keys as it does in the room.
 */
async function quickKeyboardMove(page: Page, title: string, keys: string[]): Promise<void> {
  await new MatrixPage(page).pickUpByKeyboard(title);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  try {
    for (const key of keys) await page.keyboard.press(key);
    await page.keyboard.press('Space');
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}

test('arrow keys pressed quickly move a response as many cells as were pressed', async ({ page }) => {
  const matrix = new MatrixPage(page);
  const title = 'Housing-first units';
  await expect(matrix.cell(OD, 'Social development')).toContainText(title);

  await quickKeyboardMove(page, title, ['ArrowRight', 'ArrowRight', 'ArrowDown']);

  await expect(matrix.cell(YMH, 'Risk intervention').getByText(title, { exact: true })).toBeVisible();
  await expect(matrix.cell(OD, 'Social development')).toContainText('Gap');
  await expect(page.getByRole('status').filter({ hasText: `“${title}” moved to ${YMH}, Risk intervention` })).toBeVisible();
});

test('quick presses past the edges of the grid and back and forth land on the right cell', async ({ page }) => {
  const matrix = new MatrixPage(page);
  const title = 'Situation table';
  await expect(matrix.cell(OD, 'Risk intervention')).toContainText(title);

  // Up from the first priority goes nowhere; down three times from it reaches the third (the
  // third press goes nowhere); left twice and right once: one area left.
  await quickKeyboardMove(page, title, ['ArrowUp', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowLeft', 'ArrowLeft', 'ArrowRight']);

  await expect(matrix.cell(IPV, 'Prevention').getByText(title, { exact: true })).toBeVisible();
  await expect(matrix.cell(OD, 'Risk intervention')).not.toContainText(title);
  await expect(matrix.cell(YMH, 'Prevention')).not.toContainText(title);
});
