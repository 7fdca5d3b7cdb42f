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

const fieldsCache = new WeakMap<z.ZodObject, [string, z.ZodType][]>();

function fieldsOf(schema: z.ZodObject): [string, z.ZodType][] {
  let fields = fieldsCache.get(schema);
  if (!fields) {
    fields = Object.entries(schema.shape as Record<string, z.ZodType>);
    fieldsCache.set(schema, fields);
  }
  return fields;
}

/** Copies the schema's fields (recursively for nested objects) and nothing else. */
function project(value: unknown, schema: z.ZodType): unknown {
  const objectSchema = schema instanceof z.ZodNullable ? schema.unwrap() : schema;
  if (!(objectSchema instanceof z.ZodObject) || typeof value !== 'object' || value === null) return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of fieldsOf(objectSchema)) out[key] = project(source[key], field);
  return out;
}
