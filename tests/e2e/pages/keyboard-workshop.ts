/**
 * The Riverbend workshop step by step with the keyboard alone, for workshop-keyboard.spec.ts:
 * each step Tabs (or Shift+Tabs) to its control and acts with keys; what it reads back to check
 * the step worked is read by role and name.
 */
import { expect, type Page } from '@playwright/test';
import { expectFocusVisible, goToStage, press, tabTo, typeAhead } from './keyboard';

export const PLAN = 'Riverbend by keyboard alone';
export const POLICE = 'Riverbend Police Service';
export const CMHA = 'Canadian Mental Health Association, Riverbend branch';
export const SCHOOLS = 'Riverbend District School Board';
export const HOSPITAL = 'Riverbend General Hospital';
export const SESSION = 'Workshop 1: risks and assets';
export const PEOPLE = { alex: 'Alex Martin', priya: 'Priya Shah', jordan: 'Jordan Lee' };
export const CARD = {
  overdose: 'More overdose calls downtown since last winter',
  vaping: 'Youth vaping and cannabis use in grade 9-10',
  waitlist: 'Waitlist for youth mental health counselling is 9 months',
  naloxone: 'Naloxone kits distributed by public health and pharmacies',
  vtra: 'Violent threat risk assessment protocol in all schools',
  crisis: 'Extend the mobile crisis team to evenings and weekends',
};
export const OD = 'Substance use and overdose';
export const YMH = 'Youth mental health and access to services';
const KIND_KEY = { Risk: 'Alt+1', Asset: 'Alt+3', Idea: 'Alt+5' } as const;

/** Organisation name, Tab, sector by type-ahead, Tab, Enter: the name box is ready for the next one. */
export async function addPartners(page: Page): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a partner organisation' });
  const table = page.getByRole('table', { name: 'Partner organisations' });
  const partners: [string, string][] = [
    [POLICE, 'Police'],
    [CMHA, 'Mental health and addictions'],
    [SCHOOLS, 'Education'],
    [HOSPITAL, 'Health'],
  ];
  await tabTo(page, 'textbox', 'Organisation name');
  await expectFocusVisible(page, 'organisation-name');
  for (const [name, sector] of partners) {
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    await typeAhead(page, form.getByLabel('Sector'), sector);
    await press(page, 'Enter', 'button', 'Add partner', { within: form });
    await expect(table.getByRole('rowheader', { name, exact: true })).toBeVisible();
    await expect(form.getByLabel('Organisation name')).toBeFocused();
  }
  await expect(table.getByRole('rowheader')).toHaveCount(4);
}

/** Arrow keys move between the stage's tabs; the person's organisation by type-ahead. */
export async function addParticipants(page: Page): Promise<void> {
  await tabTo(page, 'tab', '4 organisations', { back: true });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: '0 participants' })).toHaveAttribute('aria-selected', 'true');
  await expectFocusVisible(page, 'partners-tab');
  const form = page.getByRole('form', { name: 'Add a participant' });
  const table = page.getByRole('table', { name: 'Participants' });
  const people: [string, string][] = [
    [PEOPLE.alex, POLICE],
    [PEOPLE.priya, CMHA],
    [PEOPLE.jordan, SCHOOLS],
  ];
  await tabTo(page, 'textbox', "Person's name");
  for (const [name, organisation] of people) {
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    await typeAhead(page, form.getByLabel('Organisation'), organisation);
    await press(page, 'Enter', 'button', 'Add participant', { within: form });
    await expect(table.getByRole('rowheader', { name, exact: true })).toBeVisible();
    await expect(form.getByLabel("Person's name")).toBeFocused();
  }
}

/** A session with its date and place, then everyone present, from the attendance dialog. */
export async function addSession(page: Page): Promise<void> {
  await tabTo(page, 'tab', '3 participants', { back: true });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: '0 sessions' })).toHaveAttribute('aria-selected', 'true');
  const form = page.getByRole('form', { name: 'Add a session' });
  await tabTo(page, 'textbox', 'Title', { within: form });
  await page.keyboard.type(SESSION);
  await page.keyboard.press('Tab');
  // The date field's segments (month, day, year in this browser's locale) advance as digits are typed.
  await page.keyboard.type('03142026');
  await expect(form.getByLabel('Date')).toHaveValue('2026-03-14');
  await tabTo(page, 'textbox', 'Place', { within: form });
  await page.keyboard.type('Council chamber');
  await page.keyboard.press('Enter');
  const sessions = page.getByRole('list', { name: 'Sessions' });
  await expect(sessions.getByRole('heading', { name: SESSION })).toBeVisible();
  await expect(sessions).toContainText('March 14, 2026 · Council chamber');

  await press(page, 'Enter', 'button', `Attendance at ${SESSION}`);
  const dialog = page.getByRole('dialog', { name: `Who attended ${SESSION}` });
  await tabTo(page, 'button', 'Everyone', { within: dialog });
  await expectFocusVisible(page, 'attendance-everyone');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('checkbox')).toHaveCount(3);
  for (const box of await dialog.getByRole('checkbox').all()) await expect(box).toBeChecked();
  await press(page, 'Enter', 'button', 'Save attendance', { within: dialog });
  await expect(dialog).toBeHidden();
  await expect(sessions).toContainText('3 of 3 participants attended');
}

