/**
 * Projecting to the room, end to end with two pages in one browser context (the facilitator's
 * window and the audience window it opens, linked by a real BroadcastChannel): the room follows
 * the agenda, hidden results and private details never reach the audience page, blank and freeze
 * work from either window, and the timer ends with a clear signal.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { AppPage } from './pages/app-page';
import { PLAN_NAME, PRIVATE, PresenterPage, riverbendForPresenting, writePlanFile, type AudienceWindow } from './pages/presenter-page';

const RISKS = [
  'Substance use and overdose',
  'Youth mental health and access to services',
  'Intimate partner and family violence',
  'Housing instability and evictions',
  'Social isolation of seniors',
  'Hate incidents and discrimination',
  'Food insecurity among working families',
];

/** Keeps every message the page receives on a BroadcastChannel (runs in the page, before the app). */
function recordPresenterTraffic(): void {
  const Native = globalThis.BroadcastChannel;
  const traffic: string[] = [];
  (globalThis as unknown as { __presenterTraffic: string[] }).__presenterTraffic = traffic;
  globalThis.BroadcastChannel = class extends Native {
    constructor(name: string) {
      super(name);
      this.addEventListener('message', (e: Event) => {
        const data = (e as MessageEvent).data as unknown;
        traffic.push(typeof data === 'string' ? data : JSON.stringify(data));
      });
    }
  };
}

const traffic = (page: Page) => page.evaluate(() => (globalThis as unknown as { __presenterTraffic: string[] }).__presenterTraffic.join('\n'));

async function present(app: AppPage, page: Page, tmp: string): Promise<{ presenter: PresenterPage; audience: AudienceWindow }> {
  await page.context().addInitScript(recordPresenterTraffic);
  await app.goto();
  await app.openFile(writePlanFile(tmp, riverbendForPresenting()));
  await expect(page).toHaveURL(/\/partners$/);
  const presenter = new PresenterPage(page);
  const audience = await presenter.start();
  return { presenter, audience };
}

test('the room follows the facilitator through the agenda, from either window', async ({ app, page, tmp }) => {
  const { presenter, audience } = await present(app, page, tmp);
  await audience.expectShowing('welcome', PLAN_NAME);
  await expect(audience.page.getByText('Step 1 of 8 · Welcome')).toBeVisible();

  const agenda = [
    ['capture', 'capture', 'What we are hearing'],
    ['risks', 'grouping', 'Grouping into candidate risks'],
    ['voting', 'voting', 'Dot voting · round 1'],
    ['results', 'resultsHidden', 'Results of the dot vote'],
    ['matrix', 'matrix', 'Priorities and responses'],
    ['outcomes', 'outcomes', 'Outcomes and measures'],
    ['reports', 'wrapUp', 'Thank you'],
  ] as const;
  for (const [i, [stage, kind, heading]] of agenda.entries()) {
    await presenter.press(i % 2 === 0 ? 'PageDown' : 'ArrowRight');
    await expect(page).toHaveURL(new RegExp(`/${stage}$`));
    await audience.expectShowing(kind, heading);
    await expect(audience.page.getByText(`Step ${i + 2} of 8`)).toBeVisible();
  }
  // Past the last step nothing moves; previous goes back one step at a time.
  await presenter.press('PageDown');
  await expect(page).toHaveURL(/\/reports$/);
  await expect(presenter.button('Next')).toBeDisabled();
  await presenter.press('PageUp');
  await audience.expectShowing('outcomes', 'Outcomes and measures');
  await presenter.press('ArrowLeft');
  await audience.expectShowing('matrix', 'Priorities and responses');

  // Any screen of the app: the room sees its agenda step (criteria scoring is "setting priorities").
  await app.goToStage('Criteria scoring', 'Criteria scoring');
  await audience.expectShowing('scoring', 'Criteria scoring');
  // A clicker aimed at the audience window still drives the facilitator's window.
  await audience.page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/\/results$/);
  await audience.expectShowing('resultsHidden', 'Results of the dot vote');

  // Typing in a field is typing: B, F and arrows do nothing to the room.
  await presenter.goToStep('2. What we are hearing');
  await audience.expectShowing('capture');
  const field = page.getByRole('form', { name: 'Add an input card' }).getByLabel('What was said');
  await field.focus();
  await page.keyboard.type('Bus fares block access to the food bank');
  await page.keyboard.press('ArrowLeft');
  await expect(field).toHaveValue('Bus fares block access to the food bank');
  await expect(presenter.status()).toHaveText('Live');
  await expect(page).toHaveURL(/\/capture$/);
  await audience.expectShowing('capture', 'What we are hearing');

  // Closing the plan ends presenting: the room sees a neutral screen, nothing of the plan.
  await app.closePlan();
  await audience.expectShowing('standby');
  await expect(audience.page.getByText('Presenting has ended.')).toBeVisible();
  expect(await audience.domText()).not.toContain(PLAN_NAME);
  await audience.page.screenshot({ path: '/tmp/shots-presenter/13-standby-ended-1280x720.png' });
});

