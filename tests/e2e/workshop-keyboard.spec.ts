/**
 * The whole Riverbend workshop with the keyboard alone, from the home screen to the saved plan
 * file: Tab and Shift+Tab to move, Enter and Space to act, arrows in tabs, spin buttons, radio
 * groups and keyboard drags, Escape to cancel, the app's shortcuts (Alt+W, Alt+1..5, risk
 * numbers, Ctrl+Z, Ctrl+Shift+Z, Ctrl+Shift+S). No click(), fill() or focus(): each step Tabs to
 * its control, which also proves the focus order reaches it. Outcomes are read from the screen by
 * role and name, and from the saved file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download } from '@playwright/test';
import { expect, test } from './fixtures';
import type { PlanFileJson } from './pages/app-page';
import { expectFocusVisible, tabTo } from './pages/keyboard';
import * as step from './pages/keyboard-workshop';
import { CARD, CMHA, HOSPITAL, OD, PLAN, POLICE, SCHOOLS, SESSION, STATEMENT, YMH } from './pages/keyboard-workshop';

test('the whole workshop, keyboard only: from the home screen to the saved plan file', async ({ app, page, tmp }) => {
  // Long: about 370 key presses, each waiting for its effect, on a machine other test runs share.
  test.setTimeout(300_000);
  await app.goto();

  // Home: New plan, type the name and the municipality, Enter.
  await tabTo(page, 'button', 'New plan');
  await expectFocusVisible(page, 'new-plan');
  await page.keyboard.press('Enter');
  const newPlan = page.getByRole('dialog', { name: 'New plan' });
  await expect(newPlan.getByLabel('Plan name')).toBeFocused();
  await page.keyboard.type(PLAN);
  await tabTo(page, 'textbox', 'Municipality or community', { within: newPlan });
  await page.keyboard.type('Town of Riverbend');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Partners and participants' })).toBeVisible();

  await test.step('partners: name, Tab, sector by type-ahead, Enter', () => step.addPartners(page));
  await test.step('participants, on the tab reached with an arrow key', () => step.addParticipants(page));
  await test.step('a session, and who attended', () => step.addSession(page));
  await test.step('capture with Alt+W and Alt+1..5', () => step.captureCards(page));
  await test.step('grouping: Space, a risk number, the keyboard drag', () => step.groupIntoRisks(page));
  await test.step('dot voting with ArrowUp', () => step.dotVote(page));
  await test.step('reveal the results, tick the priorities', () => step.revealAndPrioritise(page));
  await test.step('matrix: add, move with the keyboard, place an asset', () => step.buildMatrix(page));
  await test.step('an outcome and its measures', () => step.addOutcome(page));
  await test.step('Ctrl+Z and Ctrl+Shift+Z', () => step.undoAndRedo(page));

  // Save as (Ctrl+Shift+S): browser mode downloads the plan file.
  const downloaded: Promise<Download> = page.waitForEvent('download');
  await page.keyboard.press('Control+Shift+S');
  const download = await downloaded;
  const path = join(tmp, download.suggestedFilename());
  await download.saveAs(path);
  expect(download.suggestedFilename()).toBe('riverbend-by-keyboard-alone.cswb');
  await expect(page.getByText(`Saved to ${download.suggestedFilename()}`).first()).toBeVisible();
  expectSavedWorkshop(JSON.parse(readFileSync(path, 'utf8')) as PlanFileJson);
});

function expectSavedWorkshop(file: PlanFileJson): void {
  const r = file.records;
  expect(file.plan.name).toBe(PLAN);
  expect(r.partners!.map((p) => p.name).sort()).toEqual([CMHA, POLICE, SCHOOLS, HOSPITAL].sort());
  expect(r.participants).toHaveLength(3);
  expect(r.sessions).toEqual([expect.objectContaining({ title: SESSION, date: '2026-03-14', place: 'Council chamber' })]);
  expect(r.sessions![0]!.attendeeIds).toHaveLength(3);
  expect(r.cards).toHaveLength(6);
  const risks = Object.fromEntries(r.risks!.map((risk) => [risk.title as string, risk]));
  expect(Object.keys(risks).sort()).toEqual([OD, YMH]);
  expect(risks[OD]).toMatchObject({ isPriority: true });
  expect(risks[YMH]).toMatchObject({ isPriority: true });
  const cardRisk = Object.fromEntries(r.cards!.map((c) => [c.text as string, c.riskId]));
  expect(cardRisk).toEqual({
    [CARD.overdose]: risks[OD]!.id,
    [CARD.vaping]: risks[OD]!.id,
    [CARD.naloxone]: risks[OD]!.id,
    [CARD.crisis]: risks[OD]!.id,
    [CARD.waitlist]: risks[YMH]!.id,
    [CARD.vtra]: risks[YMH]!.id,
  });
  expect(r.votes!.reduce((sum, v) => sum + (v.dots as number), 0)).toBe(9);
  const responses = Object.fromEntries(r.responses!.map((x) => [x.title as string, x]));
  expect(responses['Mobile crisis team on evenings and weekends']).toMatchObject({ riskId: risks[OD]!.id, area: 'incidentResponse', type: 'enhanced' });
  expect(responses['Peer mentoring for grade 9 students']).toMatchObject({ riskId: risks[YMH]!.id, area: 'socialDevelopment', type: 'new' });
  expect(responses[CARD.naloxone]).toMatchObject({ riskId: risks[OD]!.id, area: 'prevention', type: 'existing' });
  expect(r.outcomes).toEqual([
    expect.objectContaining({ statement: STATEMENT, riskId: risks[OD]!.id, baseline: '41', target: '25', targetDate: '2029' }),
  ]);
}