/**
 * Capture with the shortcuts, never leaving the text box: Alt+W picks who said it (type, Enter),
 * Alt+1..5 the kind, then the text and Enter.
 */
export async function captureCards(page: Page): Promise<void> {
  await goToStage(page, 'Capture input', 'Capture input');
  const field = page.getByRole('form', { name: 'Add an input card' }).getByLabel('What was said');
  await tabTo(page, 'textbox', 'What was said');
  await expectFocusVisible(page, 'capture-text');
  const cards: [string, keyof typeof KIND_KEY, string][] = [
    [CARD.overdose, 'Risk', POLICE],
    [CARD.vaping, 'Risk', SCHOOLS],
    [CARD.waitlist, 'Risk', CMHA],
    [CARD.naloxone, 'Asset', HOSPITAL],
    [CARD.vtra, 'Asset', SCHOOLS],
    [CARD.crisis, 'Idea', HOSPITAL],
  ];
  for (const [text, kind, from] of cards) {
    await page.keyboard.press('Alt+w');
    await page.keyboard.type(from);
    await page.keyboard.press('Enter');
    await expect(field).toBeFocused();
    await page.keyboard.press(KIND_KEY[kind]);
    await expect(page.getByRole('radio', { name: kind, exact: true })).toBeChecked();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await expect(field).toHaveValue('');
  }
  await expect(page.getByRole('heading', { name: '6 cards' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Input cards' });
  await expect(list.getByRole('listitem', { name: `Asset: ${CARD.naloxone}. From ${HOSPITAL}` })).toBeVisible();
  await expect(list.getByRole('listitem', { name: `Idea: ${CARD.crisis}. From ${HOSPITAL}` })).toBeVisible();
}

/** Space selects cards, the name box makes a risk; a risk's number moves the focused card; Space + arrows drag. */
export async function groupIntoRisks(page: Page): Promise<void> {
  await goToStage(page, 'Group into risks', 'Group into candidate risks');
  const ungrouped = page.getByRole('list', { name: 'Cards not grouped' });
  for (const text of [CARD.overdose, CARD.vaping]) {
    await press(page, 'Space', 'checkbox', `Risk ${text}`, { within: ungrouped });
    await expect(ungrouped.getByRole('checkbox', { name: `Risk ${text}` })).toBeChecked();
  }
  await expectFocusVisible(page, 'card-checkbox');
  await expect(page.getByText('2 cards selected')).toBeVisible();
  await tabTo(page, 'textbox', 'Name of the risk', { back: true });
  await page.keyboard.type(OD);
  await page.keyboard.press('Enter');
  const odCards = page.getByRole('list', { name: `Cards of ${OD}` });
  await expect(odCards.getByRole('listitem')).toHaveCount(2);
  // The selection is cleared once the risk is stored: wait for it before selecting the next card.
  await expect(page.getByText('0 cards selected')).toBeVisible();

  await press(page, 'Space', 'checkbox', `Risk ${CARD.waitlist}`, { within: ungrouped });
  await tabTo(page, 'textbox', 'Name of the risk', { back: true });
  await page.keyboard.type(YMH);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '2 candidate risks' })).toBeVisible();
  await expect(page.getByText('0 cards selected')).toBeVisible();

  // "1" on a focused card moves it to risk 1.
  for (const text of [CARD.naloxone, CARD.crisis]) {
    await tabTo(page, 'checkbox', new RegExp(`${text}$`), { within: ungrouped });
    await page.keyboard.press('1');
    await expect(odCards.getByText(text, { exact: true })).toBeVisible();
  }

  // The keyboard drag: Space lifts the card, arrows go from group to group, Escape cancels, Space drops.
  const live = page.locator('[id^="DndLiveRegion"]');
  await tabTo(page, 'button', `Drag card: ${CARD.vtra}`, { back: true });
  await page.keyboard.press('Space');
  await expect(live).toContainText(`Over Not grouped: card “${CARD.vtra}”.`);
  await page.keyboard.press('Escape');
  await expect(live).toContainText('Moving cancelled');
  await expect(ungrouped.getByText(CARD.vtra, { exact: true })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(live).toContainText(`Over Not grouped: card “${CARD.vtra}”.`);
  for (let i = 0; i < 4 && !(await live.textContent())?.includes(`Over ${YMH}`); i++) {
    const before = (await live.textContent()) ?? '';
    await page.keyboard.press('ArrowDown');
    await expect(live).not.toHaveText(before);
  }
  await expect(live).toContainText(`Over ${YMH}: card “${CARD.vtra}”.`);
  await page.keyboard.press('Space');
  await expect(page.getByRole('list', { name: `Cards of ${YMH}` }).getByText(CARD.vtra, { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: '0 cards not grouped' })).toBeVisible();
}

/** Each spin button counts up with ArrowUp; the grid stops at the per-risk limit. */
export async function dotVote(page: Page): Promise<void> {
  await goToStage(page, 'Dot voting', 'Dot voting');
  const ballots: [string, string, number][] = [
    [PEOPLE.alex, OD, 2],
    [PEOPLE.alex, YMH, 1],
    [PEOPLE.jordan, YMH, 2],
    [PEOPLE.priya, OD, 2],
    [PEOPLE.priya, YMH, 2],
  ];
  for (const [person, risk, dots] of ballots) {
    const input = await tabTo(page, 'spinbutton', `Dots from ${person} on ${risk}`);
    // One dot per key, each seen in the box before the next: the box shows the stored count, and
    // a second key pressed before the first is stored counts from the old value (reported bug).
    for (let i = 1; i <= dots; i++) {
      await page.keyboard.press('ArrowUp');
      await expect(input).toHaveValue(String(i));
    }
  }
  await expectFocusVisible(page, 'dots');
  // One more ArrowUp on a full risk stays at the limit of 2.
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('spinbutton', { name: `Dots from ${PEOPLE.priya} on ${YMH}` })).toHaveValue('2');
  await expect(page.getByRole('row', { name: new RegExp(`^${PEOPLE.priya}`) })).toContainText('4 of 5');
}