test('hidden results, notes and contact details never reach the audience page', async ({ app, page, tmp }) => {
  const { presenter, audience } = await present(app, page, tmp);
  await presenter.goToStep('5. Results');
  await audience.expectShowing('resultsHidden', 'Results of the dot vote');
  await expect(audience.page.getByText('Results are hidden until the facilitator reveals them.')).toBeVisible();
  await expect(audience.page.getByText('10 of 10 participants have voted')).toBeVisible();

  // Not hidden by style: the ranking is not in the page at all, and never arrived.
  const hiddenDom = await audience.domText();
  for (const risk of RISKS) expect(hiddenDom).not.toContain(risk);
  expect(await traffic(audience.page)).not.toMatch(/"kind":"results"|"bars"/);

  await presenter.button('Reveal to the room').click();
  const ranking = audience.page.getByRole('list', { name: 'Ranking' }).getByRole('listitem');
  await expect(ranking.first()).toContainText('Substance use and overdose');
  await expect(ranking.first()).toContainText('13 dots');
  await expect(ranking.nth(1)).toContainText('Youth mental health and access to services');
  await expect(ranking.nth(1)).toContainText('11 dots');

  // Hidden again: gone from the page again.
  await presenter.button('Hide results').click();
  await audience.expectShowing('resultsHidden');
  const hiddenAgain = await audience.domText();
  for (const risk of RISKS) expect(hiddenAgain).not.toContain(risk);

  // Every layout has now been or will be sent: no private detail in any message or on the page.
  for (const step of ['1. Welcome', '2. What we are hearing', '3. Grouping into candidate risks', '4. Setting priorities', '6. Priorities and responses', '7. Outcomes and measures', '8. Wrap-up']) {
    await presenter.goToStep(step);
    await expect(audience.page.getByText(`Step ${step.slice(0, 1)} of 8`)).toBeVisible();
  }
  const everything = `${await traffic(audience.page)}\n${await audience.domText()}`;
  expect(everything).toContain('Thank you'); // the recorder really saw the views
  for (const secret of Object.values(PRIVATE)) expect(everything).not.toContain(secret);
});

test('blank (B) and freeze (F) work, from the facilitator and from the audience window', async ({ app, page, tmp }) => {
  const { presenter, audience } = await present(app, page, tmp);
  await presenter.goToStep('2. What we are hearing');
  await audience.expectShowing('capture', 'What we are hearing');

  await presenter.press('b');
  await audience.expectShowing('blank');
  await expect(presenter.status()).toHaveText('Blank: the room sees nothing');
  await expect(audience.page.locator('body')).toHaveText('');
  expect(await audience.domText()).not.toContain('What we are hearing');
  await presenter.press('B');
  await audience.expectShowing('capture', 'What we are hearing');
  await expect(presenter.status()).toHaveText('Live');

  // Freeze: the room keeps the capture screen while the facilitator moves on.
  await presenter.press('f');
  await expect(presenter.status()).toHaveText('Frozen on “What we are hearing”');
  await presenter.press('PageDown');
  await expect(page).toHaveURL(/\/risks$/);
  // A change the room does see (the timer) proves the audience has the latest view: still frozen.
  await presenter.controls.getByRole('group', { name: 'Room timer' }).getByLabel('On screen').check();
  await expect(audience.page.getByRole('timer')).toBeVisible();
  await audience.expectShowing('capture', 'What we are hearing');
  await presenter.press('F');
  await audience.expectShowing('grouping', 'Grouping into candidate risks');

  // The same keys pressed in the audience window.
  await audience.page.keyboard.press('b');
  await audience.expectShowing('blank');
  await expect(presenter.button('Blank')).toHaveAttribute('aria-pressed', 'true');
  await audience.page.keyboard.press('b');
  await audience.expectShowing('grouping');
  await audience.page.keyboard.press('f');
  await expect(presenter.status()).toHaveText('Frozen on “Grouping into candidate risks”');
  await presenter.button('Freeze').click();
  await expect(presenter.status()).toHaveText('Live');
});

