/**
 * buildRiverbendSample: the whole Town of Riverbend workshop as a real plan, for demos, the
 * first-run experience and end-to-end tests. Deterministic given the context (ids and clock).
 */
import { emptySnapshot, type Id, type PlanSnapshot, type RecordTable, type RecordTypes } from '../model';
import { newPlan, newRecord, type RecordContext } from '../records';
import {
  CARDS,
  PARTICIPANTS,
  PARTNERS,
  PLACE,
  PRIORITY_PROFILES,
  RESPONSES,
  RISKS,
  SESSIONS,
  USER_CATEGORY,
  type PartnerKey,
  type RiskKey,
} from './riverbend-data';
import { BALLOTS, CRITERIA, scoresFor } from './riverbend-prioritisation';

const PRIORITY_KEYS: readonly RiskKey[] = ['overdose', 'youthMentalHealth', 'ipv'];
const DECISION_DATE = SESSIONS[1].date;

export function buildRiverbendSample(ctx: RecordContext): PlanSnapshot {
  const plan = newPlan(
    {
      name: 'Riverbend CSWB plan review 2026-2029',
      municipality: 'Town of Riverbend',
      description: 'Four-year review of the Community Safety and Well-Being plan with the advisory committee and partners.',
      voting: { dotsPerParticipant: 5, maxDotsPerRisk: 2, round: 1, revealed: true },
      scoring: { method: 'weighted', scaleMin: 1, scaleMax: 5, revealed: true },
    },
    ctx,
  );
  const snap = emptySnapshot(plan);
  const add = <T extends RecordTable>(table: T, fields: Partial<RecordTypes[T]>): RecordTypes[T] => {
    const record = newRecord(table, plan.id, fields, ctx);
    (snap[table] as RecordTypes[T][]).push(record);
    return record;
  };

  const partnerId = new Map<PartnerKey, Id>();
  for (const p of PARTNERS) {
    partnerId.set(p.key, add('partners', { name: p.name, sector: p.sector, seats: [...p.seats], consultationGroups: [...p.groups] }).id);
  }
  const partner = (key: PartnerKey) => partnerId.get(key) as Id;
  const participantId = new Map<string, Id>();
  for (const p of PARTICIPANTS) {
    participantId.set(p.key, add('participants', { name: p.name, partnerId: partner(p.partner), consultationGroups: [...p.groups] }).id);
  }
  const everyone = [...participantId.values()];
  const sessionIds = SESSIONS.map((s, i) =>
    // Session 3: the social services participant sent regrets.
    add('sessions', { ...s, place: PLACE, attendeeIds: i === 2 ? everyone.filter((id) => id !== participantId.get('kowalski')) : everyone }).id,
  );
  const userCategory = add('catalogueEntries', { labelEn: USER_CATEGORY.labelEn, labelFr: USER_CATEGORY.labelFr, parentCategory: null });

  const riskId = new Map<RiskKey, Id>();
  RISKS.forEach((r, order) => {
    const isPriority = PRIORITY_KEYS.includes(r.key);
    const risk = add('risks', {
      title: r.title,
      categories: r.key === USER_CATEGORY.risk ? [userCategory.id] : [...r.categories],
      isPriority,
      priorityDecision: isPriority
        ? {
            date: DECISION_DATE,
            method: 'weighted',
            presentPartnerIds: PARTICIPANTS.map((p) => partner(p.partner)),
            note: 'Top three after the dot vote and weighted scoring; confirmed by consensus.',
          }
        : null,
      ...PRIORITY_PROFILES[r.key],
      order,
    });
    riskId.set(r.key, risk.id);
  });
  const risk = (key: RiskKey) => riskId.get(key) as Id;

  const cardIds = CARDS.map((c, order) =>
    add('cards', { text: c.text, kind: c.kind, partnerId: partner(c.from), sessionId: sessionIds[0] ?? null, riskId: c.risk && risk(c.risk), tags: [...(c.tags ?? [])], order }).id,
  );

  const criteria = CRITERIA.map((c, order) => add('criteria', { name: c.name, description: c.description, weight: c.weight, order }));
  for (const p of PARTICIPANTS) {
    const voter = participantId.get(p.key) as Id;
    for (const [key, dots] of Object.entries(BALLOTS[p.key] ?? {})) {
      add('votes', { riskId: risk(key as RiskKey), participantId: voter, round: 1, dots });
    }
    for (const r of RISKS) {
      scoresFor(p.key, r.key).forEach((value, i) => {
        add('scores', { riskId: risk(r.key), criterionId: (criteria[i] as { id: Id }).id, raterId: voter, value });
      });
    }
  }

  RESPONSES.forEach((r, order) =>
    add('responses', {
      riskId: risk(r.risk),
      area: r.area,
      title: r.title,
      type: r.type,
      status: r.status,
      leadPartnerId: partner(r.lead),
      supportingPartnerIds: r.supporting.map(partner),
      sourceCardId: r.sourceCard === undefined ? null : (cardIds[r.sourceCard] ?? null),
      timeline: r.timeline,
      order,
    }),
  );
  add('outcomes', {
    riskId: risk('overdose'),
    responseId: null,
    statement: 'Fewer repeat overdose calls in the downtown core',
    level: 'intermediate',
    indicator: 'Repeat overdose calls per quarter',
    baseline: '41',
    baselineDate: '2025',
    target: '25',
    targetDate: '2029',
    dataSource: 'Police CAD data',
    collectionMethod: 'Extract of calls coded as overdose in the downtown core, repeat persons or addresses',
    frequency: 'Quarterly',
    responsibility: 'CSWB coordinator',
  });
  return snap;
}
