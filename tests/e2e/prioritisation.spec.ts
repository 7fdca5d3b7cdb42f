/**
 * Prioritisation end to end, on the Riverbend sample workshop: the dot vote entered through the
 * ballot grid (ten participants, five dots, at most two per risk), results hidden until revealed,
 * the charts' SVG carrying the expected values, criteria scores with a live weight change, the
 * Hanlon template, a second voting round, chart export, and the priority decision on record.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PrioritisationPage } from './pages/prioritisation-page';
import { PARTICIPANTS, RISKS, type RiskKey } from '../../src/core/sample/riverbend-data';
import { BALLOTS } from '../../src/core/sample/riverbend-prioritisation';

const title = (key: RiskKey) => RISKS.find((r) => r.key === key)!.title;
const OD = title('overdose');
const YMH = title('youthMentalHealth');
const IPV = title('ipv');
const DOTS_CHART = 'Dots per candidate risk, round 1, highest first';

test('the Riverbend dot vote: entered ballot by ballot, hidden until revealed, ranked in the chart', async ({ app, page }) => {
  const p = new PrioritisationPage(page, app);
  await p.openSample();

  // The sample's results are revealed: hide them, and they leave the page (not only the screen).
  await p.results();
  await page.getByRole('button', { name: 'Hide results' }).click();
  await expect(page.getByText('Results are hidden until you reveal them.')).toBeVisible();
  await expect(page.locator('.recharts-surface')).toHaveCount(0);
  await expect(p.table('Ranking of candidate risks')).toHaveCount(0);

  // Clear every ballot, then enter the ten Riverbend ballots through the grid.
  await p.voting();
  for (const person of PARTICIPANTS) await p.clearBallot(person.name);
  await expect(page.getByText('0 of 10 ballots entered')).toBeVisible();
  for (const person of PARTICIPANTS) {
    for (const [risk, dots] of Object.entries(BALLOTS[person.key] ?? {})) await app.vote(person.name, title(risk as RiskKey), dots);
    await expect(p.ballotRow(person.name)).toContainText('5 of 5');
  }
  await expect(page.getByText('10 of 10 ballots entered')).toBeVisible();

  // Limits: a third dot on one risk, and a sixth dot, are refused with a message; nothing changes.
  await app.dotsInput('Sgt. Dana Rivera', OD).fill('3');
  await expect(page.getByRole('alert')).toHaveText('At most 2 dots may go on one risk.');
  await expect(app.dotsInput('Sgt. Dana Rivera', OD)).toHaveValue('2');
  await app.dotsInput('Sgt. Dana Rivera', title('food')).fill('1');
  await expect(page.getByRole('alert')).toHaveText('Sgt. Dana Rivera has only 5 dots in this round.');
  await expect(app.dotsInput('Sgt. Dana Rivera', title('food'))).toHaveValue('0');

  // Private voting shows one ballot at a time; the others are not in the page.
  await page.getByLabel('Private voting: show one ballot at a time').check();
  await expect(page.getByRole('spinbutton', { name: /^Dots from / })).toHaveCount(7);
  await page.getByLabel('Private voting: show one ballot at a time').uncheck();

  // Still hidden on the Results stage until revealed.
  await p.results();
  await expect(page.locator('.recharts-surface')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal results' }).click();
  await expect(p.rowHeaders('Ranking of candidate risks')).toHaveText([OD, YMH, IPV, title('housing'), title('food'), title('hate'), title('seniors')]);
  const rows = p.table('Ranking of candidate risks').getByRole('row');
  await expect(rows.nth(1)).toContainText('13');
  await expect(rows.nth(5)).toContainText('5 (tie)');
  // The chart's SVG carries the totals and the titles, highest first.
  await expect(p.barValues('ranked-bar-chart')).toHaveText(['13', '11', '9', '7', '4', '4', '2']);
  await expect(p.tickLabels('ranked-bar-chart')).toHaveText([OD, YMH, IPV, title('housing'), title('food'), title('hate'), title('seniors')]);

  // Stacked by sector: the legend names the sectors, the totals stay.
  await page.getByLabel('Split each bar by sector').check();
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('Police');
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('Education');
  await expect(p.barValues('ranked-bar-chart')).toHaveText(['13', '11', '9', '7', '4', '4', '2']);
  await expect(page.getByRole('list', { name: "Each sector's top risk" })).toContainText(`Education: puts ${YMH} first (4)`);
});

test('criteria scores: hidden until revealed, sectors compared, and a weight change re-ranks live', async ({ app, page }) => {
  const p = new PrioritisationPage(page, app);
  await p.openSample();
  await p.results();
  await p.tab('Criteria scores');
  await page.getByRole('button', { name: 'Hide scoring results' }).click();
  await expect(page.getByText('Scoring results are hidden until you reveal them.')).toBeVisible();
  await expect(p.table('Ranking by weighted criteria')).toHaveCount(0);
  await expect(page.locator('.weighted-bar-chart')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal scoring results' }).click();

  const ranking = p.table('Ranking by weighted criteria');
  await expect(p.rowHeaders('Ranking by weighted criteria').first()).toHaveText(OD);
  await expect(p.rowHeaders('Ranking by weighted criteria').nth(1)).toHaveText(YMH);
  await expect(p.rowHeaders('Ranking by weighted criteria').nth(2)).toHaveText(IPV);
  // How the score was computed: (2 × prevalence + 3 × severity + concern + capacity) ÷ 7.
  await expect(ranking.getByRole('row').nth(1)).toContainText('(2 × 4.1 + 3 × 5 + 1 × 4.1 + 1 × 4.1) ÷ 7 = 4.49');
  await expect(ranking.getByRole('row').nth(1)).toContainText('10 raters');
  await expect(p.barValues('weighted-bar-chart').first()).toHaveText('4.49');
  await expect(p.tickLabels('weighted-bar-chart').first()).toHaveText(OD);

  // Dissent before deciding: police and health put overdose first, education youth mental health.
  const tops = page.getByRole('list', { name: "Each sector's top risk" });
  await expect(tops).toContainText(`Police: puts ${OD} first (5)`);
  await expect(tops).toContainText(`Health: puts ${OD} first (5)`);
  await expect(tops).toContainText(`Education: puts ${YMH} first (4.86)`);
  await expect(page.locator('.dissent-chart .recharts-label-list text').first()).toHaveText('3 to 4.71 (10 raters)');

  // What if community concern counted five times? Youth mental health moves to the top, live.
  await p.weight('Community concern').fill('5');
  await expect(p.rowHeaders('Ranking by weighted criteria').first()).toHaveText(YMH);
  await expect(ranking.getByRole('row').nth(1)).toContainText('▲ up 1 place');
  await expect(p.tickLabels('weighted-bar-chart').first()).toHaveText(YMH);
  // One step back to the weights the room started from…
  await expect(page.getByText('Before this “what if”: Community concern 1')).toBeVisible();
  await page.getByRole('button', { name: 'Back to the starting weights' }).click();
  await expect(p.weight('Community concern')).toHaveValue('1');
  await expect(p.rowHeaders('Ranking by weighted criteria').first()).toHaveText(OD);
  // …and undo, twice, returns to the "what if" and then before it.
  await page.locator('body').click();
  await page.keyboard.press('Control+z');
  await expect(p.rowHeaders('Ranking by weighted criteria').first()).toHaveText(YMH);
  await page.locator('body').click();
  await page.keyboard.press('Control+z');
  await expect(p.weight('Community concern')).toHaveValue('1');
  await expect(p.rowHeaders('Ranking by weighted criteria').first()).toHaveText(OD);

  // A bad weight is refused with a message and changes nothing.
  await p.weight('Severity').fill('-2');
  await expect(page.getByRole('alert')).toHaveText('A weight cannot be negative (0 leaves the criterion out).');
  await expect(p.rowHeaders('Ranking by weighted criteria').first()).toHaveText(OD);
});

test('score entry: an off-scale score is refused, an empty cell is a missing score, not a zero', async ({ app, page }) => {
  const p = new PrioritisationPage(page, app);
  await p.openSample();
  await p.scoring();
  await p.chooseRater('Sgt. Dana Rivera');
  const food = title('food');
  await p.score('Severity', food).fill('9');
  await expect(page.getByRole('alert')).toHaveText(`Severity for “${food}”: the score must be from 1 to 5.`);
  await p.score('Prevalence', food).focus();
  await expect(p.score('Severity', food)).toHaveValue('2');

  // Typing a one-digit score saves it and moves on to the next cell.
  await p.score('Prevalence', food).fill('4');
  await expect(p.score('Severity', food)).toBeFocused();
  // Clearing a cell removes the score: the sheet counts one fewer, and the results leave it out.
  await p.score('Severity', food).fill('');
  await expect(page.getByRole('button', { name: /^Sgt\. Dana Rivera/ })).toContainText('27 of 28');
  await p.results();
  await p.tab('Criteria scores');
  const foodRow = p.table('Ranking by weighted criteria').getByRole('row').filter({ hasText: food });
  await expect(foodRow).toContainText('10 raters');
  // Severity of food is now the mean of the other nine raters, 19 / 9 = 2.11; an empty cell counted
  // as a zero would give 19 / 10 = 1.9.
  await expect(foodRow).toContainText('3 × 2.11');
});

test('Hanlon template: (A + B) × C ÷ 3 with its arithmetic, and the PEARL screen ranks a failing risk after', async ({ app, page }) => {
  const p = new PrioritisationPage(page, app);
  await p.openSample();
  await p.scoring();
  await page.getByLabel('Method', { exact: true }).selectOption({ label: 'Hanlon method' });
  const dialog = page.getByRole('dialog', { name: 'Switch to Hanlon method?' });
  await expect(dialog).toContainText('Scores deleted: 280');
  await dialog.getByRole('button', { name: 'Replace criteria and scores' }).click();
  await expect(page.getByRole('heading', { name: '8 criteria' })).toBeVisible();

  await p.chooseRater('Sgt. Dana Rivera');
  const enter = async (criterion: string, risk: string, value: string) => {
    await p.score(criterion, risk).fill(value);
    await expect(p.score(criterion, risk)).toHaveValue(value);
  };
  await enter('Size of the problem (A)', OD, '8');
  await enter('Seriousness of the problem (B)', OD, '9');
  await enter('Effectiveness of available interventions (C)', OD, '6');
  await enter('Size of the problem (A)', YMH, '7');
  await enter('Seriousness of the problem (B)', YMH, '8');
  await enter('Effectiveness of available interventions (C)', YMH, '9');
  await page.getByRole('combobox', { name: `Legality score for ${YMH}` }).selectOption({ label: 'No' });

  await p.results();
  await p.tab('Criteria scores');
  await page.getByRole('button', { name: 'Reveal scoring results' }).click();
  const rows = p.table('Ranking by Hanlon basic priority rating').getByRole('row');
  await expect(rows.nth(1)).toContainText(OD);
  await expect(rows.nth(1)).toContainText('(8 + 9) × 6 ÷ 3 = 34');
  await expect(rows.nth(2)).toContainText(YMH);
  await expect(rows.nth(2)).toContainText('(7 + 8) × 9 ÷ 3 = 45');
  await expect(rows.nth(2)).toContainText('Fails: legality');
  await expect(p.barValues('hanlon-bar-chart')).toHaveText(['34', '45 (fails screen)']);
});

test('a second round keeps the better half; dropped risks leave the ballot; round 1 stays readable', async ({ app, page }) => {
  const p = new PrioritisationPage(page, app);
  await p.openSample();
  await p.voting();
  await page.getByRole('button', { name: 'Start round 2' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start round 2?' });
  await expect(dialog.getByRole('list', { name: 'Risks kept for the next round' }).getByRole('listitem')).toHaveText([
    `${OD} (13 dots)`,
    `${YMH} (11 dots)`,
    `${IPV} (9 dots)`,
    `${title('housing')} (7 dots)`,
  ]);
  await expect(dialog.getByRole('list', { name: 'Risks dropped' }).getByRole('listitem')).toHaveCount(3);
  await dialog.getByRole('button', { name: 'Start round 2' }).click();

  await expect(page.getByRole('heading', { name: 'Ballots, round 2' })).toBeVisible();
  await expect(page.getByText('0 of 10 ballots entered')).toBeVisible();
  await expect(app.dotsInput('Sgt. Dana Rivera', title('hate'))).toHaveCount(0);
  await app.vote('Sgt. Dana Rivera', OD, 2);

  await p.results();
  await expect(page.getByText('Results are hidden until you reveal them.')).toBeVisible();
  await page.getByLabel('Round shown').selectOption({ label: 'Round 1 (closed)' });
  await expect(p.barValues('ranked-bar-chart').first()).toHaveText('13');
  await page.getByLabel('Round shown').selectOption({ label: 'Round 2 (current)' });
  await page.getByRole('button', { name: 'Reveal results' }).click();
  await expect(p.barValues('ranked-bar-chart')).toHaveText(['2', '0', '0', '0']);
  await expect(p.rowHeaders('Ranking of candidate risks')).toHaveCount(4);
});

test('charts export as SVG and PNG, with their values, sized for a projector', async ({ app, page, tmp }) => {
  const p = new PrioritisationPage(page, app);
  await p.openSample();
  await p.results();
  const svg = await p.exportChart(DOTS_CHART, 'SVG', tmp);
  expect(svg.name).toBe('dots-per-candidate-risk-round-1-highest-first.svg');
  const text = svg.bytes.toString('utf8');
  expect(text).toContain('<svg');
  expect(text).toContain(`>${DOTS_CHART}</text>`);
  expect(text).toContain(`>${OD}</tspan>`);
  expect(text).toMatch(/>13<\/tspan>/);
  expect(text).toContain('font-family');
  await expect(page.getByText('Chart saved to dots-per-candidate-risk-round-1-highest-first.svg').first()).toBeVisible();

  const png = await p.exportChart(DOTS_CHART, 'PNG', tmp);
  expect(png.name).toBe('dots-per-candidate-risk-round-1-highest-first.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Twice the on-screen size (IHDR width and height), sharp on a projector.
  const width = png.bytes.readUInt32BE(16);
  const onScreen = await page.locator('.ranked-bar-chart svg.recharts-surface').evaluate((el) => el.getBoundingClientRect().width);
  expect(width).toBe(2 * Math.ceil(onScreen));
  expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(800);
});

test('priorities: the decision is recorded with its date, method and the organisations present', async ({ app, page }) => {
  const p = new PrioritisationPage(page, app);
  await p.openSample();
  await p.results();
  await expect(page.getByRole('heading', { name: '3 priorities' })).toBeVisible();
  await page.getByRole('checkbox', { name: `Priority: ${title('housing')}` }).check();
  await expect(page.getByRole('heading', { name: '4 priorities' })).toBeVisible();

  await page.getByRole('button', { name: 'Record the decision' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record the decision on the priorities' });
  await dialog.getByLabel('Date of the decision').fill('');
  await dialog.getByRole('button', { name: 'Save the decision' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Enter the date of the decision (a real date).');
  await dialog.getByLabel('Date of the decision').fill('2025-10-22');
  await dialog.getByLabel('Method').selectOption({ label: 'consensus' });
  await dialog.getByRole('checkbox', { name: 'Riverbend Housing Corporation' }).uncheck();
  await dialog.getByLabel('Note (how it was decided, dissent on record)').fill('Housing added after the discussion of dissent.');
  await dialog.getByRole('button', { name: 'Save the decision' }).click();
  await expect(dialog).toBeHidden();

  const panel = page.getByRole('region', { name: '4 priorities' });
  await expect(panel.getByRole('listitem')).toHaveCount(4);
  await expect(panel.getByRole('listitem').first()).toContainText('Decided October 22, 2025 by consensus, 9 organisations present');
  await expect(panel.getByRole('listitem').first()).toContainText('Housing added after the discussion of dissent.');
});

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

test('results tabs, charts and dialogs have no serious accessibility violations', async ({ app, page }) => {
  test.setTimeout(120_000);
  const p = new PrioritisationPage(page, app);
  await p.openSample();
  await p.results();
  await page.getByLabel('Split each bar by sector').check();
  expect(await seriousViolations(page)).toEqual([]);
  await p.tab('Criteria scores');
  await expect(page.locator('.priority-map .map-point').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await p.tab('Sector participation');
  await expect(page.locator('.participation-chart svg.recharts-surface')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await expect(page.getByRole('dialog', { name: 'Record the decision on the priorities' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await p.voting();
  await page.getByRole('button', { name: 'Start round 2' }).click();
  await expect(page.getByRole('dialog', { name: 'Start round 2?' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
