/**
 * Builders for valid records with every field set. The database, the sample plan, the plan-file
 * repair step and the tests all build records here, so a new field gets its default in one place.
 * Ids and clock are passed in (no hidden randomness), which keeps the core pure and testable.
 */
import type {
  Plan,
  RecordTable,
  RecordTypes,
  Id,
  Iso,
} from './model';

export interface RecordContext {
  newId: () => Id;
  now: () => Iso;
}

export const defaultRecordContext: RecordContext = {
  newId: () => globalThis.crypto.randomUUID(),
  now: () => new Date().toISOString(),
};

export function newPlan(
  fields: Partial<Omit<Plan, 'voting' | 'scoring'>> & {
    voting?: Partial<Plan['voting']>;
    scoring?: Partial<Plan['scoring']>;
  },
  ctx: RecordContext = defaultRecordContext,
): Plan {
  const now = ctx.now();
  return {
    id: fields.id ?? ctx.newId(),
    name: fields.name ?? '',
    municipality: fields.municipality ?? '',
    description: fields.description ?? '',
    createdAt: fields.createdAt ?? now,
    updatedAt: fields.updatedAt ?? now,
    voting: { dotsPerParticipant: 5, maxDotsPerRisk: 2, round: 1, revealed: false, ...fields.voting },
    scoring: { method: 'weighted', scaleMin: 1, scaleMax: 5, revealed: false, ...fields.scoring },
  };
}

type Defaults = { [T in RecordTable]: Omit<RecordTypes[T], 'id' | 'planId' | 'createdAt' | 'updatedAt'> };

/** Default values of every non-identity field, per table. */
export const RECORD_DEFAULTS: Defaults = {
  partners: { name: '', sector: 'community', contactName: '', contactEmail: '', notes: '', seats: [], consultationGroups: [] },
  participants: { name: '', partnerId: null, sector: null, consultationGroups: [] },
  sessions: { title: '', date: '', place: '', notes: '', attendeeIds: [] },
  catalogueEntries: { labelEn: '', labelFr: '', parentCategory: null },
  risks: {
    title: '',
    description: '',
    categories: [],
    isPriority: false,
    priorityDecision: null,
    problemStatement: '',
    vulnerableGroups: '',
    protectiveFactors: '',
    order: 0,
  },
  cards: {
    text: '',
    kind: 'risk',
    participantId: null,
    partnerId: null,
    sector: null,
    sessionId: null,
    riskId: null,
    tags: [],
    order: 0,
  },
  criteria: { name: '', description: '', weight: 1, role: null, order: 0 },
  scores: { riskId: '', criterionId: '', raterId: '', value: 0 },
  votes: { riskId: '', participantId: '', round: 1, dots: 1 },
  responses: {
    riskId: '',
    area: 'prevention',
    title: '',
    description: '',
    type: 'new',
    leadPartnerId: null,
    supportingPartnerIds: [],
    status: 'proposed',
    timeline: '',
    resources: '',
    sourceCardId: null,
    order: 0,
  },
  outcomes: {
    riskId: null,
    responseId: null,
    statement: '',
    level: 'immediate',
    indicator: '',
    baseline: '',
    baselineDate: '',
    target: '',
    targetDate: '',
    dataSource: '',
    collectionMethod: '',
    frequency: '',
    responsibility: '',
  },
};

/** A complete record of `table` for `planId`, with `fields` over the defaults. */
export function newRecord<T extends RecordTable>(
  table: T,
  planId: Id,
  fields: Partial<RecordTypes[T]>,
  ctx: RecordContext = defaultRecordContext,
): RecordTypes[T] {
  const now = ctx.now();
  const defaults = structuredClone(RECORD_DEFAULTS[table]);
  return {
    ...defaults,
    ...fields,
    id: fields.id ?? ctx.newId(),
    planId,
    createdAt: fields.createdAt ?? now,
    updatedAt: fields.updatedAt ?? now,
  } as RecordTypes[T];
}
