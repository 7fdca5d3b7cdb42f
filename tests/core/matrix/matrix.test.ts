import { describe, expect, test } from 'vitest';
import type { PlanningArea, PlanResponse } from '@core/model';
import { newRecord } from '@core/records';
import { buildMatrix, findGaps, leansOnIncidentResponse, planBalance, sectorRoles } from '@core/matrix';
import { partner, PLAN_ID, risk } from '../helpers/records';

const response = (riskId: string, area: PlanningArea, title: string, fields: Partial<PlanResponse> = {}) =>
  newRecord('responses', PLAN_ID, { riskId, area, title, ...fields });

const risks = [
  risk('ipv', 'Intimate partner violence', { isPriority: true, order: 2 }),
  risk('od', 'Substance use and overdose', { isPriority: true, order: 0 }),
  risk('food', 'Food insecurity', { isPriority: false, order: 1 }),
  risk('ymh', 'Youth mental health', { isPriority: true, order: 1 }),
];
const partners = [
  partner('police', 'police'),
  partner('hospital', 'health'),
  partner('cmha', 'mentalHealth'),
  partner('board', 'education'),
  partner('housingCorp', 'housing'),
  partner('bia', 'business'),
  partner('fire', 'fire'),
];
const responses = [
  response('od', 'incidentResponse', 'Mobile crisis team evenings', { leadPartnerId: 'hospital', supportingPartnerIds: ['cmha', 'police'], order: 0 }),
  response('od', 'prevention', 'Naloxone distribution', { leadPartnerId: 'hospital' }),
  response('od', 'riskIntervention', 'Situation table', { leadPartnerId: 'police', supportingPartnerIds: ['cmha', 'hospital'] }),
  response('od', 'socialDevelopment', 'Housing-first units', { leadPartnerId: 'housingCorp' }),
  response('ymh', 'socialDevelopment', 'Peer mentoring', { leadPartnerId: 'board', order: 1 }),
  response('ymh', 'riskIntervention', 'VTRA protocol', { leadPartnerId: 'board' }),
  response('ipv', 'prevention', 'Healthy relationships curriculum', { leadPartnerId: 'board' }),
  response('ipv', 'riskIntervention', 'High-risk IPV table', { leadPartnerId: 'police' }),
  response('food', 'prevention', 'Community gardens', { leadPartnerId: 'bia' }), // not a priority
  response('gone', 'prevention', 'Orphan'),
];
const matrix = buildMatrix(risks, responses);

describe('buildMatrix', () => {
  test('rows are the priority risks by order; every row has the four areas', () => {
    expect(matrix.areas).toEqual(['socialDevelopment', 'prevention', 'riskIntervention', 'incidentResponse']);
    expect(matrix.rows.map((r) => r.risk.id)).toEqual(['od', 'ymh', 'ipv']);
    expect(matrix.rows[0]?.cells.incidentResponse.map((r) => r.title)).toEqual(['Mobile crisis team evenings']);
  });
  test('cells are ordered by response order, then title', () => {
    const extra = response('ymh', 'socialDevelopment', 'After-school program', { order: 1 });
    const cell = buildMatrix(risks, [...responses, extra]).rows[1]?.cells.socialDevelopment;
    expect(cell?.map((r) => r.title)).toEqual(['After-school program', 'Peer mentoring']);
  });
});

describe('findGaps', () => {
  test('lists the empty cells of the Riverbend excerpt', () => {
    expect(findGaps(matrix)).toEqual([
      { riskId: 'ymh', area: 'prevention' },
      { riskId: 'ymh', area: 'incidentResponse' },
      { riskId: 'ipv', area: 'socialDevelopment' },
      { riskId: 'ipv', area: 'incidentResponse' },
    ]);
  });
});

describe('planBalance', () => {
  const balance = planBalance(matrix);
  test('counts and shares per area overall (8 responses, incident response 1/8)', () => {
    expect(balance.overall.total).toBe(8);
    expect(balance.overall.areas).toEqual([
      { area: 'socialDevelopment', count: 2, share: 0.25 },
      { area: 'prevention', count: 2, share: 0.25 },
      { area: 'riskIntervention', count: 3, share: 0.375 },
      { area: 'incidentResponse', count: 1, share: 0.125 },
    ]);
    expect(balance.overall.leansOnIncidentResponse).toBe(false);
  });
  test('per priority; exactly 25% incident response (1 of 4) is not flagged', () => {
    expect(balance.rows.map((r) => [r.riskId, r.total, r.leansOnIncidentResponse])).toEqual([
      ['od', 4, false],
      ['ymh', 2, false],
      ['ipv', 2, false],
    ]);
  });
  test('more than 25% incident response is flagged, overall and per risk', () => {
    const heavy = [...responses, response('ipv', 'incidentResponse', 'More patrols'), response('ipv', 'incidentResponse', 'Faster dispatch')];
    const result = planBalance(buildMatrix(risks, heavy));
    expect(result.overall.areas[3]).toEqual({ area: 'incidentResponse', count: 3, share: 0.3 });
    expect(result.overall.leansOnIncidentResponse).toBe(true);
    expect(result.rows.find((r) => r.riskId === 'ipv')?.leansOnIncidentResponse).toBe(true); // 2 of 4 = 50%
  });
  test('no responses: zero shares and no flag', () => {
    const empty = planBalance(buildMatrix(risks, []));
    expect(empty.overall).toMatchObject({ total: 0, leansOnIncidentResponse: false });
    expect(empty.overall.areas.every((a) => a.share === 0)).toBe(true);
    expect(leansOnIncidentResponse([])).toBe(false);
  });
});

describe('sectorRoles', () => {
  const roles = sectorRoles(risks, responses, partners);
  test('lead and supporting sectors per priority, most responses first', () => {
    expect(roles.priorities[0]).toEqual({
      riskId: 'od',
      title: 'Substance use and overdose',
      lead: [
        { sector: 'health', responses: 2, partnerIds: ['hospital'] },
        { sector: 'police', responses: 1, partnerIds: ['police'] },
        { sector: 'housing', responses: 1, partnerIds: ['housingCorp'] },
      ],
      supporting: [
        { sector: 'mentalHealth', responses: 2, partnerIds: ['cmha'] },
        { sector: 'police', responses: 1, partnerIds: ['police'] },
        { sector: 'health', responses: 1, partnerIds: ['hospital'] },
      ],
    });
    expect(roles.priorities[1]?.lead).toEqual([{ sector: 'education', responses: 2, partnerIds: ['board'] }]);
  });
  test('sectors and partners with no role in any priority (non-priority work does not count)', () => {
    expect(roles.sectorsWithoutRole).toEqual(['fire', 'business']);
    expect(roles.partnersWithoutRole).toEqual(['bia', 'fire']);
  });
});
