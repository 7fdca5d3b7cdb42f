/**
 * The walking skeleton, end to end through the UI: a facilitator builds a small workshop from an
 * empty app (partners, cards, grouping, dot votes, the chart, priorities, the matrix), saves it as
 * a .cswb file, closes and deletes it, opens the file, and gets every record back identical.
 */
import { expect, test } from './fixtures';

const RISK_OD = 'Substance use and overdose';
const RISK_YMH = 'Youth mental health';

test('steps 1 to 7: build a workshop, save it, open it back identical', async ({ app, page, tmp }) => {
  await app.goto();
  await app.newPlan('Riverbend CSWB review', 'Town of Riverbend');

  // 1. Partners and participants.
  await app.addPartner('Riverbend Police Service', 'Police');
  await app.addPartner('Canadian Mental Health Association', 'Mental health and addictions');
  await app.addPartner('Riverbend District School Board', 'Education');
  await app.addParticipant('Alex Martin', 'Riverbend Police Service');
  await app.addParticipant('Priya Shah', 'Canadian Mental Health Association');
  await app.addParticipant('Jordan Lee', 'Riverbend District School Board');

  // 2. Capture input cards, keyboard only in the text field.
  await app.goToStage('Capture input', 'Capture input');
  await app.captureCard('More overdose calls downtown since last winter', 'Risk', 'Riverbend Police Service');
  await app.captureCard('Naloxone kits distributed by public health', 'Asset', 'Canadian Mental Health Association');
  await app.captureCard('Waitlist for youth counselling is 9 months', 'Risk', 'Canadian Mental Health Association');
  await app.captureCard('Youth vaping and cannabis use in grade 9-10', 'Risk', 'Riverbend District School Board');
  await expect(page.getByRole('heading', { name: '4 cards' })).toBeVisible();

  // 3. Group cards into candidate risks.
  await app.goToStage('Group into risks', 'Group into candidate risks');
  await app.groupIntoRisk(RISK_OD, ['More overdose calls downtown since last winter', 'Youth vaping and cannabis use in grade 9-10']);
  await app.groupIntoRisk(RISK_YMH, ['Waitlist for youth counselling is 9 months']);
  await expect(page.getByRole('heading', { name: '2 candidate risks' })).toBeVisible();

  // 4. Dot votes (5 dots each, at most 2 per risk).
  await app.goToStage('Dot voting', 'Dot voting');
  await app.vote('Alex Martin', RISK_OD, 2);
  await app.vote('Alex Martin', RISK_YMH, 1);
  await app.vote('Priya Shah', RISK_OD, 2);
  await app.vote('Priya Shah', RISK_YMH, 2);
  await app.vote('Jordan Lee', RISK_YMH, 2);
  // An absurd entry is refused with a message and changes nothing.
  await app.dotsInput('Jordan Lee', RISK_OD).fill('3');
  await expect(page.getByRole('alert')).toHaveText('At most 2 dots may go on one risk.');
  await expect(app.dotsInput('Jordan Lee', RISK_OD)).toHaveValue('0');

  // 5. Results: hidden until revealed, then ranked in the chart.
  await app.goToStage('Results', 'Results');
  await expect(page.getByText('Results are hidden until you reveal them.')).toBeVisible();
  await expect(page.locator('.recharts-surface')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal results' }).click();
  const ranking = page.getByRole('table', { name: 'Ranking of candidate risks' });
  await expect(ranking.getByRole('row').nth(1)).toContainText(RISK_YMH);
  await expect(ranking.getByRole('row').nth(1)).toContainText('5');
  await expect(ranking.getByRole('row').nth(2)).toContainText(RISK_OD);
  const bars = page.locator('.ranked-bar-chart .recharts-label-list text');
  await expect(bars).toHaveText(['5', '4']);
  await expect(page.locator('.ranked-bar-chart .recharts-yAxis-tick-labels text')).toHaveText([RISK_YMH, RISK_OD]);

  // 6. Priorities and the matrix.
  for (const risk of [RISK_OD, RISK_YMH]) {
    const box = page.getByRole('checkbox', { name: `Priority: ${risk}` });
    await box.click();
    await expect(box).toBeChecked();
  }
  await expect(page.getByText('2 priorities')).toBeVisible();
  await app.goToStage('Response matrix', 'Risk-to-response matrix');
  await app.addResponse(RISK_OD, 'Prevention', 'Naloxone distribution', 'Existing', 'Canadian Mental Health Association');
  await app.addResponse(RISK_YMH, 'Social development', 'Peer mentoring for grade 9', 'New', 'Riverbend District School Board');
  await expect(page.getByRole('cell', { name: `${RISK_OD}, Social development` })).toContainText('Gap');
  await expect(page.locator('td.gap')).toHaveCount(6);

  // 7. Save as, close, delete from the app, open the file: everything is back, identical.
  const saved = await app.saveAs(tmp);
  expect(saved.path.endsWith('riverbend-cswb-review.cswb')).toBe(true);
  expect(saved.json.format).toBe('cswb-plan');
  expect(saved.json.records.partners).toHaveLength(3);
  expect(saved.json.records.cards).toHaveLength(4);
  expect(saved.json.records.votes).toHaveLength(5);
  expect(saved.json.records.responses).toHaveLength(2);
  await expect(page.getByText('Saved to riverbend-cswb-review.cswb').first()).toBeVisible();

  await app.closePlan();
  await page.getByRole('button', { name: 'Delete plan Riverbend CSWB review' }).click();
  await expect(page.getByRole('link', { name: /Riverbend CSWB review/ })).toHaveCount(0);

  await app.openFile(saved.path);
  await expect(page.getByRole('heading', { level: 1, name: 'Partners and participants' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Partner organisations' }).getByRole('rowheader')).toHaveText([
    'Canadian Mental Health Association',
    'Riverbend District School Board',
    'Riverbend Police Service',
  ]);
  await app.goToStage('Response matrix', 'Risk-to-response matrix');
  await expect(page.getByRole('cell', { name: `${RISK_OD}, Prevention` })).toContainText('Naloxone distribution');

  const again = await app.saveAs(tmp + '/again');
  expect(again.json.plan).toEqual(saved.json.plan);
  expect(again.json.records).toEqual(saved.json.records);
});

test('the database keeps everything across a reload, on the same stage', async ({ app, page }) => {
  await app.goto();
  await app.newPlan('Reload check');
  await app.addPartner('Riverbend Food Bank', 'Community and social services');
  await app.goToStage('Capture input', 'Capture input');
  await app.captureCard('Food bank visits by working families doubled', 'Risk', 'Riverbend Food Bank');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Capture input' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Input cards' }).getByText('Food bank visits by working families doubled')).toBeVisible();
  await app.closePlan();
  await expect(page.getByRole('link', { name: /Reload check/ })).toContainText('unsaved changes');
});

