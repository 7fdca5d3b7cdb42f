/**
 * Reads one raw record of a table: the fast path accepts a record that matches the strict schema
 * as it is; otherwise it is rebuilt field by field (rebuild-object.ts). Ids are settled later
 * (repair-identity.ts), because duplicates can only be seen across the whole table.
 */
import type { PriorityDecision, RecordTable } from '../model';
import { RECORD_DEFAULTS } from '../records';
import { childPath, isPlainObject, ownValue, preview } from './paths';
import { rebuildObject } from './rebuild-object';
import { RECORD_SCHEMAS, timestampSchema } from './schemas';
import type { PlanFileRepair } from './types';

export interface RecordReadContext {
  planId: string;
  /** Used when both of a record's timestamps are unusable (the plan's updatedAt). */
  fallbackTime: string;
  repairs: PlanFileRepair[];
}

export interface ReadRecord {
  record: Record<string, unknown>;
  /** True when the record had no usable id: it gets a fresh one in the identity step. */
  idMissing: boolean;
}

/**
 * Fields that carry a judgement or an anchor. Inventing them would fabricate data (a vote of 1
 * dot, a score of 0, a response under no risk), so a record whose essential field is missing or
 * invalid is dropped instead of defaulted.
 */
const ESSENTIAL_FIELDS: Partial<Record<RecordTable, readonly string[]>> = {
  scores: ['riskId', 'criterionId', 'raterId', 'value'],
  votes: ['riskId', 'participantId', 'round', 'dots'],
  responses: ['riskId'],
};

const IDENTITY_FIELDS: ReadonlySet<string> = new Set(['id', 'planId', 'createdAt', 'updatedAt']);

const PRIORITY_DECISION_DEFAULTS: Record<string, unknown> = {
  date: '',
  method: '',
  presentPartnerIds: [],
  note: '',
} satisfies PriorityDecision;

export function readRecord(
  table: RecordTable,
  raw: unknown,
  path: string,
  ctx: RecordReadContext,
): ReadRecord | null {
  const schema = RECORD_SCHEMAS[table];
  if (!isPlainObject(raw)) {
    ctx.repairs.push({ code: 'droppedRecord', path, message: `Not a record (${describeType(raw)}); left out.` });
    return null;
  }
  if (raw.planId === ctx.planId && schema.safeParse(raw).success) return { record: raw, idMissing: false };

  const shape = schema.shape as Record<string, { safeParse(value: unknown): { success: boolean } }>;
  for (const field of ESSENTIAL_FIELDS[table] ?? []) {
    if (!shape[field]?.safeParse(ownValue(raw, field)).success) {
      ctx.repairs.push({
        code: 'droppedRecord',
        path,
        message: `Field "${field}" is missing or invalid and cannot be guessed; record left out.`,
      });
      return null;
    }
  }

  const record = rebuildObject(raw, schema, RECORD_DEFAULTS[table], path, ctx.repairs, {
    skip: IDENTITY_FIELDS,
    nestedDefaults: { priorityDecision: PRIORITY_DECISION_DEFAULTS },
  });
  const id = ownValue(raw, 'id');
  const idMissing = typeof id !== 'string' || id === '';
  record.id = idMissing ? '' : id;
  record.planId = readPlanId(ownValue(raw, 'planId'), path, ctx);
  Object.assign(record, readTimestamps(raw, path, ctx));
  return { record, idMissing };
}

function readPlanId(value: unknown, path: string, ctx: RecordReadContext): string {
  if (value !== ctx.planId) {
    ctx.repairs.push({
      code: 'defaulted',
      path: childPath(path, 'planId'),
      message:
        value === undefined
          ? "Missing; set to the plan's id."
          : `${preview(value)} is not this plan's id; set to the plan's id.`,
    });
  }
  return ctx.planId;
}

/** An unusable timestamp takes the record's other timestamp, else the fallback time. */
function readTimestamps(raw: Record<string, unknown>, path: string, ctx: RecordReadContext) {
  const created = ownValue(raw, 'createdAt');
  const updated = ownValue(raw, 'updatedAt');
  const createdOk = timestampSchema.safeParse(created).success;
  const updatedOk = timestampSchema.safeParse(updated).success;
  const createdAt = createdOk ? (created as string) : updatedOk ? (updated as string) : ctx.fallbackTime;
  const updatedAt = updatedOk ? (updated as string) : createdAt;
  if (!createdOk) reportTime(childPath(path, 'createdAt'), created, createdAt, ctx);
  if (!updatedOk) reportTime(childPath(path, 'updatedAt'), updated, updatedAt, ctx);
  return { createdAt, updatedAt };
}

function reportTime(path: string, value: unknown, replacement: string, ctx: RecordReadContext): void {
  const what = value === undefined ? 'Missing' : `${preview(value)} is not an ISO 8601 date-time`;
  ctx.repairs.push({ code: 'defaulted', path, message: `${what}; set to ${replacement}.` });
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
