/**
 * Grouping the Riverbend input into the seven candidate risks of the scenario, with every way the
 * board offers: keyboard selection and a risk's number, the keyboard drag (with its screen-reader
 * announcements), the mouse drag (onto a risk and onto "new risk"), rename, split, merge, and
 * catalogue categories (including a user-defined one).
 */
import { CARDS, RISKS } from '@core/sample/riverbend-data';
import { expect, test } from './fixtures';
import { CapturePage } from './pages/capture-page';

const T = {
  overdose: 'More overdose calls downtown since last winter',
  vaping: 'Youth vaping and cannabis use in grade 9-10',
  situationTable: 'Situation table meets weekly (since 2019)',
  mobileCrisis: 'Mobile crisis team pairs an officer with a CMHA nurse, weekdays only',
  naloxone: 'Naloxone kits distributed by public health and pharmacies',
  extendCrisis: 'Extend the mobile crisis team to evenings and weekends',
  waitlist: 'Waitlist for youth mental health counselling is 9 months',
  french: 'French-language mental health services are almost nonexistent',
  afterSchool: 'After-school program at the Friendship Centre',
  vtra: 'Violent threat risk assessment protocol in all schools',
  trust: 'High trust in the Friendship Centre among Indigenous youth',
  mentoring: 'Peer mentoring for grade 9 students',
  ipv: 'Intimate partner violence calls up 18% over three years',
  renovictions: 'Families losing rentals to renovictions',
  mediation: 'Landlord-tenant mediation before eviction filings',
  foodBank: 'Food bank visits by working families doubled',
  seniors: 'Seniors isolated in the rural township, especially in winter',
  transit: 'No transit from the township to services in town',
  hate: 'Hate graffiti at the mosque and the Pride crosswalk',
};
const title = (key: string) => RISKS.find((r) => r.key === key)!.title;