test('undo and redo from the keyboard, including after a reload', async ({ app, page }) => {
  await app.goto();
  await app.newPlan('Undo check');
  await app.addPartner('Riverbend Housing Corporation', 'Housing and homelessness');
  const table = page.getByRole('table', { name: 'Partner organisations' });
  await page.locator('body').click();
  await page.keyboard.press('Control+z');
  await expect(table.getByRole('rowheader')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Partners and participants' })).toBeVisible();
  await page.locator('body').click();
  await page.keyboard.press('Control+Shift+z');
  await expect(table.getByRole('rowheader', { name: 'Riverbend Housing Corporation' })).toBeVisible();
});

test('the sample workshop opens with the Riverbend partners, risks and matrix', async ({ app, page }) => {
  await app.goto();
  await page.getByRole('button', { name: 'Try the sample workshop' }).click();
  await expect(page.getByRole('table', { name: 'Partner organisations' }).getByRole('rowheader')).toHaveCount(16);
  await app.goToStage('Response matrix', 'Risk-to-response matrix');
  await expect(page.getByRole('cell', { name: /Substance use and overdose, Prevention/ })).toContainText('aloxone');
});

test('a damaged plan file is refused with a clear message and changes nothing', async ({ app, page, tmp }) => {
  const { writeFileSync } = await import('node:fs');
  await app.goto();
  await app.newPlan('Keep me');
  await app.closePlan();
  const bad = `${tmp}/broken.cswb`;
  writeFileSync(bad, '{"format":"cswb-plan","formatVersion":1,"plan":');
  await app.openFile(bad);
  const dialog = page.getByRole('alertdialog', { name: 'This file could not be opened' });
  await expect(dialog).toContainText('broken.cswb');
  await expect(dialog).toContainText('not valid JSON');
  await expect(dialog).toContainText('Nothing in the app was changed.');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('link', { name: /Keep me/ })).toBeVisible();
  await expect(page.locator('.plan-item')).toHaveCount(1);
});