/** Reveal the dot results, then tick the two priorities with Space. */
export async function revealAndPrioritise(page: Page): Promise<void> {
  await goToStage(page, 'Results', 'Results');
  await expect(page.getByText('Results are hidden until you reveal them.')).toBeVisible();
  await press(page, 'Enter', 'button', 'Reveal results');
  const ranking = page.getByRole('table', { name: 'Ranking of candidate risks' });
  await expect(ranking.getByRole('row').nth(1)).toContainText(YMH);
  await expect(ranking.getByRole('row').nth(1)).toContainText('5');
  await expect(ranking.getByRole('row').nth(2)).toContainText(OD);
  await expect(ranking.getByRole('row').nth(2)).toContainText('4');
  for (const risk of [YMH, OD]) {
    const box = await tabTo(page, 'checkbox', `Priority: ${risk}`);
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }
  await expect(page.getByText('2 priorities')).toBeVisible();
}

/**
 * The matrix: a response added from a cell's Add button, one moved with the keyboard drag, and an
 * asset placed with the Place… dialog (the keyboard alternative to dragging it in).
 */
export async function buildMatrix(page: Page): Promise<void> {
  await goToStage(page, 'Response matrix', 'Risk-to-response matrix');
  const cell = (risk: string, area: string) => page.getByRole('cell', { name: `${risk}, ${area}`, exact: true });

  await addResponse(page, OD, 'Prevention', 'Mobile crisis team on evenings and weekends', 'Enhanced', HOSPITAL);
  await addResponse(page, YMH, 'Social development', 'Peer mentoring for grade 9 students', 'New', SCHOOLS);

  // Put in the wrong column: Space lifts it, two ArrowRights reach Incident response, Space drops.
  const title = 'Mobile crisis team on evenings and weekends';
  await tabTo(page, 'button', new RegExp(`^Move “${title}”`), { back: true });
  await expectFocusVisible(page, 'matrix-move');
  await page.keyboard.press('Space');
  await expect(page.locator('.drag-preview')).toHaveText(title);
  const live = page.locator('[id^="DndLiveRegion"]');
  for (const key of ['ArrowRight', 'ArrowRight']) {
    const before = (await live.textContent()) ?? '';
    await page.keyboard.press(key);
    await expect(live).not.toHaveText(before);
  }
  await expect(live).toContainText(`“${title}” is over ${OD}, Incident response.`);
  await page.keyboard.press('Space');
  await expect(cell(OD, 'Incident response').getByText(title, { exact: true })).toBeVisible();
  await expect(cell(OD, 'Prevention')).not.toContainText(title);

  // The naloxone asset, placed from the keyboard: priority suggested, area by arrow keys in the radio group.
  await press(page, 'Enter', 'button', `Place… make a response from the asset: ${CARD.naloxone}`, { back: true });
  const place = page.getByRole('dialog', { name: 'Make a response from an asset' });
  await expect(place.getByLabel('Priority risk')).toBeFocused();
  await expect(place.getByLabel('Priority risk').locator('option:checked')).toHaveText(OD);
  await tabTo(page, 'radio', 'Social development', { within: place });
  await page.keyboard.press('ArrowDown');
  await expect(place.getByRole('radio', { name: 'Prevention', exact: true })).toBeChecked();
  await press(page, 'Enter', 'button', 'Add to the matrix', { within: place });
  await expect(place).toBeHidden();
  await expect(cell(OD, 'Prevention').getByText(CARD.naloxone, { exact: true })).toBeVisible();
  await expect(page.locator('td.gap')).toHaveCount(5);
}

