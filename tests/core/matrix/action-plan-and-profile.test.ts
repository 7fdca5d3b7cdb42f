import { describe, expect, test } from 'vitest';
import type { Card, Outcome, PlanResponse } from '@core/model';
import { newRecord } from '@core/records';
import { actionPlanRows, filterActionPlan, outcomePriorityId, priorityProfile, sortActionPlan } from '@core/matrix';
import { partner, PLAN_ID, risk } from '../helpers/records';

const risks = [
  risk('ymh', 'Youth mental health', { isPriority: true, order: 1 }),
  risk('od', 'Substance use and overdose', { isPriority: true, order: 0 }),
  risk('food', 'Food insecurity', { order: 0 }),
];
const partners = [partner('hospital', 'health', { name: 'Riverbend General Hospital' }), partner('board', 'education', { name: 'École Riverbend' })];
const response = (id: string, fields: Partial<PlanResponse>) => newRecord('responses', PLAN_ID, { id, title: id, ...fields });
const responses = [
  response('Peer mentoring', { riskId: 'ymh', area: 'socialDevelopment', leadPartnerId: 'board', status: 'proposed', timeline: '2026-2027' }),
  response('Mobile crisis evenings', { riskId: 'od', area: 'incidentResponse', leadPartnerId: 'hospital', status: 'planned', timeline: 'Spring 2026', supportingPartnerIds: ['board'] }),
  response('Naloxone distribution', { riskId: 'od', area: 'prevention', leadPartnerId: 'hospital', status: 'inProgress', timeline: 'Ongoing' }),
  response('Community gardens', { riskId: 'food', area: 'prevention', status: 'done', resources: 'Volunteers, seed budget' }),
  response('Orphan', { riskId: 'deleted', area: 'prevention' }),
];
const rows = actionPlanRows(risks, responses, partners);
const titles = (list: { title: string }[]) => list.map((r) => r.title);

describe('action plan rows', () => {
  test('every response of an existing risk, in matrix order (priorities first, then area)', () => {
    expect(titles(rows)).toEqual(['Naloxone distribution', 'Mobile crisis evenings', 'Peer mentoring', 'Community gardens']);
  });
  test('rows carry the priority, partner names and whether the risk is still a priority', () => {
    expect(rows[1]).toMatchObject({
      priority: 'Substance use and overdose',
      lead: 'Riverbend General Hospital',
      supporting: ['École Riverbend'],
      isPriority: true,
    });
    expect(rows[3]).toMatchObject({ lead: '', isPriority: false });
  });
});

describe('filterActionPlan', () => {
  test('by priority, area, status and lead', () => {
    expect(titles(filterActionPlan(rows, { riskId: 'od' }))).toEqual(['Naloxone distribution', 'Mobile crisis evenings']);
    expect(titles(filterActionPlan(rows, { area: 'prevention' }))).toEqual(['Naloxone distribution', 'Community gardens']);
    expect(titles(filterActionPlan(rows, { status: 'planned' }))).toEqual(['Mobile crisis evenings']);
    expect(titles(filterActionPlan(rows, { leadPartnerId: 'board' }))).toEqual(['Peer mentoring']);
    expect(titles(filterActionPlan(rows, { leadPartnerId: null }))).toEqual(['Community gardens']);
  });
  test('text matches every word, ignoring case and accents, across partners and resources', () => {
    expect(titles(filterActionPlan(rows, { text: 'ecole' }))).toEqual(['Mobile crisis evenings', 'Peer mentoring']);
    expect(titles(filterActionPlan(rows, { text: 'ÉCOLE mentoring' }))).toEqual(['Peer mentoring']);
    expect(titles(filterActionPlan(rows, { text: 'seed' }))).toEqual(['Community gardens']);
    expect(titles(filterActionPlan(rows, { text: '   ' }))).toHaveLength(4);
  });
  test('filters combine', () => {
    expect(titles(filterActionPlan(rows, { riskId: 'od', status: 'done' }))).toEqual([]);
  });
});

