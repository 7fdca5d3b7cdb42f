import { describe, expect, test } from 'vitest';
import { buildRoomContent, roomContentSchema } from '@core/room';
import { newPlan, newRecord } from '@core/records';
import { counterContext } from '../helpers/builders';

const ctx = counterContext('r');
const plan = newPlan({ id: 'plan-1', name: 'Riverbend review', voting: { dotsPerParticipant: 5, maxDotsPerRisk: 2, round: 1 } }, ctx);
const rec = <T extends Parameters<typeof newRecord>[0]>(table: T, fields: Parameters<typeof newRecord<T>>[2]) => newRecord(table, plan.id, fields, ctx);

const police = rec('partners', { id: 'p-police', name: 'Riverbend Police Service', contactName: 'Chief Ada', contactEmail: 'ada@example.org', notes: 'private' });
const risks = [rec('risks', { id: 'risk-a', title: 'Overdose', order: 1, description: 'secret notes' }), rec('risks', { id: 'risk-b', title: 'Housing', order: 2 })];
const criteria = [rec('criteria', { id: 'c-sev', name: 'Severity', order: 0 }), rec('criteria', { id: 'c-legal', name: 'Legality', role: 'pearl.legality', order: 1 })];

describe('what phones may see', () => {
  const content = buildRoomContent({
    plan,
    session: rec('sessions', { title: 'Session 2', notes: 'facilitator notes' }),
    partners: [police],
    sectors: [{ id: 'health', en: 'Health', fr: 'Santé' }],
    risks,
    votes: [
      rec('votes', { participantId: 'pp-alex', riskId: 'risk-a', dots: 2, round: 1 }),
      rec('votes', { participantId: 'pp-other', riskId: 'risk-b', dots: 2, round: 1 }),
      rec('votes', { participantId: 'pp-alex', riskId: 'risk-b', dots: 1, round: 0 }),
    ],
    criteria,
    scores: [rec('scores', { raterId: 'pp-alex', riskId: 'risk-a', criterionId: 'c-sev', value: 4 }), rec('scores', { raterId: 'pp-other', riskId: 'risk-a', criterionId: 'c-sev', value: 1 })],
    members: new Map([['room-alex', 'pp-alex']]),
    appliedThrough: 7,
  });

  test('passes its own strict schema', () => {
    expect(roomContentSchema.safeParse(content).success).toBe(true);
  });

  test('organisation names only; no contacts, notes or descriptions', () => {
    expect(content.partners).toEqual([{ id: 'p-police', name: 'Riverbend Police Service' }]);
    const json = JSON.stringify(content);
    for (const secret of ['Chief Ada', 'ada@example.org', 'private', 'secret notes', 'facilitator notes']) expect(json).not.toContain(secret);
    expect(content.title).toBe('Riverbend review');
    expect(content.sessionTitle).toBe('Session 2');
  });

  test("each room participant's own ballot and scores for the current round, nobody else's", () => {
    expect(content.ballots).toEqual({ 'room-alex': { 'risk-a': 2 } });
    expect(content.scores).toEqual({ 'room-alex': { 'risk-a|c-sev': 4 } });
    expect(JSON.stringify(content)).not.toContain('pp-other');
  });

  test('ballot, criteria with their scales, and the applied mark', () => {
    expect(content.voting).toEqual({ round: 1, dotsPerParticipant: 5, maxDotsPerRisk: 2, risks: [{ id: 'risk-a', title: 'Overdose' }, { id: 'risk-b', title: 'Housing' }] });
    expect(content.scoring.criteria).toEqual([
      { id: 'c-sev', name: 'Severity', description: '', scaleMin: 1, scaleMax: 5 },
      { id: 'c-legal', name: 'Legality', description: '', scaleMin: 0, scaleMax: 1 },
    ]);
    expect(content.appliedThrough).toBe(7);
  });

  test('a later round lists only the risks kept on its ballot', () => {
    const round2 = buildRoomContent({
      plan: { ...plan, voting: { ...plan.voting, round: 2 } },
      session: null,
      partners: [],
      sectors: [],
      risks: [...risks, rec('risks', { id: 'risk-c', title: 'Isolation', order: 3 })],
      votes: [rec('votes', { participantId: 'x', riskId: 'risk-a', dots: 3, round: 1 }), rec('votes', { participantId: 'y', riskId: 'risk-b', dots: 2, round: 1 })],
      criteria: [],
      scores: [],
      members: new Map(),
      appliedThrough: 0,
    });
    expect(round2.voting.risks.map((r) => r.id)).not.toContain('risk-c');
    expect(round2.sessionTitle).toBe('');
  });

  test('a strict schema refuses a leaked field', () => {
    const leaked = { ...content, partners: [{ id: 'p', name: 'n', contactEmail: 'x@y.z' }] };
    expect(roomContentSchema.safeParse(leaked).success).toBe(false);
  });
});