test('the timer is shown to the room and ends with a clear signal', async ({ app, page, tmp }) => {
  await page.clock.install();
  const { presenter, audience } = await present(app, page, tmp);
  const timer = presenter.controls.getByRole('group', { name: 'Room timer' });
  await timer.getByLabel('Timer length').selectOption({ label: '1 minute' });
  await expect(audience.page.getByRole('timer')).toHaveCount(0);
  await timer.getByRole('button', { name: 'Start' }).click();
  await expect(audience.page.getByRole('timer')).toContainText(/^(1:00|0:59)/);
  await page.clock.fastForward(30_000);
  await expect(audience.page.getByRole('timer')).toContainText(/^0:(29|30)/);
  await timer.getByRole('button', { name: 'Pause' }).click();
  await expect(audience.page.getByRole('timer')).toContainText('Paused');
  await timer.getByRole('button', { name: 'Resume' }).click();
  await page.clock.fastForward(31_000);
  await expect(audience.page.getByRole('alert')).toHaveText('Time is up');
  await expect(audience.page.getByRole('timer')).toContainText('0:00');
  await expect(timer.getByRole('timer')).toHaveText('0:00');
  await expect(page.getByRole('status').filter({ hasText: 'Time is up' }).first()).toBeVisible();
  await audience.page.screenshot({ path: '/tmp/shots-presenter/11-time-up-1280x720.png' });

  // One more minute, then off the room's screen.
  await timer.getByRole('button', { name: '+1 min' }).click();
  await expect(audience.page.getByRole('alert')).toHaveCount(0);
  await expect(audience.page.getByRole('timer')).toContainText(/^(1:00|0:59)/);
  await timer.getByLabel('On screen').uncheck();
  await expect(audience.page.getByRole('timer')).toHaveCount(0);
});

test('the presenter controls and every audience layout have no serious accessibility violations', async ({ app, page, tmp }) => {
  test.setTimeout(120_000);
  const serious = async (target: Page, include?: string) => {
    const builder = new AxeBuilder({ page: target }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
    const result = await (include ? builder.include(include) : builder).analyze();
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
  };
  const { presenter, audience } = await present(app, page, tmp);
  const failures: Record<string, string[]> = {};
  for (const step of ['1. Welcome', '2. What we are hearing', '3. Grouping into candidate risks', '4. Setting priorities', '5. Results', '6. Priorities and responses', '7. Outcomes and measures', '8. Wrap-up']) {
    await presenter.goToStep(step);
    await expect(audience.page.getByText(`Step ${step.slice(0, 1)} of 8`)).toBeVisible();
    const found = [...(await serious(audience.page)), ...(await serious(page, '.presenter-console'))];
    if (found.length) failures[step] = found;
  }
  await presenter.goToStep('5. Results');
  await presenter.button('Reveal to the room').click();
  await audience.expectShowing('results');
  await (await presenter.display()).getByLabel('Theme', { exact: true }).selectOption({ label: 'High contrast' });
  await expect(audience.screen).toHaveClass(/theme-highContrast/);
  const highContrast = [...(await serious(audience.page)), ...(await serious(page, '.presenter-console'))];
  if (highContrast.length) failures['high contrast results'] = highContrast;
  expect(failures).toEqual({});
});
