/**
 * encodePlanFile: the envelope as JSON with one record per line. That stays valid, compact JSON
 * but opens in a text editor and diffs record by record. Only the fields of the write schemas
 * are written, in schema order, so a stray runtime property never leaks into a file.
 */
import { z } from 'zod';
import { RECORD_TABLES, type PlanSnapshot } from '../model';
import { PLAN_FILE_APP_NAME, PLAN_FILE_FORMAT, PLAN_FILE_VERSION } from './constants';
import { planSchema, RECORD_SCHEMAS } from './schemas';

export interface PlanFileMeta {
  appVersion: string;
  savedAt: string;
}

export function encodePlanFile(snapshot: PlanSnapshot, meta: PlanFileMeta): string {
  const lines = [
    '{',
    `  "format": ${JSON.stringify(PLAN_FILE_FORMAT)},`,
    `  "formatVersion": ${PLAN_FILE_VERSION},`,
    `  "savedAt": ${JSON.stringify(meta.savedAt)},`,
    `  "app": ${JSON.stringify({ name: PLAN_FILE_APP_NAME, version: meta.appVersion })},`,
    `  "plan": ${JSON.stringify(project(snapshot.plan, planSchema))},`,
    '  "records": {',
  ];
  RECORD_TABLES.forEach((table, tableIndex) => {
    const schema = RECORD_SCHEMAS[table];
    const records: readonly unknown[] = snapshot[table];
    const tail = tableIndex === RECORD_TABLES.length - 1 ? '' : ',';
    if (records.length === 0) {
      lines.push(`    ${JSON.stringify(table)}: []${tail}`);
      return;
    }
    lines.push(`    ${JSON.stringify(table)}: [`);
    records.forEach((record, i) => {
      lines.push(`      ${JSON.stringify(project(record, schema))}${i === records.length - 1 ? '' : ','}`);
    });
    lines.push(`    ]${tail}`);
  });
  lines.push('  }', '}', '');
  return lines.join('\n');
}

type Projector = (value: unknown) => unknown;

const projectors = new WeakMap<z.ZodType, Projector>();

/**
 * Copies the schema's fields (recursively for nested objects) and nothing else. The projector of
 * each schema is built once: a plan holds 50,000 records, and asking zod what each field is for
 * every record (its `instanceof` checks are not cheap) was most of the encoding time.
 */
function project(value: unknown, schema: z.ZodType): unknown {
  return projectorOf(schema)(value);
}

function projectorOf(schema: z.ZodType): Projector {
  let projector = projectors.get(schema);
  if (!projector) {
    projector = buildProjector(schema);
    projectors.set(schema, projector);
  }
  return projector;
}

function buildProjector(schema: z.ZodType): Projector {
  const objectSchema = schema instanceof z.ZodNullable ? schema.unwrap() : schema;
  if (!(objectSchema instanceof z.ZodObject)) return (value) => value;
  const fields = Object.entries(objectSchema.shape as Record<string, z.ZodType>).map(([key, field]) => {
    const inner = field instanceof z.ZodNullable ? field.unwrap() : field;
    return { key, nested: inner instanceof z.ZodObject ? projectorOf(field) : null };
  });
  return (value) => {
    if (typeof value !== 'object' || value === null) return value;
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const { key, nested } of fields) out[key] = nested ? nested(source[key]) : source[key];
    return out;
  };
}