export async function addResponse(page: Page, risk: string, area: string, title: string, type: string, lead: string): Promise<void> {
  await press(page, 'Enter', 'button', `Add a response: ${risk}, ${area}`);
  const dialog = page.getByRole('dialog', { name: `New response: ${risk}, ${area}` });
  await expect(dialog.getByLabel('Response', { exact: true })).toBeFocused();
  await page.keyboard.type(title);
  await tabTo(page, 'combobox', 'Type', { within: dialog });
  await typeAhead(page, dialog.getByLabel('Type'), type);
  await tabTo(page, 'combobox', 'Lead partner', { within: dialog });
  await typeAhead(page, dialog.getByLabel('Lead partner'), lead);
  await press(page, 'Enter', 'button', 'Add response', { within: dialog });
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name: `${risk}, ${area}`, exact: true }).getByText(title, { exact: true })).toBeVisible();
}

export const STATEMENT = 'Fewer repeat overdose calls in the downtown core';

export function outcomeRow(page: Page) {
  const table = page.getByRole('table', { name: `Outcomes and measures: ${OD}` });
  return table.getByRole('row').filter({ has: page.getByRole('button', { name: `Edit outcome: ${STATEMENT}` }) });
}

/** The outcome of the scenario and its measures, field by field with Tab. */
export async function addOutcome(page: Page): Promise<void> {
  await goToStage(page, 'Outcomes and measures', 'Outcomes and measures');
  await press(page, 'Enter', 'button', `Add an outcome: ${OD}`);
  const dialog = page.getByRole('dialog', { name: `New outcome: ${OD}` });
  await expect(dialog.getByLabel('Outcome', { exact: true })).toBeFocused();
  await page.keyboard.type(STATEMENT);
  const fields: [string, string][] = [
    ['Indicator', 'Repeat overdose calls per quarter'],
    ['Baseline', '41'],
    ['Baseline date', '2025'],
    ['Target', '25'],
    ['Target date', '2029'],
    ['Data source', 'Police CAD data'],
  ];
  for (const [label, value] of fields) {
    await tabTo(page, 'textbox', label, { within: dialog });
    await page.keyboard.type(value);
  }
  // Frequency offers a list of suggestions (a combobox); typing is enough.
  await tabTo(page, 'combobox', 'Frequency', { within: dialog });
  await page.keyboard.type('Quarterly');
  await tabTo(page, 'textbox', 'Responsibility', { within: dialog });
  await page.keyboard.type('CSWB coordinator');
  await press(page, 'Enter', 'button', 'Add outcome', { within: dialog });
  await expect(dialog).toBeHidden();
  const row = outcomeRow(page);
  await expect(row).toContainText('Repeat overdose calls per quarter');
  await expect(row).toContainText('41');
  await expect(row).toContainText('Police CAD data');
  await expect(row).toContainText('CSWB coordinator');
}

/** Ctrl+Z takes the outcome back out, Ctrl+Shift+Z puts it back (focus on a button, not in a field). */
export async function undoAndRedo(page: Page): Promise<void> {
  await tabTo(page, 'button', `Add an outcome: ${YMH}`);
  await page.keyboard.press('Control+z');
  await expect(outcomeRow(page)).toHaveCount(0);
  await expect(page.getByText('Undone: add outcome').first()).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(outcomeRow(page)).toHaveCount(1);
  await expect(page.getByText('Redone: add outcome').first()).toBeVisible();
}
