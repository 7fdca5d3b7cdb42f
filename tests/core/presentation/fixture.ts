/** A small hand-made plan for the projection tests, with private fields filled in on purpose. */
import type { PresentationData } from '@core/presentation';
import { newPlan, newRecord } from '@core/records';
import { counterContext } from '../helpers/builders';
import { criterion, participant, partner, PLAN_ID, risk, score, vote } from '../helpers/records';

export const SECRETS = {
  contactName: 'Secret Contact Person',
  contactEmail: 'secret.contact@example.org',
  partnerNote: 'Secret note about the police partner',
  sessionNote: 'Secret session note',
  riskDescription: 'Secret risk description',
  decisionNote: 'Secret priority decision note',
  problemStatement: 'Secret draft problem statement',
  responseDescription: 'Secret response description',
  responseResources: 'Secret budget of 40000 dollars',
  responseTimeline: 'Secret timeline',
  outcomeResponsibility: 'Secret responsible coordinator',
  outcomeCollection: 'Secret collection method',
  personName: 'Secret Person Name',
} as const;

const ctx = counterContext('fx');
const at = (minute: number) => `2025-10-07T13:${String(minute).padStart(2, '0')}:00.000Z`;

export function smallPlan(): PresentationData {
  const plan = { ...newPlan({ name: 'Riverbend review', municipality: 'Town of Riverbend', description: 'Four-year review' }, ctx), id: PLAN_ID };
  plan.voting = { dotsPerParticipant: 5, maxDotsPerRisk: 2, round: 1, revealed: false };
  plan.scoring = { method: 'weighted', scaleMin: 1, scaleMax: 5, revealed: false };
  const partners = [
    partner('P1', 'police', {
      name: 'Riverbend Police Service',
      contactName: SECRETS.contactName,
      contactEmail: SECRETS.contactEmail,
      notes: SECRETS.partnerNote,
    }),
    partner('P2', 'health', { name: 'Anishinaabe Friendship Centre' }),
  ];
  const participants = [participant('u1', 'P1'), participant('u2', 'P2'), participant('u3', null, 'education'), participant('u4', 'P1')].map((p, i) =>
    i === 0 ? { ...p, name: SECRETS.personName } : p,
  );
  const session = (title: string, date: string) =>
    newRecord('sessions', PLAN_ID, { title, date, place: 'Council chamber', notes: SECRETS.sessionNote, attendeeIds: ['u1'] }, ctx);
  const sessions = [session('Session 1', '2025-10-07'), session('Session 2', '2025-10-21'), session('Undated', '')];
  const decision = { date: '2025-10-21', method: 'dotVoting', presentPartnerIds: ['P1'], note: SECRETS.decisionNote };
  const risks = [
    risk('r1', 'Substance use and overdose', {
      order: 0,
      isPriority: true,
      description: SECRETS.riskDescription,
      priorityDecision: decision,
      problemStatement: SECRETS.problemStatement,
    }),
    risk('r2', 'Housing instability', { order: 1 }),
    risk('r3', 'Hate incidents', { order: 2 }),
  ];
  const card = (id: string, text: string, kind: 'risk' | 'asset' | 'idea', riskId: string | null, minute: number, order: number) =>
    newRecord('cards', PLAN_ID, { id, text, kind, riskId, partnerId: 'P1', participantId: 'u1', order, createdAt: at(minute) }, ctx);
  const cards = [
    card('c1', 'More overdose calls downtown', 'risk', 'r1', 1, 0),
    card('c2', 'Naloxone kits distributed', 'asset', 'r1', 3, 1),
    card('c3', 'Extend the mobile crisis team', 'idea', null, 2, 2),
  ];
  const votes = [vote('u1', 'r1', 2), vote('u1', 'r2', 1), vote('u2', 'r2', 2), vote('u2', 'r1', 1), vote('u3', 'r3', 1), vote('u4', 'r3', 2, 2)];
  const criteria = [criterion('k1', 2, 0), criterion('k2', 1, 1)].map((c) => ({ ...c, name: c.id === 'k1' ? 'Severity' : 'Capacity to act' }));
  const scores = [score('u1', 'r1', 'k1', 5), score('u1', 'r1', 'k2', 2), score('u2', 'r2', 'k1', 3)];
  const response = (id: string, title: string, area: 'prevention' | 'incidentResponse', order: number) =>
    newRecord(
      'responses',
      PLAN_ID,
      {
        id,
        riskId: 'r1',
        area,
        title,
        type: 'existing',
        leadPartnerId: 'P1',
        description: SECRETS.responseDescription,
        resources: SECRETS.responseResources,
        timeline: SECRETS.responseTimeline,
        order,
      },
      ctx,
    );
  const responses = [
    response('s1', 'Naloxone distribution', 'prevention', 0),
    response('s2', 'Drop-in harm reduction', 'prevention', 1),
    response('s3', 'Safe supply pilot', 'prevention', 2),
    response('s4', 'Mobile crisis team evenings', 'incidentResponse', 3),
  ];
  const outcome = (statement: string, riskId: string | null, responseId: string | null, minute: number) =>
    newRecord(
      'outcomes',
      PLAN_ID,
      {
        statement,
        riskId,
        responseId,
        level: 'intermediate',
        indicator: 'Repeat overdose calls per quarter',
        baseline: '41',
        target: '25',
        targetDate: '2029',
        dataSource: 'Police CAD data',
        collectionMethod: SECRETS.outcomeCollection,
        responsibility: SECRETS.outcomeResponsibility,
        createdAt: at(minute),
      },
      ctx,
    );
  const outcomes = [
    outcome('Fewer repeat overdose calls', 'r1', null, 5),
    outcome('Evening crisis calls answered within 30 minutes', null, 's4', 4),
    outcome('A plan-wide outcome', null, null, 6),
  ];
  return { plan, partners, participants, sessions, cards, risks, votes, criteria, scores, responses, outcomes };
}