describe('sortActionPlan', () => {
  test('by title, both directions', () => {
    expect(titles(sortActionPlan(rows, { key: 'title', direction: 'ascending' }))).toEqual([
      'Community gardens',
      'Mobile crisis evenings',
      'Naloxone distribution',
      'Peer mentoring',
    ]);
    expect(titles(sortActionPlan(rows, { key: 'title', direction: 'descending' }))[0]).toBe('Peer mentoring');
  });
  test('status in workflow order, area in framework order', () => {
    expect(titles(sortActionPlan(rows, { key: 'status', direction: 'ascending' }))).toEqual([
      'Peer mentoring',
      'Mobile crisis evenings',
      'Naloxone distribution',
      'Community gardens',
    ]);
    expect(titles(sortActionPlan(rows, { key: 'area', direction: 'descending' }))[0]).toBe('Mobile crisis evenings');
  });
  test('empty leads go last in both directions; ties keep matrix order', () => {
    expect(titles(sortActionPlan(rows, { key: 'lead', direction: 'ascending' }))).toEqual([
      'Peer mentoring',
      'Naloxone distribution',
      'Mobile crisis evenings',
      'Community gardens',
    ]);
    expect(titles(sortActionPlan(rows, { key: 'lead', direction: 'descending' }))).toEqual([
      'Naloxone distribution',
      'Mobile crisis evenings',
      'Peer mentoring',
      'Community gardens',
    ]);
  });
  test('by priority: priority order, non-priorities last', () => {
    expect(titles(sortActionPlan(rows, { key: 'priority', direction: 'ascending' })).at(-1)).toBe('Community gardens');
  });
});

describe('priorityProfile', () => {
  const card = (id: string, kind: Card['kind'], fields: Partial<Card>) => newRecord('cards', PLAN_ID, { id, kind, text: id, ...fields });
  const outcome = (id: string, fields: Partial<Outcome>) =>
    newRecord('outcomes', PLAN_ID, { id, statement: id, indicator: 'x', ...fields, createdAt: `2025-01-0${id.length}T00:00:00.000Z` });
  const od = { ...risks[1]!, categories: ['drugs', 'alcohol'] };
  const cards = [
    card('calls', 'risk', { riskId: 'od', tags: ['drugs.overdose', 'drugs'], order: 1 }),
    card('vaping', 'risk', { riskId: 'od', tags: ['drugs.person', 'drugs.overdose'], order: 2 }),
    card('trust', 'protectiveFactor', { riskId: 'od', order: 4 }),
    card('volunteers', 'protectiveFactor', { riskId: null, order: 3 }),
  ];
  const outcomes = [
    outcome('fewer', { riskId: 'od', level: 'intermediate' }),
    outcome('kits', { responseId: 'Naloxone distribution', level: 'immediate' }),
    outcome('other', { riskId: 'ymh', level: 'immediate' }),
  ];
  const profile = priorityProfile(od, cards, responses, outcomes);

  test('risk factors: categories first, then specific factors from the cards, each once', () => {
    expect(profile.riskFactorIds).toEqual(['drugs', 'alcohol', 'drugs.overdose', 'drugs.person']);
  });
  test('protective-factor cards grouped under the risk only', () => {
    expect(profile.protectiveCards.map((c) => c.id)).toEqual(['trust']);
  });
  test('activities by planning area', () => {
    expect(Object.fromEntries(Object.entries(profile.activities).map(([a, list]) => [a, titles(list)]))).toEqual({
      socialDevelopment: [],
      prevention: ['Naloxone distribution'],
      riskIntervention: [],
      incidentResponse: ['Mobile crisis evenings'],
    });
  });
  test('outcomes of the priority and of its responses, by level', () => {
    expect(profile.outcomes.immediate.map((o) => o.id)).toEqual(['kits']);
    expect(profile.outcomes.intermediate.map((o) => o.id)).toEqual(['fewer']);
    expect(profile.outcomes.longTerm).toEqual([]);
  });
  test('outcomePriorityId: own risk, else the risk of the response, else none', () => {
    expect(outcomePriorityId(outcomes[0]!, responses)).toBe('od');
    expect(outcomePriorityId(outcomes[1]!, responses)).toBe('od');
    expect(outcomePriorityId(outcome('lost', { responseId: 'gone' }), responses)).toBeNull();
  });
});
