/** A small consistent plan with readable ids (id-1 ... id-13), and a way to damage its file. */
import { emptySnapshot, type PlanSnapshot } from '@core/model';
import { newPlan, newRecord } from '@core/records';
import { decodePlanFile, encodePlanFile, type DecodeResult } from '@core/plan-file';
import { counterContext } from '../helpers/builders';

export const META = { appVersion: '0.1.0', savedAt: '2025-10-07T14:30:00.000Z' };

export function smallPlan(): PlanSnapshot {
  const ctx = counterContext();
  const snap = emptySnapshot(newPlan({ name: 'Riverbend review' }, ctx)); // id-1
  const planId = snap.plan.id;
  snap.partners = [
    newRecord('partners', planId, { name: 'Riverbend Police Service', sector: 'police' }, ctx), // id-2
    newRecord('partners', planId, { name: 'Riverbend General Hospital', sector: 'health', seats: ['health'] }, ctx), // id-3
  ];
  snap.participants = [newRecord('participants', planId, { name: 'Sgt. Rivera', partnerId: 'id-2' }, ctx)]; // id-4
  snap.sessions = [newRecord('sessions', planId, { title: 'Session 1', date: '2025-10-07', attendeeIds: ['id-4'] }, ctx)]; // id-5
  snap.risks = [
    newRecord('risks', planId, { title: 'Substance use and overdose', categories: ['drugs'], isPriority: true }, ctx), // id-6
    newRecord('risks', planId, { title: 'Housing instability', order: 1 }, ctx), // id-7
  ];
  snap.cards = [
    newRecord('cards', planId, { text: 'More overdose calls downtown', riskId: 'id-6', participantId: 'id-4', partnerId: 'id-2', sessionId: 'id-5', tags: ['drugs.overdose'] }, ctx), // id-8
  ];
  snap.criteria = [newRecord('criteria', planId, { name: 'Severity', weight: 3 }, ctx)]; // id-9
  snap.scores = [newRecord('scores', planId, { riskId: 'id-6', criterionId: 'id-9', raterId: 'id-4', value: 5 }, ctx)]; // id-10
  snap.votes = [newRecord('votes', planId, { riskId: 'id-6', participantId: 'id-4', dots: 2 }, ctx)]; // id-11
  snap.responses = [
    newRecord('responses', planId, { riskId: 'id-6', area: 'prevention', title: 'Naloxone distribution', type: 'existing', leadPartnerId: 'id-2', supportingPartnerIds: ['id-3'], sourceCardId: 'id-8' }, ctx), // id-12
  ];
  snap.outcomes = [newRecord('outcomes', planId, { riskId: 'id-6', responseId: 'id-12', statement: 'Fewer repeat overdose calls' }, ctx)]; // id-13
  return snap;
}

export type RawFile = {
  plan: Record<string, unknown>;
  records: Record<string, Record<string, unknown>[]>;
  [key: string]: unknown;
};

/** Encodes the small plan, lets `edit` damage the raw JSON, and decodes the result. */
export function decodeDamaged(edit: (file: RawFile) => void): Extract<DecodeResult, { ok: true }> {
  const file = JSON.parse(encodePlanFile(smallPlan(), META)) as RawFile;
  edit(file);
  const result = decodePlanFile(JSON.stringify(file));
  if (!result.ok) throw new Error(`expected a repaired plan, got ${JSON.stringify(result.error)}`);
  return result;
}

export const card = (file: RawFile, i = 0) => file.records.cards![i]!;
