/**
 * The plan document model, against the Riverbend sample (figures from the scenario: overdose
 * 13 dots, youth mental health 11, intimate partner violence 9) and small hand-built plans.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { buildPlanReport, type PlanReport, type ReportBlock, type ReportTable, type Translate } from '@core/report';
import { emptySnapshot, type PlanSnapshot } from '@core/model';
import { newPlan, newRecord } from '@core/records';
import { buildRiverbendSample } from '@core/sample/riverbend';
import { counterContext } from '../helpers/builders';
import { translator } from './translate';

const GENERATED_AT = '2025-11-04T20:00:00.000Z';
let en: Translate;
let fr: Translate;
beforeAll(async () => {
  en = await translator('en');
  fr = await translator('fr');
});

const build = (snapshot: PlanSnapshot, lang: 'en' | 'fr' = 'en') =>
  buildPlanReport(snapshot, { t: lang === 'en' ? en : fr, language: lang, locale: `${lang}-CA`, generatedAt: GENERATED_AT });

function allBlocks(report: PlanReport): ReportBlock[] {
  return report.sections.flatMap((s) => [...s.blocks, ...(s.subsections ?? []).flatMap((sub) => sub.blocks)]);
}
function tableOf(report: PlanReport, id: string): ReportTable {
  const block = allBlocks(report).find((b) => b.kind === 'table' && b.table.id === id);
  if (!block || block.kind !== 'table') throw new Error(`no table ${id}`);
  return block.table;
}
const texts = (report: PlanReport) => allBlocks(report).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.kind === 'list' ? b.items : []));

describe('the Riverbend sample as a council plan', () => {
  const sample = () => buildRiverbendSample(counterContext('rb'));

  test('sections in the order councils publish them, with the plan on the cover', () => {
    const { report } = build(sample());
    expect(report.sections.map((s) => s.id)).toEqual(['partners', 'engagement', 'prioritisation', 'profiles', 'matrix', 'actions', 'outcomes']);
    expect(report.title).toBe('Riverbend CSWB plan review 2026-2029');
    expect(report.subtitle).toBe('Community Safety and Well-Being Plan — Town of Riverbend');
    expect(report.preparedLine).toBe('Prepared with CSWB Workshop on November 4, 2025');
  });

  test('the ranking: dots of the current round, voters, weighted score, priorities', () => {
    const ranking = tableOf(build(sample()).report, 'ranking');
    expect(ranking.columns.map((c) => c.label)).toEqual(['Rank', 'Risk', 'Dots', 'Voters', 'Weighted score', 'Priority']);
    expect(ranking.rows.slice(0, 3).map((r) => [r[0], r[1], r[2], r[5]])).toEqual([
      [1, 'Substance use and overdose', 13, 'Yes'],
      [2, 'Youth mental health and access to services', 11, 'Yes'],
      [3, 'Intimate partner and family violence', 9, 'Yes'],
    ]);
    expect(ranking.rows).toHaveLength(7);
    expect(ranking.rows.reduce((sum, r) => sum + (r[2] as number), 0)).toBe(50); // 10 participants × 5 dots
  });

  test('the dots chart emphasises priorities, and says so in its legend and description', () => {
    const chart = allBlocks(build(sample()).report).find((b) => b.kind === 'chart' && b.chart.id === 'dots-per-risk');
    if (chart?.kind !== 'chart') throw new Error('no chart');
    expect(chart.chart.bars.slice(0, 4).map((b) => [b.value, b.emphasis])).toEqual([
      [13, true],
      [11, true],
      [9, true],
      [7, false],
    ]);
    expect(chart.chart.emphasisLabel).toBe('Hatched bars: risks chosen as priorities');
    expect(chart.chart.description).toMatch(/^Bar chart of dots per risk, highest first: Substance use and overdose 13, /);
  });

  test('the advisory committee seats and the consultation groups not reached', () => {
    const { report } = build(sample());
    expect(tableOf(report, 'advisory-committee').rows.every((r) => r[2] === 'Filled')).toBe(true);
    expect(texts(report)).toContain('Every legislated seat is filled.');
    expect(texts(report)).toContain('1 group named in the legislation was not reached: Racialized groups.');
  });

  test('one profile per priority, in matrix order, with activities and outcomes', () => {
    const profiles = build(sample()).report.sections.find((s) => s.id === 'profiles')!;
    expect(profiles.subsections!.map((s) => s.title)).toEqual([
      'Priority 1: Substance use and overdose',
      'Priority 2: Youth mental health and access to services',
      'Priority 3: Intimate partner and family violence',
    ]);
    const facts = profiles.subsections![0]!.blocks[0]!;
    expect(facts.kind === 'facts' && facts.rows.map((r) => r.label)).toEqual(['Problem statement', 'Vulnerable groups', 'Risk factors', 'Protective factors']);
  });

  test('the matrix marks gaps, and the action plan lists every response under a priority', () => {
    const { report } = build(sample());
    const matrix = tableOf(report, 'matrix');
    expect(matrix.columns.map((c) => c.label)).toEqual(['Priority', 'Social development', 'Prevention', 'Risk intervention', 'Incident response']);
    const gaps = matrix.rows.flatMap((r) => r.slice(1)).filter((cell) => cell === 'Gap').length;
    expect(texts(report)).toContain(`${gaps} cells of the matrix are gaps.`);
    expect(matrix.rows[0]![2]).toBe('Naloxone distribution (Existing)');
    const actions = tableOf(report, 'action-plan');
    expect(actions.rows).toHaveLength(8);
    expect(actions.rows.every((r) => typeof r[0] === 'string' && r[0] !== '')).toBe(true);
  });

  test('data tables for the spreadsheet: every table, numbers as numbers, names instead of ids', () => {
    const { tables } = build(sample());
    expect(tables.map((t) => t.id)).toEqual(['partners', 'participants', 'sessions', 'cards', 'risks', 'votes', 'scores', 'matrix', 'action-plan', 'outcomes']);
    const count = (id: string) => tables.find((t) => t.id === id)!.rows.length;
    expect([count('partners'), count('participants'), count('cards'), count('votes'), count('scores')]).toEqual([16, 10, 22, 36, 280]);
    const votes = tables.find((t) => t.id === 'votes')!;
    expect(votes.rows.every((r) => typeof r[3] === 'number' && typeof r[4] === 'number')).toBe(true);
    expect(JSON.stringify(tables)).not.toMatch(/"rb-\d+"/);
  });

  test("a card said by a participant carries the participant's organisation and sector", () => {
    const ctx = counterContext('a');
    const snap = emptySnapshot(newPlan({ name: 'Attribution' }, ctx));
    const id = snap.plan.id;
    const police = newRecord('partners', id, { name: 'Riverbend Police Service', sector: 'police' }, ctx);
    const rivera = newRecord('participants', id, { name: 'Dana Rivera', partnerId: police.id }, ctx);
    snap.partners = [police];
    snap.participants = [rivera];
    snap.cards = [newRecord('cards', id, { text: 'Overdose calls downtown', kind: 'risk', participantId: rivera.id, order: 1 }, ctx)];
    const cards = build(snap).tables.find((t) => t.id === 'cards')!;
    const cell = (key: string) => cards.rows[0]![cards.columns.findIndex((c) => c.key === key)];
    expect([cell('participant'), cell('organisation'), cell('sector')]).toEqual(['Dana Rivera', 'Riverbend Police Service', 'Police']);
  });

  test('in French: headings, labels and number formats', () => {
    const { report, tables } = build(sample(), 'fr');
    expect(report.sections.map((s) => s.title)).toEqual([
      'Partenaires et comité consultatif',
      'Résumé de la mobilisation : qui a été consulté',
      'Risques relevés et établissement des priorités',
      'Profils des priorités',
      'La matrice du plan',
      'Plan d’action',
      'Résultats et mesures',
    ]);
    expect(report.preparedLine).toBe('Préparé avec Atelier SBEC le 4 novembre 2025');
    const ranking = tableOf(report, 'ranking');
    expect(ranking.columns[4]!.label).toBe('Note pondérée');
    expect(String(ranking.rows[0]![4])).toMatch(/^\d,\d+$/); // decimal comma
    expect(tables.find((t) => t.id === 'matrix')!.columns[1]!.label).toBe('Développement social');
    // French typography: a space before the colon of "Risque : …" in what we heard.
    const profiles = report.sections.find((s) => s.id === 'profiles')!;
    const heard = profiles.subsections!.flatMap((sub) => sub.blocks).find((b) => b.kind === 'list');
    expect(heard?.kind === 'list' && heard.items.length).toBeGreaterThan(0);
    for (const item of heard?.kind === 'list' ? heard.items : []) expect(item).toMatch(/^[^:]*\S : \S|^…/);
  });
});

describe('small plans, by hand', () => {
  function tiny(): PlanSnapshot {
    const ctx = counterContext('t');
    const snap = emptySnapshot(newPlan({ name: 'Tiny', voting: { round: 2 } }, ctx));
    const id = snap.plan.id;
    snap.participants = [newRecord('participants', id, { name: 'Ana' }, ctx), newRecord('participants', id, { name: 'Ben' }, ctx)];
    snap.risks = ['Alpha', 'Beta', 'Gamma'].map((title, order) => newRecord('risks', id, { title, order }, ctx));
    const [ana, ben] = snap.participants.map((p) => p.id) as [string, string];
    const [a, b, c] = snap.risks.map((r) => r.id) as [string, string, string];
    snap.votes = [
      newRecord('votes', id, { participantId: ana, riskId: a, round: 2, dots: 2 }, ctx),
      newRecord('votes', id, { participantId: ben, riskId: a, round: 2, dots: 1 }, ctx),
      newRecord('votes', id, { participantId: ben, riskId: b, round: 2, dots: 3 }, ctx),
      newRecord('votes', id, { participantId: ana, riskId: c, round: 2, dots: 1 }, ctx),
      // Round 1 is history: not counted in the round-2 ranking.
      newRecord('votes', id, { participantId: ana, riskId: c, round: 1, dots: 5 }, ctx),
    ];
    return snap;
  }

  test('ties share a rank and say so; only the current round counts', () => {
    const ranking = tableOf(build(tiny()).report, 'ranking');
    expect(ranking.rows.map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ['1 (tied)', 'Alpha', 3, 2],
      ['1 (tied)', 'Beta', 3, 1],
      [3, 'Gamma', 1, 1],
    ]);
  });

  test('an empty plan still makes a whole document, with "nothing yet" messages and no charts', () => {
    const { report, tables } = build(emptySnapshot(newPlan({}, counterContext('e'))));
    expect(report.title).toBe('Untitled');
    expect(report.subtitle).toBe('Community Safety and Well-Being Plan');
    expect(allBlocks(report).some((b) => b.kind === 'chart')).toBe(false);
    expect(texts(report)).toContain('No votes or scores are recorded.');
    expect(tableOf(report, 'partners').emptyText).toBe('No partner organisations are recorded yet.');
    expect(texts(report)).toContain('7 legislated seats are not filled yet: Health or mental health; Education provider; Community or social services; Community or social services for children or youth; Custodial services for children or youth; Municipality (staff or council member); Police service board or OPP detachment commander.');
    expect(tables.every((t) => t.rows.length === 0)).toBe(true);
  });

  test('ids from the file are never read as message keys', () => {
    const snap = tiny();
    snap.partners = [newRecord('partners', snap.plan.id, { name: 'Odd', sector: 'reports:title', seats: ['a.b'], consultationGroups: ['x:y'] }, counterContext('o'))];
    snap.risks[0]!.categories = ['drugs.overdose', 'not.a:key', 'drugs'];
    const { report } = build(snap);
    expect(tableOf(report, 'partners').rows[0]).toEqual(['Odd', 'reports:title', 'a.b', 'x:y']);
    snap.partners[0]!.sector = 'custom-sector';
    expect(tableOf(build(snap).report, 'partners').rows[0]![1]).toBe('custom-sector');
  });

  test('decision methods: known ids get their label, typed text stays as typed', () => {
    const snap = tiny();
    snap.risks[0]!.isPriority = true;
    snap.risks[0]!.priorityDecision = { date: '2025-10-21', method: 'dotVoting', presentPartnerIds: [], note: '' };
    snap.risks[1]!.isPriority = true;
    snap.risks[1]!.priorityDecision = { date: '', method: 'Show of hands: 12 for, 2 against', presentPartnerIds: [], note: 'Revisit in 2027.' };
    const items = texts(build(snap).report);
    expect(items).toContain('Alpha: chosen on October 21, 2025 by dot voting.');
    expect(items).toContain('Beta: chosen on an unrecorded date by Show of hands: 12 for, 2 against. Revisit in 2027.');
  });
});
