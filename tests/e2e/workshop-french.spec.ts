/**
 * The workshop in French, from the language switch on: every control is found by the name a
 * French-speaking facilitator sees, taken from the app's own catalogues (resources/locales/fr)
 * through i18next, never copied here. Dates and numbers read the fr-CA way, and what leaves the
 * app (the plan file, a CSV table, the Word document) comes out in French.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { PlanFileJson } from './pages/app-page';
import { escapeRegExp } from './pages/capture-page';
import { docxText } from './pages/files-page';
import { messages } from './pages/messages';

const t = messages('fr');
const en = messages('en');

const PLAN = 'Plan SBEC de Riverbend — révision 2026';
const POLICE = 'Service de police de Riverbend';
const ACSM = 'Association canadienne pour la santé mentale, Riverbend';
const CONSEIL = 'Conseil scolaire catholique Riverbend';
const PEOPLE = { genevieve: 'Geneviève Lavoie', claire: 'Claire Tremblay' };
const CARD = {
  surdoses: 'Hausse des appels pour surdose au centre-ville depuis l’hiver dernier',
  attente: 'Liste d’attente de 9 mois pour le counseling en santé mentale des jeunes',
  francais: 'Les services de santé mentale en français sont presque inexistants',
  naloxone: 'Trousses de naloxone distribuées par la santé publique et les pharmacies',
};
const SUBSTANCES = 'Consommation de substances et surdoses';
const JEUNES = 'Santé mentale des jeunes et accès aux services';
const FR_MONTH_SHORT = /\d{1,2} (janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\.? \d{4}/;
const FR_MONTH = /\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/;

// A control that is not found fails the step at once rather than at the end of the test.
test.use({ actionTimeout: 15_000 });

test('the workshop in French: French names throughout, fr-CA dates and numbers, French exports', async ({ app, page, tmp }) => {
  test.setTimeout(240_000);
  await app.goto();
  await page.getByRole('button', { name: t('common:languageName.fr') }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1, name: t('common:appName') })).toBeVisible();

  await page.getByRole('button', { name: t('home:newPlan') }).click();
  const dialog = page.getByRole('dialog', { name: t('home:newPlanTitle') });
  await dialog.getByLabel(t('home:planName')).fill(PLAN);
  await dialog.getByLabel(t('home:municipality')).fill('Ville de Riverbend');
  await dialog.getByRole('button', { name: t('home:create') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('partners:title') })).toBeVisible();

  await test.step('partners, people and a session', () => partnersPeopleAndSession(page));
  await test.step('capture and grouping', () => captureAndGroup(page));
  await test.step('dot vote, results, priorities', () => voteAndPrioritise(page));
  await test.step('matrix and its balance', () => matrixAndBalance(page));

  // The plan file: named from the French plan name, the French texts intact, the app's own
  // default title in French.
  const downloaded: Promise<Download> = page.waitForEvent('download');
  await page.getByRole('toolbar', { name: t('workspace:planActions') }).getByRole('button', { name: t('workspace:saveAs') }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe('plan-sbec-de-riverbend-revision-2026.cswb');
  const planPath = join(tmp, download.suggestedFilename());
  await download.saveAs(planPath);
  await expect(page.getByText(t('files:saved', { name: download.suggestedFilename() })).first()).toBeVisible();
  const file = JSON.parse(readFileSync(planPath, 'utf8')) as PlanFileJson;
  expect(file.plan).toMatchObject({ name: PLAN, municipality: 'Ville de Riverbend' });
  expect(file.records.sessions).toEqual([expect.objectContaining({ title: t('sessions:defaultTitle', { n: 1 }), date: '2026-03-14', place: 'Salle du conseil' })]);
  expect(file.records.cards!.map((c) => c.text).sort()).toEqual(Object.values(CARD).sort());
  expect(file.records.risks!.map((r) => r.title).sort()).toEqual([SUBSTANCES, JEUNES].sort());

  await test.step('Publish and export in French', () => frenchExports(page, tmp));

  // Back on the list of plans: when it was last changed, the fr-CA way ("24 nov. 2026, 14 h 05").
  await page.getByRole('button', { name: t('workspace:closePlan') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('common:appName') })).toBeVisible();
  const planLink = page.getByRole('link', { name: new RegExp(`^${escapeRegExp(PLAN)}`) });
  await expect(planLink).toContainText(messagePattern(t('home:edited', { when: '§' }), `${FR_MONTH_SHORT.source}, \\d{1,2} h \\d{2}`));
});

const stage = (page: Page, key: string) =>
  page.getByRole('navigation', { name: t('workspace:stages') }).getByRole('link', { name: t(`workspace:stage.${key}`), exact: true }).click();

async function partnersPeopleAndSession(page: Page): Promise<void> {
  const partnerForm = page.getByRole('form', { name: t('partners:addPartnerForm') });
  const partners: [string, string][] = [
    [POLICE, 'police'],
    [ACSM, 'mentalHealth'],
    [CONSEIL, 'education'],
  ];
  for (const [name, sector] of partners) {
    await partnerForm.getByLabel(t('partners:organisationName')).fill(name);
    await partnerForm.getByLabel(t('partners:sector')).selectOption({ label: t(`catalogue:sector.${sector}`) });
    await partnerForm.getByRole('button', { name: t('partners:addPartner') }).click();
    await expect(page.getByRole('table', { name: t('partners:organisationsCaption') }).getByRole('rowheader', { name, exact: true })).toBeVisible();
  }
  // The table shows each sector by its French name.
  await expect(page.getByRole('row', { name: new RegExp(`^${POLICE}`) })).toContainText(t('catalogue:sector.police'));
  await expect(page.getByRole('row', { name: new RegExp(`^${ACSM}`) })).toContainText(t('catalogue:sector.mentalHealth'));

  await page.getByRole('tab', { name: t('partners:participants', { count: 0 }) }).click();
  const personForm = page.getByRole('form', { name: t('partners:addParticipantForm') });
  for (const [name, organisation] of [
    [PEOPLE.genevieve, CONSEIL],
    [PEOPLE.claire, ACSM],
  ] as const) {
    await personForm.getByLabel(t('partners:personName')).fill(name);
    await personForm.getByRole('combobox', { name: t('partners:organisation'), exact: true }).selectOption({ label: organisation });
    await personForm.getByRole('button', { name: t('partners:addParticipant') }).click();
    await expect(page.getByRole('table', { name: t('partners:participantsCaption') }).getByRole('rowheader', { name, exact: true })).toBeVisible();
  }

  // A session with no title gets the app's French default title; its date reads the fr-CA way.
  await page.getByRole('tab', { name: t('sessions:sessions', { count: 0 }) }).click();
  const sessionForm = page.getByRole('form', { name: t('sessions:addForm') });
  await sessionForm.getByLabel(t('sessions:date')).fill('2026-03-14');
  await sessionForm.getByLabel(t('sessions:place')).fill('Salle du conseil');
  await sessionForm.getByRole('button', { name: t('sessions:add') }).click();
  const title = t('sessions:defaultTitle', { n: 1 });
  const sessions = page.getByRole('list', { name: t('sessions:listLabel') });
  await expect(sessions.getByRole('heading', { name: title })).toBeVisible();
  await expect(sessions).toContainText('14 mars 2026 · Salle du conseil');
  await sessions.getByRole('button', { name: t('sessions:attendanceOf', { title }) }).click();
  const attendance = page.getByRole('dialog', { name: t('sessions:attendanceTitle', { title }) });
  await attendance.getByRole('button', { name: t('sessions:everyone') }).click();
  await attendance.getByRole('button', { name: t('sessions:saveAttendance') }).click();
  await expect(sessions).toContainText(t('sessions:attendees', { count: 2, total: 2 }));
}

async function captureAndGroup(page: Page): Promise<void> {
  await stage(page, 'capture');
  await expect(page.getByRole('heading', { level: 1, name: t('capture:title') })).toBeVisible();
  const form = page.getByRole('form', { name: t('capture:addCardForm') });
  const field = form.getByLabel(t('capture:cardText'));
  // One card said for a whole sector rather than an organisation: the sector's French name.
  const education = t('catalogue:sector.education');
  const cards: [string, string, string][] = [
    [CARD.surdoses, 'risk', POLICE],
    [CARD.attente, 'risk', ACSM],
    [CARD.francais, 'challenge', education],
    [CARD.naloxone, 'asset', ACSM],
  ];
  for (const [text, kind, from] of cards) {
    const who = form.getByRole('combobox', { name: t('capture:from'), exact: true });
    await who.fill(from);
    await who.press('Enter');
    await expect(who).toHaveValue(from);
    await form.getByRole('radio', { name: t(`catalogue:cardKind.${kind}`), exact: true }).check();
    await field.fill(text);
    await field.press('Enter');
    await expect(field).toHaveValue('');
  }
  await expect(page.getByRole('heading', { name: t('capture:cards', { count: 4, n: 4 }) })).toBeVisible();
  const list = page.getByRole('list', { name: t('capture:cardList') });
  await expect(list.getByRole('listitem', { name: t('capture:cardSummary', { kind: t('catalogue:cardKind.challenge'), text: CARD.francais, from: t('capture:sectorOnlyNamed', { sector: education }) }) })).toBeVisible();

  await stage(page, 'risks');
  await expect(page.getByRole('heading', { level: 1, name: t('risks:title') })).toBeVisible();
  const ungrouped = page.getByRole('list', { name: t('risks:ungroupedList') });
  const newRisk = page.getByRole('form', { name: t('risks:newRiskForm') });
  const card = (text: string) => ungrouped.getByRole('checkbox', { name: new RegExp(`${text}$`) });
  await card(CARD.surdoses).check();
  await newRisk.getByLabel(t('risks:riskTitle')).fill(SUBSTANCES);
  await newRisk.getByRole('button', { name: t('risks:createRisk', { count: 1 }) }).click();
  // Creating the risk clears the selection when it is stored: wait for that before selecting again.
  await expect(page.getByText(t('risks:selected', { count: 0 }))).toBeVisible();
  await card(CARD.attente).check();
  await card(CARD.francais).check();
  await expect(page.getByText(t('risks:selected', { count: 2 }))).toBeVisible();
  await newRisk.getByLabel(t('risks:riskTitle')).fill(JEUNES);
  await newRisk.getByRole('button', { name: t('risks:createRisk', { count: 2 }) }).click();
  await expect(page.getByText(t('risks:selected', { count: 0 }))).toBeVisible();
  // The selection bar: "Déplacer vers" a numbered risk.
  await card(CARD.naloxone).check();
  const selection = page.getByRole('region', { name: t('risks:selection') });
  await selection.getByLabel(t('risks:moveTo')).selectOption({ label: `1. ${SUBSTANCES}` });
  await selection.getByRole('button', { name: t('risks:move'), exact: true }).click();
  await expect(page.getByText(t('risks:moved', { count: 1, where: SUBSTANCES })).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: t('risks:candidates', { count: 2 }) })).toBeVisible();
  await expect(page.getByRole('list', { name: t('risks:cardsOf', { title: SUBSTANCES }) }).getByRole('listitem')).toHaveCount(2);
}

async function voteAndPrioritise(page: Page): Promise<void> {
  await stage(page, 'voting');
  await expect(page.getByRole('heading', { level: 1, name: t('voting:title') })).toBeVisible();
  const dots = (name: string, risk: string) => page.getByRole('spinbutton', { name: t('voting:dotsFor', { name, risk }) });
  await dots(PEOPLE.genevieve, SUBSTANCES).fill('2');
  await dots(PEOPLE.genevieve, JEUNES).fill('2');
  await dots(PEOPLE.claire, SUBSTANCES).fill('1');
  await dots(PEOPLE.claire, JEUNES).fill('2');
  await expect(dots(PEOPLE.claire, JEUNES)).toHaveValue('2');
  await expect(page.getByRole('row', { name: new RegExp(`^${PEOPLE.claire}`) })).toContainText(t('voting:usedOf', { used: 3, total: 5 }));
  // Over the limit: refused with the French message.
  await dots(PEOPLE.claire, SUBSTANCES).fill('3');
  await expect(page.getByRole('alert')).toHaveText(t('voting:problem.overMaxPerRisk', { limit: 2 }));
  await expect(dots(PEOPLE.claire, SUBSTANCES)).toHaveValue('1');

  await stage(page, 'results');
  await expect(page.getByRole('heading', { level: 1, name: t('results:title') })).toBeVisible();
  await expect(page.getByText(t('results:hiddenExplain'))).toBeVisible();
  await page.getByRole('button', { name: t('results:reveal') }).click();
  const ranking = page.getByRole('table', { name: t('results:tableCaption') });
  await expect(ranking.getByRole('columnheader')).toHaveText([t('results:rank'), t('results:risk'), t('results:dots'), t('results:voters'), t('results:priority')]);
  await expect(ranking.getByRole('row').nth(1)).toContainText(JEUNES);
  await expect(ranking.getByRole('row').nth(2)).toContainText(SUBSTANCES);
  await expect(page.getByText(t('results:dotsCast', { count: 7 }))).toBeVisible();
  for (const risk of [JEUNES, SUBSTANCES]) await page.getByRole('checkbox', { name: t('results:markPriority', { title: risk }) }).check();
  await expect(page.getByText(t('results:priorityCount', { count: 2 }))).toBeVisible();
}

async function matrixAndBalance(page: Page): Promise<void> {
  await stage(page, 'matrix');
  await expect(page.getByRole('heading', { level: 1, name: t('matrix:title') })).toBeVisible();
  const area = (id: string) => t(`catalogue:area.${id}`);
  const cellName = (risk: string, areaId: string) => t('matrix:cellName', { risk, area: area(areaId) });
  const responses: [string, string, string, string][] = [
    [SUBSTANCES, 'incidentResponse', 'Équipe mobile d’intervention en soirée et la fin de semaine', 'enhanced'],
    [JEUNES, 'socialDevelopment', 'Mentorat par les pairs en 9e année', 'new'],
    [JEUNES, 'riskIntervention', 'Protocole d’évaluation de la menace de violence', 'existing'],
  ];
  for (const [risk, areaId, title, type] of responses) {
    await page.getByRole('button', { name: t('matrix:addResponseTo', { cell: cellName(risk, areaId) }) }).click();
    const dialog = page.getByRole('dialog', { name: t('matrix:addResponseTitle', { risk, area: area(areaId) }) });
    await dialog.getByLabel(t('matrix:responseTitle'), { exact: true }).fill(title);
    await dialog.getByRole('combobox', { name: t('matrix:type'), exact: true }).selectOption({ label: t(`catalogue:responseType.${type}`) });
    await dialog.getByRole('combobox', { name: t('matrix:lead'), exact: true }).selectOption({ label: risk === SUBSTANCES ? ACSM : CONSEIL });
    await dialog.getByRole('button', { name: t('matrix:addResponse') }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('cell', { name: cellName(risk, areaId), exact: true }).getByText(title)).toBeVisible();
  }
  await expect(page.getByRole('cell', { name: cellName(SUBSTANCES, 'prevention'), exact: true })).toContainText(t('matrix:gap'));

  // The balance view: shares as fr-CA percentages ("33 %", with a space), not "33%".
  await page.getByRole('tab', { name: t('matrix:viewBalance'), exact: true }).click();
  const balance = page.getByRole('table', { name: t('matrix:balanceTable') });
  const overall = balance.getByRole('row', { name: new RegExp(`^${t('matrix:allPriorities')}`) });
  const share = (n: number) => new Intl.NumberFormat('fr-CA', { style: 'percent', maximumFractionDigits: 0 }).format(n);
  expect(share(1 / 3)).toMatch(/^33\s%$/);
  await expect(overall.getByRole('cell')).toHaveText([
    t('matrix:countShare', { count: 1, share: share(1 / 3) }),
    t('matrix:countShare', { count: 0, share: share(0) }),
    t('matrix:countShare', { count: 1, share: share(1 / 3) }),
    t('matrix:countShare', { count: 1, share: share(1 / 3) }),
    '3',
    // One response in three is an incident response: more than an equal share, so it is flagged.
    new RegExp(escapeRegExp(t('matrix:leansShort'))),
  ]);
}

/** The Publish stage in French: the document language follows the interface; CSV and Word come out in French. */
async function frenchExports(page: Page, tmp: string): Promise<void> {
  await stage(page, 'reports');
  await expect(page.getByRole('heading', { level: 1, name: t('reports:ui.title') })).toBeVisible();
  const toolbar = page.getByRole('region', { name: t('reports:ui.exportLabel') });
  await expect(toolbar.getByLabel(t('reports:ui.language')).locator('option:checked')).toHaveText(t('common:languageName.fr'));
  const preview = page.getByRole('article', { name: t('reports:ui.previewLabel') });
  await expect(preview).toHaveAttribute('lang', 'fr');
  await expect(preview.getByText(FR_MONTH).first()).toBeVisible();

  // One table as CSV: the input cards, with French column names, kinds and sectors.
  const table = toolbar.getByRole('combobox', { name: t('reports:ui.csvTable') });
  await table.selectOption({ label: t('reports:ui.tableOption', { name: t('reports:data.cards'), count: 4 }) });
  const csv = readFileSync(await exportFile(page, toolbar, t('reports:ui.csv'), tmp), 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe(['text', 'kind', 'participant', 'organisation', 'sector', 'session', 'risk', 'tags'].map((c) => t(`reports:col.${c}`)).join(','));
  const session = t('sessions:defaultTitle', { n: 1 });
  expect(lines).toContain(`${CARD.francais},${t('catalogue:cardKind.challenge')},,,${t('catalogue:sector.education')},${session},${JEUNES},`);
  // A card from an organisation carries the organisation's sector too.
  expect(lines).toContain(`${CARD.naloxone},${t('catalogue:cardKind.asset')},,"${ACSM}",${t('catalogue:sector.mentalHealth')},${session},${SUBSTANCES},`);

  // The Word document: French section headings, a French date, nothing of the English headings.
  const docx = await exportFile(page, toolbar, t('reports:ui.docx'), tmp);
  expect(docx.endsWith('plan-sbec-de-riverbend-revision-2026-fr.docx')).toBe(true);
  const text = await docxText(docx);
  for (const section of ['partners', 'engagement', 'prioritisation', 'profiles', 'matrix', 'actions', 'outcomes']) {
    expect(text).toContain(`${t(`reports:${section}.title`)}\n`);
    expect(text).not.toContain(`${en(`reports:${section}.title`)}\n`);
  }
  expect(text).toContain(t('reports:subtitleFor', { municipality: 'Ville de Riverbend' }));
  expect(text).toMatch(messagePattern(t('reports:prepared', { date: '§' }), FR_MONTH.source));
  for (const risk of [SUBSTANCES, JEUNES]) expect(text).toMatch(messagePattern(t('reports:profiles.profileTitle', { number: '§', risk }), '\\d'));
}

/** A message as a pattern: its `§` placeholder stands for `source`, the rest is matched literally. */
function messagePattern(message: string, source: string): RegExp {
  return new RegExp(message.split('§').map(escapeRegExp).join(source));
}

async function exportFile(page: Page, toolbar: Locator, button: string, dir: string): Promise<string> {
  const downloaded: Promise<Download> = page.waitForEvent('download');
  await toolbar.getByRole('button', { name: button }).click();
  const download = await downloaded;
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  await expect(page.getByText(t('reports:ui.exported', { name: download.suggestedFilename() })).first()).toBeVisible();
  return path;
}
