/**
 * Every audience layout, readable from the back row: at 1280x720 no text on screen is smaller
 * than 24px and nothing is cut off; screenshots at 1280x720 and 1920x1080 go to
 * /tmp/shots-presenter/ (outside the repo) to be looked at.
 */
import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { riverbendForPresenting, writePlanFile, PresenterPage, type AudienceWindow } from './pages/presenter-page';

const SHOTS = process.env.PRESENTER_SHOTS ?? '/tmp/shots-presenter';
const OD = 'Substance use and overdose';

async function check(audience: AudienceWindow, name: string): Promise<void> {
  await audience.page.setViewportSize({ width: 1280, height: 720 });
  await expect.soft.poll(() => audience.textSmallerThan(24), { message: `${name}: text below 24px at 1280x720` }).toEqual([]);
  expect.soft(await audience.overflows(), `${name}: content cut off at 1280x720`).toEqual({ vertical: 0, horizontal: 0 });
  await audience.page.screenshot({ path: `${SHOTS}/${name}-1280x720.png` });
  await audience.page.setViewportSize({ width: 1920, height: 1080 });
  await expect.soft.poll(() => audience.textSmallerThan(36), { message: `${name}: text did not scale to 1920x1080` }).toEqual([]);
  expect.soft(await audience.overflows(), `${name}: content cut off at 1920x1080`).toEqual({ vertical: 0, horizontal: 0 });
  await audience.page.screenshot({ path: `${SHOTS}/${name}-1920x1080.png` });
  await audience.page.setViewportSize({ width: 1280, height: 720 });
}

test('every audience layout is readable at 1280x720 and 1920x1080', async ({ app, page, tmp }) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  await app.goto();
  await app.openFile(writePlanFile(tmp, riverbendForPresenting()));
  await expect(page.getByRole('heading', { level: 1, name: 'Partners and participants' })).toBeVisible();
  const presenter = new PresenterPage(page);
  const audience = await presenter.start();

  await audience.expectShowing('welcome', 'Riverbend presenting test');
  await check(audience, '01-welcome');
  await presenter.goToStep('2. What we are hearing');
  await audience.expectShowing('capture', 'What we are hearing');
  await check(audience, '02-capture');
  await presenter.goToStep('3. Grouping into candidate risks');
  await audience.expectShowing('grouping', 'Grouping into candidate risks');
  await check(audience, '03-grouping');
  await presenter.spotlight(OD);
  await audience.expectShowing('grouping', OD);
  await check(audience, '03b-grouping-spotlight');
  await presenter.spotlight(null);
  await presenter.goToStep('4. Setting priorities');
  await audience.expectShowing('voting', 'Dot voting · round 1');
  await check(audience, '04-voting');
  await app.goToStage('Criteria scoring', 'Criteria scoring');
  await audience.expectShowing('scoring', 'Criteria scoring');
  await check(audience, '04b-scoring');
  await presenter.goToStep('5. Results');
  await audience.expectShowing('resultsHidden', 'Results of the dot vote');
  await check(audience, '05-results-hidden');
  await presenter.button('Reveal to the room').click();
  await audience.expectShowing('results', 'Results of the dot vote');
  await check(audience, '05b-results-dots');
  await page.screenshot({ path: `${SHOTS}/00-facilitator-results.png` });
  await presenter.controls.getByLabel('Results', { exact: true }).selectOption({ label: 'Criteria scores' });
  await presenter.button('Reveal to the room').click();
  await audience.expectShowing('results', /^Results of the criteria scoring · Weighted criteria/);
  await check(audience, '05c-results-scores');
  await presenter.goToStep('6. Priorities and responses');
  await audience.expectShowing('matrix', 'Priorities and responses');
  await check(audience, '06-matrix');
  await presenter.spotlight(OD);
  await audience.expectShowing('matrix', OD);
  await check(audience, '06b-matrix-spotlight');
  await page.screenshot({ path: `${SHOTS}/00-facilitator-matrix-spotlight.png` });
  await presenter.spotlight(null);
  await presenter.goToStep('7. Outcomes and measures');
  await audience.expectShowing('outcomes', 'Outcomes and measures');
  await check(audience, '07-outcomes');
  await presenter.goToStep('8. Wrap-up');
  await audience.expectShowing('wrapUp', 'Thank you');
  await check(audience, '08-wrap-up');

  // The timer on screen, high contrast, and the largest text preset.
  await presenter.goToStep('5. Results');
  await presenter.controls.getByRole('group', { name: 'Room timer' }).getByRole('button', { name: 'Start' }).click();
  await expect(audience.page.getByRole('timer')).toBeVisible();
  await (await presenter.display()).getByLabel('Theme', { exact: true }).selectOption({ label: 'High contrast' });
  await expect(audience.screen).toHaveClass(/theme-highContrast/);
  await page.screenshot({ path: `${SHOTS}/00-facilitator-display-settings.png` });
  await check(audience, '09-results-high-contrast-timer');
  for (const size of ['Larger', 'Largest']) {
    await (await presenter.display()).getByLabel('Text', { exact: true }).selectOption({ label: size });
    await expect(audience.screen).toHaveClass(new RegExp(`size-${size.toLowerCase()}`));
    for (const [step, kind, name] of [
      ['1. Welcome', 'welcome', 'welcome'],
      ['2. What we are hearing', 'capture', 'capture'],
      ['3. Grouping into candidate risks', 'grouping', 'grouping'],
      ['4. Setting priorities', 'voting', 'voting'],
      ['5. Results', 'results', 'results'],
      ['6. Priorities and responses', 'matrix', 'matrix'],
      ['7. Outcomes and measures', 'outcomes', 'outcomes'],
      ['8. Wrap-up', 'wrapUp', 'wrap-up'],
    ] as const) {
      await presenter.goToStep(step);
      await audience.expectShowing(kind);
      await check(audience, `10-${size.toLowerCase()}-${name}`);
    }
  }

  // In French (longer words), standard theme and large text again: the room follows the language.
  const display = await presenter.display();
  await display.getByLabel('Text', { exact: true }).selectOption({ label: 'Large' });
  await display.getByLabel('Theme', { exact: true }).selectOption({ label: 'Standard' });
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(audience.page.locator('html')).toHaveAttribute('lang', 'fr');
  for (const [step, kind, name] of [
    ['1. Bienvenue', 'welcome', 'welcome'],
    ['4. Établir les priorités', 'voting', 'voting'],
    ['5. Résultats', 'results', 'results'],
    ['6. Priorités et interventions', 'matrix', 'matrix'],
    ['8. Conclusion', 'wrapUp', 'wrap-up'],
  ] as const) {
    await page.getByRole('region', { name: 'Commandes de présentation' }).getByLabel('Étape de l’ordre du jour').selectOption({ label: step });
    await audience.expectShowing(kind);
    await check(audience, `12-fr-${name}`);
  }
  await expect(audience.heading()).toHaveText('Merci');
});
