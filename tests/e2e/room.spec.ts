/**
 * Room participation end to end, on loopback: phones (separate browser contexts) join the
 * facilitator's room, send cards and dot votes; the facilitator's screens show them live;
 * closing a kind or a stage, removing a phone and turning participation off refuse more.
 *
 * One file, run in order: the room lives in the launcher that serves the app, one per server.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PhonePage, RoomPanel } from './pages/room-page';

const OVERDOSE = 'Substance use and overdose';
const YOUTH = 'Youth mental health and access to services';
const HOUSING = 'Housing instability and evictions';

// The room lives in the launcher, not in the page: make sure no earlier test left it on.
test.beforeEach(async ({ request }) => {
  const stop = await request.post('room/control', { headers: { 'X-CSWB-Room': '1' }, data: { op: 'stop', force: true } });
  expect(stop.ok()).toBe(true);
});

test('phones join and send cards; the facilitator sees them live; closed kinds, removed phones and a closed room refuse', async ({ app, page, browser }) => {
  const errors: string[] = [];
  await app.openSample();
  const room = new RoomPanel(page);
  await room.open();
  const { url, joinUrl, code } = await room.start('Session 1: What we heard, 2025-10-07');
  await room.close();
  await expect(page.getByRole('button', { name: 'Room: 0 joined' })).toBeVisible();
  await app.goToStage('Capture input', 'Capture input');
  const cards = page.getByRole('list', { name: 'Input cards' });

  // Three phones: one scans the QR code, two type the address and the code.
  const alex = await PhonePage.open(browser, joinUrl, errors);
  await alex.join({ name: 'Alex Martin', organisation: 'Riverbend Police Service' });
  await expect(alex.page.getByText('You: Alex Martin, Riverbend Police Service')).toBeVisible();
  const sam = await PhonePage.open(browser, url, errors);
  await sam.enterCode(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
  await sam.join({ anonymous: true });
  const kim = await PhonePage.open(browser, url, errors, { paused: true });
  await kim.enterCode('WRONG1');
  await expect(kim.alert()).toHaveText('That join code is not right. Check the code on the screen.');
  await kim.enterCode(code);
  await kim.join({ name: 'Kim Tran', sector: 'Health' });
  await expect(page.getByRole('button', { name: 'Room: 3 joined' })).toBeVisible();

  // Cards arrive on the facilitator's capture screen while it is open.
  await alex.sendCard('Risk', 'Phone: overdose calls near the shelter');
  await expect(alex.status()).toHaveText('Thank you, it is on the board.');
  await expect(alex.myInput().getByRole('listitem')).toHaveText(['Risk Phone: overdose calls near the shelter Added']);
  await expect(cards.getByText('Phone: overdose calls near the shelter', { exact: true })).toBeVisible();
  // Script in a text field is text everywhere: on the facilitator's screen and on the phone.
  const script = '<img src=x onerror="window.__pwned=1">Phone: <b>not bold</b>';
  await sam.sendCard('Idea', script);
  await expect(sam.status()).toHaveText('Thank you, it is on the board.');
  await expect(cards.getByText(script, { exact: true })).toBeVisible();
  await expect(sam.myInput().getByText(script, { exact: true })).toBeVisible();
  for (const p of [page, sam.page]) expect(await p.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  // Who joined, as they chose to be listed.
  await room.open();
  const people = room.participants();
  await expect(people.getByRole('row', { name: /Alex Martin/ })).toContainText('Riverbend Police Service');
  await expect(people.getByRole('row', { name: /Alex Martin/ })).toContainText('1 card, 0 votes, 0 scores');
  await expect(people.getByRole('row', { name: /Anonymous 2/ })).toContainText('1 card');
  await expect(people.getByRole('row', { name: /Kim Tran/ })).toContainText('Health');

  // Closing one kind: phones stop offering it; a phone still showing it is refused.
  await room.setOpen('Risk', false);
  await expect(alex.page.getByRole('radio', { name: 'Idea' })).toBeVisible();
  await expect(alex.page.getByRole('radio', { name: 'Risk' })).toHaveCount(0);
  await kim.sendCard('Risk', 'Sent from a screen that was not refreshed');
  await expect(kim.alert()).toHaveText('The facilitator has not opened this kind of input.');
  // Closing input cards entirely.
  for (const kind of ['Challenge', 'Asset', 'Protective factor', 'Idea']) await room.setOpen(kind, false);
  await kim.sendCard('Idea', 'Too late for this one');
  await expect(kim.alert()).toHaveText('This is not open right now.');
  await kim.refresh();
  await expect(kim.page.getByText('Nothing is open right now.', { exact: false })).toBeVisible();
  await room.setOpen('Idea', true);

  // Removing a phone: its next request is refused, and it is back at the join screen.
  await room.remove('Kim Tran');
  await kim.refresh();
  await expect(kim.alert()).toHaveText('The facilitator removed this phone from the room.');
  await expect(kim.page.getByRole('heading', { name: 'Join the workshop' })).toBeVisible();

  await room.close();
  await expect(cards.getByText('Sent from a screen that was not refreshed')).toHaveCount(0);
  await expect(cards.getByText('Too late for this one')).toHaveCount(0);

  // Turning participation off stops the server: phones can no longer reach it.
  await room.open();
  await room.stop();
  await expect(alex.alert()).toHaveText("Cannot reach the facilitator's laptop. Check that you are on the room's Wi-Fi.");
  await expect(page.getByRole('button', { name: 'Room: off' })).toBeVisible();
  const direct = await page.request.get(url, { failOnStatusCode: false }).then(() => 'answered', () => 'nothing listens');
  expect(direct).toBe('nothing listens');

  for (const phone of [alex, sam, kim]) await phone.close();
  expect(errors).toEqual([]);
});

test('phones cast dot votes within their allowance; the facilitator sees the ballots; closing voting refuses more', async ({ app, page, browser }) => {
  const errors: string[] = [];
  await app.goto();
  await page.getByRole('button', { name: 'Try the sample workshop' }).click();
  const room = new RoomPanel(page);
  await room.open();
  const { joinUrl } = await room.start();
  await room.setOpen('Dot voting (round 1)', true);
  await room.close();
  await app.goToStage('Dot voting', 'Dot voting');

  const alex = await PhonePage.open(browser, joinUrl, errors);
  await alex.join({ name: 'Alex Martin', organisation: 'Riverbend Police Service' });
  const sam = await PhonePage.open(browser, joinUrl, errors, { paused: true });
  await sam.join({ name: 'Sam Roy' });

  await expect(alex.page.getByRole('heading', { name: 'Dot voting, round 1' })).toBeVisible();
  await expect(alex.page.getByText('Dots left: 5 of 5')).toBeVisible();
  await alex.addDot(OVERDOSE);
  await expect(alex.page.getByText('Dots left: 4 of 5')).toBeVisible();
  await alex.addDot(OVERDOSE);
  await expect(alex.page.getByRole('button', { name: `Add a dot to ${OVERDOSE}` })).toBeDisabled(); // at most 2 on one risk
  await alex.addDot(YOUTH);
  await alex.addDot(YOUTH);
  await alex.addDot(HOUSING);
  await expect(alex.page.getByText('Dots left: 0 of 5')).toBeVisible();
  await expect(alex.page.getByRole('button', { name: `Add a dot to ${HOUSING}` })).toBeDisabled();

  // The facilitator's voting screen shows the phone's ballot, live.
  await expect(app.dotsInput('Alex Martin', OVERDOSE)).toHaveValue('2');
  await expect(app.dotsInput('Alex Martin', YOUTH)).toHaveValue('2');
  await expect(app.dotsInput('Alex Martin', HOUSING)).toHaveValue('1');

  // Taking a dot back works; the allowance is the domain's, also for a forged request.
  await alex.page.getByRole('button', { name: `Remove a dot from ${HOUSING}` }).click();
  await expect(app.dotsInput('Alex Martin', HOUSING)).toHaveValue('0');
  const forged = await alex.page.evaluate(async () => {
    const g = globalThis as unknown as { localStorage: { getItem(key: string): string | null }; location: { host: string } };
    const saved = JSON.parse(g.localStorage.getItem(`cswb-room:${g.location.host}`) ?? '{}') as { code: string; token: string };
    const post = (riskId: string, dots: number) =>
      fetch('/api/votes', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Room-Code': saved.code, Authorization: `Bearer ${saved.token}` }, body: JSON.stringify({ riskId, dots }) });
    const state = (await (await fetch('/api/state', { headers: { 'X-Room-Code': saved.code, Authorization: `Bearer ${saved.token}` } })).json()) as { voting: { risks: { id: string; title: string }[] } };
    const ids = state.voting.risks.map((r) => r.id);
    await post(ids[5]!, 1); // 5 of 5
    const over = await post(ids[6]!, 1);
    return { status: over.status, body: (await over.json()) as { error: { code: string; reason: string; limit: number } } };
  });
  expect(forged.status).toBe(422);
  expect(forged.body.error).toMatchObject({ code: 'refused', reason: 'overAllowance', limit: 5 });

  // Closing voting: a phone still showing the ballot is refused, and nothing changes.
  await room.open();
  await room.setOpen('Dot voting (round 1)', false);
  await sam.addDot(OVERDOSE);
  await expect(sam.alert()).toHaveText('This is not open right now.');
  await room.stop();
  await room.close();
  await expect(app.dotsInput('Sam Roy', OVERDOSE)).toHaveValue('0');

  for (const phone of [alex, sam]) await phone.close();
  expect(errors).toEqual([]);
});

test('nothing accepted is lost when the facilitator’s page reloads', async ({ app, page, browser }) => {
  const errors: string[] = [];
  await app.goto();
  await page.getByRole('button', { name: 'Try the sample workshop' }).click();
  const room = new RoomPanel(page);
  await room.open();
  const { joinUrl } = await room.start();
  await room.close();
  await app.goToStage('Capture input', 'Capture input');
  const planUrl = page.url();

  const alex = await PhonePage.open(browser, joinUrl, errors);
  await alex.join({ name: 'Alex Martin' });
  // The facilitator's page goes away (a reload, a crash): what phones send waits in the room.
  await page.goto('about:blank');
  await alex.sendCard('Challenge', 'Sent while the facilitator was away');
  await expect(alex.status()).toHaveText("Received. It will be added as soon as the facilitator's laptop catches up.");
  await expect(alex.myInput()).toContainText('Waiting to be added');
  await page.goto(planUrl);
  await expect(page.getByRole('list', { name: 'Input cards' }).getByText('Sent while the facilitator was away')).toBeVisible();
  await expect(alex.myInput()).toContainText('Added');
  await expect(page.getByRole('list', { name: 'Input cards' }).getByText('Sent while the facilitator was away')).toHaveCount(1);

  await room.open();
  await room.stop();
  await alex.close();
  expect(errors).toEqual([]);
});

/** WCAG 2.1 AA problems axe finds (in `include` only, when given). */
async function violations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder.include(include);
  const result = await builder.analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the room panel, the join screen and the participant page pass axe', async ({ app, page, browser }) => {
  const errors: string[] = [];
  await app.goto();
  await page.getByRole('button', { name: 'Try the sample workshop' }).click();
  const room = new RoomPanel(page);
  await room.open();
  expect(await violations(page, 'dialog')).toEqual([]);
  const { joinUrl } = await room.start();
  await room.setOpen('Dot voting (round 1)', true);
  await room.setOpen('Criteria scoring', true);

  const phone = await PhonePage.open(browser, joinUrl, errors);
  expect(await violations(phone.page)).toEqual([]);
  await phone.join({ name: 'Alex Martin', organisation: 'Riverbend Police Service' });
  await phone.sendCard('Idea', 'Peer mentoring for grade 9');
  await expect(phone.myInput()).toContainText('Added');
  await expect(page.getByRole('row', { name: /Alex Martin/ })).toBeVisible();
  expect(await violations(page, 'dialog')).toEqual([]);
  await expect(phone.page.getByRole('heading', { name: 'Score the risks' })).toBeVisible();
  expect(await violations(phone.page)).toEqual([]);
  await phone.page.getByRole('button', { name: 'Français' }).click();
  await expect(phone.page.getByRole('heading', { name: 'Vote par points, tour 1' })).toBeVisible();
  await expect(phone.page.locator('html')).toHaveAttribute('lang', 'fr');
  expect(await violations(phone.page)).toEqual([]);

  await page.getByRole('dialog', { name: 'Room participation' }).getByRole('button', { name: 'Show join screen' }).click();
  const screen = page.getByRole('dialog', { name: 'Join the workshop from your phone' });
  await expect(screen).toBeVisible();
  expect(await violations(page, '.room-join-screen')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(screen).toBeHidden();

  await room.stop();
  await phone.close();
  expect(errors).toEqual([]);
});