test('the Riverbend cards grouped into the seven candidate risks, by keyboard and by mouse', async ({ app, page }) => {
  test.setTimeout(180_000);
  const board = new CapturePage(page);
  await app.goto();
  await app.newPlan('Riverbend grouping');
  await app.goToStage('Capture input', 'Capture input');
  await board.importFile('riverbend-cards.csv', 22);
  await app.goToStage('Group into risks', 'Group into candidate risks');
  await expect(page.getByRole('heading', { name: '22 cards not grouped' })).toBeVisible();

  // 1. Keyboard: Space selects cards, the name box makes the risk.
  for (const text of [T.overdose, T.vaping]) {
    await board.checkbox(text).focus();
    await page.keyboard.press('Space');
  }
  await expect(page.getByText('2 cards selected')).toBeVisible();
  await page.getByRole('form', { name: 'New candidate risk' }).getByLabel('Name of the risk').focus();
  await page.keyboard.type(title('overdose'));
  await page.keyboard.press('Enter');
  await expect(board.riskCards(title('overdose')).getByRole('listitem')).toHaveCount(2);

  // A risk's number moves the focused card there, or all selected cards when it is one of them.
  await board.checkbox(T.situationTable).focus();
  await page.keyboard.press('1');
  await expect(board.riskCards(title('overdose')).getByText(T.situationTable)).toBeVisible();
  for (const text of [T.mobileCrisis, T.naloxone, T.extendCrisis]) {
    await board.checkbox(text).focus();
    await page.keyboard.press('Space');
  }
  await page.keyboard.press('1');
  await expect(board.riskCards(title('overdose')).getByRole('listitem')).toHaveCount(6);
  await expect(page.getByText('3 cards moved to Substance use and overdose').first()).toBeVisible();

  // 2. Youth mental health: created from one card, the others brought by the keyboard drag.
  await app.groupIntoRisk(title('youthMentalHealth'), [T.waitlist]);
  const live = page.locator('[id^="DndLiveRegion"]');
  for (const text of [T.french, T.afterSchool, T.vtra, T.trust, T.mentoring]) {
    await board.handle(text).focus();
    await page.keyboard.press('Space');
    await expect(live).toContainText(`Over Not grouped: card “${text}”.`);
    // Each arrow jumps to the next group; wait for each announcement before reading it.
    for (let i = 0; i < 6 && !(await live.textContent())?.includes(`Over ${title('youthMentalHealth')}`); i++) {
      const before = await live.textContent();
      await page.keyboard.press('ArrowDown');
      await expect(live).not.toHaveText(before ?? '');
    }
    await expect(live).toContainText(`Over ${title('youthMentalHealth')}: card “${text}”.`);
    await page.keyboard.press('Space');
    await expect(live).toContainText(`Dropped on ${title('youthMentalHealth')}: card “${text}”.`);
    await expect(board.riskCards(title('youthMentalHealth')).getByText(text)).toBeVisible();
  }
  // Escape cancels a keyboard drag: nothing moves.
  await board.handle(T.ipv).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(live).toContainText('Moving cancelled');
  await expect(board.ungrouped().getByText(T.ipv)).toBeVisible();

  // 3. Mouse: drop a card on "new risk", then rename the risk it started.
  await board.dragWithMouse(T.ipv, page.getByText('Drop cards here to start a new candidate risk'));
  await expect(board.riskCards(T.ipv).getByText(T.ipv)).toBeVisible();
  await page.getByRole('button', { name: `Rename risk ${T.ipv}` }).click();
  const rename = page.getByRole('form', { name: `Rename risk ${T.ipv}` });
  await rename.getByRole('textbox').fill(title('ipv'));
  await page.keyboard.press('Enter');
  await expect(board.riskCards(title('ipv')).getByText(T.ipv)).toBeVisible();

  // 4 and 7. A first "Poverty" risk, then split: the food bank card becomes its own risk.
  await app.groupIntoRisk('Poverty', [T.renovictions, T.mediation, T.foodBank]);
  await board.dragWithMouse(T.foodBank, page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Poverty' }) }));
  await board.checkbox(T.foodBank).check();
  await page.getByRole('form', { name: 'New candidate risk' }).getByLabel('Name of the risk').fill(title('food'));
  await page.getByRole('button', { name: 'Create risk from 1 card' }).click();
  await expect(board.riskCards(title('food')).getByText(T.foodBank)).toBeVisible();
  await expect(board.riskCards('Poverty').getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Rename risk Poverty' }).click();
  await page.getByRole('form', { name: 'Rename risk Poverty' }).getByRole('textbox').fill(title('housing'));
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(board.riskCards(title('housing')).getByRole('listitem')).toHaveCount(2);

  // 5. Two risks for the same thing, merged.
  await app.groupIntoRisk(title('seniors'), [T.seniors]);
  await app.groupIntoRisk('Rural transport', [T.transit]);
  await page.getByRole('button', { name: 'Merge risk Rural transport into another' }).click();
  const merge = page.getByRole('dialog', { name: 'Merge “Rural transport” into another risk' });
  await merge.getByRole('combobox').selectOption({ label: title('seniors') });
  await merge.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByRole('heading', { name: 'Rural transport' })).toHaveCount(0);
  await expect(board.riskCards(title('seniors')).getByRole('listitem')).toHaveCount(2);

  // 6. Hate incidents, with a user-defined catalogue category.
  await app.groupIntoRisk(title('hate'), [T.hate]);
  const hateBox = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title('hate') }) });
  await hateBox.getByRole('combobox', { name: 'Catalogue categories' }).fill('Systemic discrimination');
  await page.getByRole('option', { name: 'Add “Systemic discrimination” to the plan’s catalogue' }).click();
  await expect(hateBox.getByRole('list', { name: 'Catalogue categories chosen' })).toHaveText('Systemic discrimination×');

  // Categories from the catalogue, by keyboard, in either language, and from the cards' tags.
  const overdoseBox = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title('overdose') }) });
  await overdoseBox.getByRole('combobox', { name: 'Catalogue categories' }).focus();
  await page.keyboard.type('drogues');
  await expect(page.getByRole('option', { name: /^Drugs/ }).first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(overdoseBox.getByRole('list', { name: 'Catalogue categories chosen' })).toContainText('Drugs');
  await page.keyboard.type('alco');
  await expect(page.getByRole('option', { name: /^Alcohol/ }).first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(overdoseBox.getByRole('list', { name: 'Catalogue categories chosen' }).getByRole('listitem')).toHaveText(['Drugs×', 'Alcohol×']);
  const ymhBox = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title('youthMentalHealth') }) });
  await ymhBox.getByRole('button', { name: 'Add category Mental health' }).click();
  await expect(ymhBox.getByRole('list', { name: 'Catalogue categories chosen' })).toHaveText('Mental health×');

  // Who raised it: organisations and sectors.
  await expect(overdoseBox).toContainText('6 cards · Raised by: Riverbend Police Service; Riverbend District School Board; Canadian Mental Health Association, Riverbend branch; Riverbend General Hospital');
  await expect(overdoseBox).toContainText('4 sectors: Police, Education, Mental health and addictions, Health');

  // The seven risks of the scenario, with the scenario's cards; three cards stay ungrouped.
  await expect(page.getByRole('heading', { name: '7 candidate risks' })).toBeVisible();
  for (const risk of RISKS) {
    const expected = CARDS.filter((c) => c.risk === risk.key).map((c) => c.text).sort();
    const shown = (await board.riskCards(risk.title).locator('.card-text').allTextContents()).sort();
    expect(shown, risk.title).toEqual(expected);
  }
  expect((await board.ungrouped().locator('.card-text').allTextContents()).sort()).toEqual(CARDS.filter((c) => c.risk === null).map((c) => c.text).sort());

  // 0 sends a card back to "not grouped".
  await board.checkbox(T.hate).focus();
  await page.keyboard.press('0');
  await expect(board.ungrouped().getByText(T.hate)).toBeVisible();
  await expect(page.getByRole('heading', { name: '4 cards not grouped' })).toBeVisible();
});
