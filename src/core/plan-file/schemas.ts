/**
 * Strict "write" schemas: exactly what encodePlanFile writes, one per record table.
 *
 * They are the single source of truth for the file format: the decoder validates each record
 * against them (fast path), repairs field by field using the same per-field schemas (slow path),
 * and docs/plan-file.schema.json is generated from them. tests/core/plan-file/schemas.test.ts
 * asserts at type level that every schema infers exactly the model type.
 */
import { z } from 'zod';
import {
  CARD_KINDS,
  OUTCOME_LEVELS,
  PLANNING_AREAS,
  RESPONSE_STATUSES,
  RESPONSE_TYPES,
  SCORING_METHODS,
  type RecordTable,
} from '../model';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION } from './constants';

/** ISO 8601 date-time with a zone, as `Date.prototype.toISOString()` writes it. */
export const timestampSchema = z.iso.datetime({ offset: true });
const id = z.string().min(1);
const ref = id.nullable();
const text = z.string();
/** Catalogue ids (sectors, seats, groups, categories, tags) are open sets: any non-empty string. */
const catalogueId = z.string().min(1);
const catalogueIds = z.array(catalogueId);
const idList = z.array(id);
const order = z.number();

const base = { id, planId: id, createdAt: timestampSchema, updatedAt: timestampSchema };

export const votingSettingsSchema = z.strictObject({
  dotsPerParticipant: z.int().min(1),
  maxDotsPerRisk: z.int().min(1),
  round: z.int().min(1),
  revealed: z.boolean(),
});

export const scoringSettingsSchema = z.strictObject({
  method: z.enum(SCORING_METHODS),
  scaleMin: z.number(),
  scaleMax: z.number(),
  revealed: z.boolean(),
});

export const planSchema = z.strictObject({
  id,
  name: text,
  municipality: text,
  description: text,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  voting: votingSettingsSchema,
  scoring: scoringSettingsSchema,
});

export const partnerSchema = z.strictObject({
  ...base,
  name: text,
  sector: catalogueId,
  contactName: text,
  contactEmail: text,
  notes: text,
  seats: catalogueIds,
  consultationGroups: catalogueIds,
});

export const participantSchema = z.strictObject({
  ...base,
  name: text,
  partnerId: ref,
  sector: catalogueId.nullable(),
  consultationGroups: catalogueIds,
});

export const sessionSchema = z.strictObject({
  ...base,
  title: text,
  date: z.union([z.literal(''), z.iso.date()]),
  place: text,
  notes: text,
  attendeeIds: idList,
});

export const catalogueEntrySchema = z.strictObject({
  ...base,
  labelEn: text,
  labelFr: text,
  parentCategory: catalogueId.nullable(),
});

export const priorityDecisionSchema = z.strictObject({
  date: text,
  method: text,
  presentPartnerIds: idList,
  note: text,
});

export const riskSchema = z.strictObject({
  ...base,
  title: text,
  description: text,
  categories: catalogueIds,
  isPriority: z.boolean(),
  priorityDecision: priorityDecisionSchema.nullable(),
  problemStatement: text,
  vulnerableGroups: text,
  protectiveFactors: text,
  order,
});

export const cardSchema = z.strictObject({
  ...base,
  text,
  kind: z.enum(CARD_KINDS),
  participantId: ref,
  partnerId: ref,
  sector: catalogueId.nullable(),
  sessionId: ref,
  riskId: ref,
  tags: catalogueIds,
  order,
});

export const criterionSchema = z.strictObject({
  ...base,
  name: text,
  description: text,
  weight: z.number().min(0),
  role: z.string().min(1).nullable(),
  order,
});

export const scoreSchema = z.strictObject({
  ...base,
  riskId: id,
  criterionId: id,
  raterId: id,
  value: z.number(),
});

export const voteSchema = z.strictObject({
  ...base,
  riskId: id,
  participantId: id,
  round: z.int().min(1),
  dots: z.int().min(0),
});

export const responseSchema = z.strictObject({
  ...base,
  riskId: id,
  area: z.enum(PLANNING_AREAS),
  title: text,
  description: text,
  type: z.enum(RESPONSE_TYPES),
  leadPartnerId: ref,
  supportingPartnerIds: idList,
  status: z.enum(RESPONSE_STATUSES),
  timeline: text,
  resources: text,
  sourceCardId: ref,
  order,
});

export const outcomeSchema = z.strictObject({
  ...base,
  riskId: ref,
  responseId: ref,
  statement: text,
  level: z.enum(OUTCOME_LEVELS),
  indicator: text,
  baseline: text,
  baselineDate: text,
  target: text,
  targetDate: text,
  dataSource: text,
  collectionMethod: text,
  frequency: text,
  responsibility: text,
});

export const RECORD_SCHEMAS = {
  partners: partnerSchema,
  participants: participantSchema,
  sessions: sessionSchema,
  catalogueEntries: catalogueEntrySchema,
  risks: riskSchema,
  cards: cardSchema,
  criteria: criterionSchema,
  scores: scoreSchema,
  votes: voteSchema,
  responses: responseSchema,
  outcomes: outcomeSchema,
} as const satisfies Record<RecordTable, z.ZodObject>;

export const planFileSchema = z.strictObject({
  format: z.literal(PLAN_FILE_FORMAT),
  formatVersion: z.literal(PLAN_FILE_VERSION),
  savedAt: timestampSchema,
  app: z.strictObject({ name: z.string(), version: z.string() }),
  plan: planSchema,
  records: z.strictObject({
    partners: z.array(partnerSchema),
    participants: z.array(participantSchema),
    sessions: z.array(sessionSchema),
    catalogueEntries: z.array(catalogueEntrySchema),
    risks: z.array(riskSchema),
    cards: z.array(cardSchema),
    criteria: z.array(criterionSchema),
    scores: z.array(scoreSchema),
    votes: z.array(voteSchema),
    responses: z.array(responseSchema),
    outcomes: z.array(outcomeSchema),
  }),
});

export type PlanFileEnvelope = z.infer<typeof planFileSchema>;
