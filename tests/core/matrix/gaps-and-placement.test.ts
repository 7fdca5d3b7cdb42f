import { describe, expect, test } from 'vitest';
import type { PlanningArea, PlanResponse } from '@core/model';
import { newRecord } from '@core/records';
import { buildMatrix, gapSummary, isGap, placeResponse, planBalance, rowsWithGaps } from '@core/matrix';
import { PLAN_ID, risk } from '../helpers/records';

const response = (id: string, riskId: string, area: PlanningArea, order: number, fields: Partial<PlanResponse> = {}) =>
  newRecord('responses', PLAN_ID, { id, riskId, area, title: id, order, ...fields });

// The Riverbend matrix excerpt (workshop scenario): 3 priorities, 8 responses, 4 gaps.
const risks = [
  risk('od', 'Substance use and overdose', { isPriority: true, order: 0 }),
  risk('ymh', 'Youth mental health', { isPriority: true, order: 1 }),
  risk('ipv', 'Intimate partner violence', { isPriority: true, order: 2 }),
  risk('food', 'Food insecurity', { order: 3 }),
];
const excerpt = [
  response('housingFirst', 'od', 'socialDevelopment', 0),
  response('naloxone', 'od', 'prevention', 0),
  response('situationTable', 'od', 'riskIntervention', 0),
  response('mobileCrisis', 'od', 'incidentResponse', 0),
  response('peerMentoring', 'ymh', 'socialDevelopment', 0),
  response('vtra', 'ymh', 'riskIntervention', 0),
  response('healthyRelationships', 'ipv', 'prevention', 0),
  response('ipvTable', 'ipv', 'riskIntervention', 0),
];
const matrix = buildMatrix(risks, excerpt);

describe('gap detection', () => {
  test('gap summary of the excerpt: 4 gaps in 12 cells, 2 in incident response', () => {
    expect(gapSummary(matrix)).toEqual({
      gaps: 4,
      cells: 12,
      byArea: { socialDevelopment: 1, prevention: 1, riskIntervention: 0, incidentResponse: 2 },
    });
  });
  test('isGap is true only for empty cells', () => {
    const [od, ymh] = matrix.rows;
    expect(isGap(od!, 'prevention')).toBe(false);
    expect(isGap(ymh!, 'prevention')).toBe(true);
  });
  test('only-gaps view drops the priority with a full row and keeps the others in order', () => {
    expect(rowsWithGaps(matrix).rows.map((r) => r.risk.id)).toEqual(['ymh', 'ipv']);
    expect(rowsWithGaps(matrix).areas).toEqual(matrix.areas);
  });
  test('a priority with no response is four gaps; no priorities is no cells', () => {
    const withNew = buildMatrix([...risks, risk('hate', 'Hate incidents', { isPriority: true, order: 4 })], excerpt);
    expect(gapSummary(withNew)).toMatchObject({ gaps: 8, cells: 16 });
    expect(gapSummary(buildMatrix([], []))).toEqual({
      gaps: 0,
      cells: 0,
      byArea: { socialDevelopment: 0, prevention: 0, riskIntervention: 0, incidentResponse: 0 },
    });
  });
  test('filling a gap removes it', () => {
    const filled = buildMatrix(risks, [...excerpt, response('mentalHealthFirstAid', 'ymh', 'prevention', 0)]);
    expect(gapSummary(filled).gaps).toBe(3);
  });
});

describe('balance figures of the excerpt', () => {
  const balance = planBalance(matrix);
  test('overall: 2, 2, 3, 1 of 8; incident response 12.5%, not flagged', () => {
    expect(balance.overall.areas.map((a) => [a.area, a.count, a.share])).toEqual([
      ['socialDevelopment', 2, 0.25],
      ['prevention', 2, 0.25],
      ['riskIntervention', 3, 0.375],
      ['incidentResponse', 1, 0.125],
    ]);
    expect(balance.overall.leansOnIncidentResponse).toBe(false);
  });
  test('adding two incident responses to IPV flags the priority (2 of 4) and the plan (3 of 10)', () => {
    const heavy = planBalance(
      buildMatrix(risks, [...excerpt, response('patrols', 'ipv', 'incidentResponse', 0), response('dispatch', 'ipv', 'incidentResponse', 1)]),
    );
    expect(heavy.rows.find((r) => r.riskId === 'ipv')).toMatchObject({ total: 4, leansOnIncidentResponse: true });
    expect(heavy.rows.find((r) => r.riskId === 'od')?.leansOnIncidentResponse).toBe(false);
    expect(heavy.overall).toMatchObject({ total: 10, leansOnIncidentResponse: true });
  });
});

describe('placeResponse', () => {
  const cell = [response('a', 'od', 'prevention', 0), response('b', 'od', 'prevention', 1), response('c', 'od', 'prevention', 2)];
  const other = response('x', 'ymh', 'prevention', 0);
  const all = [...cell, other];

  test('moving to another cell appends it last by default', () => {
    expect(placeResponse(all, 'x', { riskId: 'od', area: 'prevention' })).toEqual([{ id: 'x', riskId: 'od', area: 'prevention', order: 3 }]);
  });
  test('moving into the middle renumbers only what changes', () => {
    expect(placeResponse(all, 'x', { riskId: 'od', area: 'prevention', index: 1 })).toEqual([
      { id: 'x', riskId: 'od', area: 'prevention', order: 1 },
      { id: 'b', riskId: 'od', area: 'prevention', order: 2 },
      { id: 'c', riskId: 'od', area: 'prevention', order: 3 },
    ]);
  });
  test('reordering within a cell', () => {
    expect(placeResponse(all, 'c', { riskId: 'od', area: 'prevention', index: 0 })).toEqual([
      { id: 'c', riskId: 'od', area: 'prevention', order: 0 },
      { id: 'a', riskId: 'od', area: 'prevention', order: 1 },
      { id: 'b', riskId: 'od', area: 'prevention', order: 2 },
    ]);
  });
  test('dropping where it already is changes nothing; an index past the end means last', () => {
    expect(placeResponse(all, 'c', { riskId: 'od', area: 'prevention' })).toEqual([]);
    expect(placeResponse(all, 'a', { riskId: 'od', area: 'prevention', index: 99 })).toEqual([
      { id: 'b', riskId: 'od', area: 'prevention', order: 0 },
      { id: 'c', riskId: 'od', area: 'prevention', order: 1 },
      { id: 'a', riskId: 'od', area: 'prevention', order: 2 },
    ]);
  });
  test('an unknown response moves nothing', () => {
    expect(placeResponse(all, 'nope', { riskId: 'od', area: 'prevention' })).toEqual([]);
  });
});
