/**
 * Dot voting at regional size: past the grid's limit (here 120 participants × 40 risks = 4,800
 * fields) the Voting stage shows one ballot at a time, with a searchable participant picker, the
 * next ballot not yet entered, and a filter to find a risk; the Results stage charts the top 25
 * and ranks every risk in the table. The plan goes in through the real file chooser.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePlanFile } from '../../src/core/plan-file';
import { buildLargePlan, TINY_PLAN_SIZES } from '../../src/core/sample/large-plan';
import { expect, test } from './fixtures';
import { FilesPage } from './pages/files-page';
import { PrioritisationPage } from './pages/prioritisation-page';

// 1,100 votes, 10 per participant: the first 110 participants have a ballot, the last 10 none.
const plan = buildLargePlan({ ...TINY_PLAN_SIZES, participants: 120, risks: 40, votes: 1100 });
const byName = [...plan.participants].sort((a, b) => (a.name.toLocaleLowerCase() < b.name.toLocaleLowerCase() ? -1 : 1));
const withoutBallot = plan.participants.slice(110);
const voter = withoutBallot[0]!;
const risk = plan.risks.find((r) => r.title.endsWith('#7'))!;

test('a regional vote: one ballot at a time, found by name, entered, then charted as the top 25', async ({ app, page, tmp }) => {
  test.setTimeout(180_000);
  const path = join(tmp, 'regional-vote.cswb');
  writeFileSync(path, encodePlanFile(plan, { appVersion: '0.1.0', savedAt: '2026-03-12T18:00:00.000Z' }));
  await app.goto();
  await new FilesPage(page).openFile(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Partners and participants' })).toBeVisible({ timeout: 60_000 });
  const p = new PrioritisationPage(page, app);
  await p.voting();

  // One ballot on screen, not a 4,800-field grid; counts formatted for the locale.
  await expect(page.getByText('One ballot at a time: 120 participants and 40 risks would make 4,800 fields in one grid.')).toBeVisible();
  await expect(page.getByText('110 of 120 ballots entered')).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: /^Dots from / })).toHaveCount(40);
  await expect(page.getByRole('spinbutton', { name: new RegExp(`^Dots from ${byName[0]!.name} on `) })).toHaveCount(40);
  await expect(page.getByLabel('Private voting: show one ballot at a time')).toHaveCount(0);

  // Previous and next follow the list of names.
  await page.getByRole('button', { name: 'Next person' }).click();
  await expect(page.getByRole('table', { name: new RegExp(`^Ballot of ${byName[1]!.name}, round 1`) })).toBeVisible();
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(page.getByRole('table', { name: new RegExp(`^Ballot of ${byName[0]!.name}, round 1`) })).toBeVisible();

  // Find a person by name: their ballot comes up, and the risk filter is ready for typing.
  await page.getByRole('searchbox', { name: 'Find a participant' }).fill(voter.name);
  const matches = page.getByRole('list', { name: 'Matching participants' });
  await expect(matches.getByRole('button')).toHaveCount(1);
  await expect(matches.getByRole('button')).toContainText('0 of 20');
  await matches.getByRole('button').click();
  await expect(page.getByRole('table', { name: `Ballot of ${voter.name}, round 1: 20 dots, at most 2 on one risk` })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Find a risk on this ballot' })).toBeFocused();

  // Find a risk among 40, and enter dots.
  await page.keyboard.type(risk.title);
  await expect(page.getByText('1 of 40 risks shown')).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: /^Dots from / })).toHaveCount(1);
  await app.vote(voter.name, risk.title, 2);
  await expect(page.getByRole('status').filter({ hasText: `${voter.name}: 2 of 20 dots used` })).toBeVisible();
  await expect(page.getByText('111 of 120 ballots entered')).toBeVisible();
  await app.dotsInput(voter.name, risk.title).fill('3');
  await expect(page.getByRole('alert')).toHaveText('At most 2 dots may go on one risk.');
  await expect(app.dotsInput(voter.name, risk.title)).toHaveValue('2');

  // The next ballot not entered skips those already in.
  await page.getByRole('button', { name: 'Next ballot not entered' }).click();
  const next = page.getByRole('table', { name: /^Ballot of .*, round 1/ });
  const nextName = (await next.locator('caption').textContent())!.replace(/^Ballot of (.*), round 1.*$/, '$1');
  expect(withoutBallot.map((w) => w.name)).toContain(nextName);
  expect(nextName).not.toBe(voter.name);

  // Results: the chart shows the top 25 of 40 and says so; the table ranks all 40.
  await p.results();
  await expect(page.getByText('1,102 dots cast')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export “Dots per candidate risk, round 1: top 25 of 40, highest first” as PNG' })).toBeVisible();
  await expect(p.barValues('ranked-bar-chart')).toHaveCount(25);
  await expect(p.rowHeaders('Ranking of candidate risks')).toHaveCount(40);
  await expect(page.getByText('The chart shows the top 25; the table ranks all 40.')).toBeVisible();
  // The risk voted on shows its new total (every risk of this plan is a priority: its row header reads "★ title").
  const total = plan.votes.filter((v) => v.riskId === risk.id).reduce((sum, v) => sum + v.dots, 0) + 2;
  const row = p.table('Ranking of candidate risks').getByRole('row').filter({ has: page.getByRole('rowheader', { name: risk.title }) });
  await expect(row.getByRole('cell').nth(1)).toHaveText(String(total));
});
