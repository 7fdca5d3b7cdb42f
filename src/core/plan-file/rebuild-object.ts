/**
 * Field-by-field rebuild of one object against a strict write schema (Excalidraw's "restore"):
 * valid fields are kept as they are, invalid or missing ones take their default, lists keep their
 * valid entries, nested objects are rebuilt the same way, unknown fields are left out. Every
 * change is reported; nothing is coerced (a "3" never silently becomes 3).
 */
import { z } from 'zod';
import { childPath, isPlainObject, ownValue } from './paths';
import type { PlanFileRepair } from './types';

export interface RebuildOptions {
  /** Fields the caller handles itself (ids, timestamps). */
  skip?: ReadonlySet<string>;
  /** Defaults for nested objects whose own default is null (e.g. a risk's priorityDecision). */
  nestedDefaults?: Readonly<Record<string, Record<string, unknown>>>;
}

export function rebuildObject(
  raw: Record<string, unknown>,
  schema: z.ZodObject,
  defaults: Readonly<Record<string, unknown>>,
  path: string,
  repairs: PlanFileRepair[],
  options: RebuildOptions = {},
): Record<string, unknown> {
  const shape = schema.shape as Record<string, z.ZodType>;
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(shape, key)) {
      repairs.push({
        code: 'unknownField',
        path: childPath(path, key),
        message: `Unknown field "${key}" left out.`,
      });
    }
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) {
    if (options.skip?.has(key)) continue;
    const fieldSchema = shape[key] as z.ZodType;
    const fieldPath = childPath(path, key);
    const value = ownValue(raw, key);
    if (value !== undefined && fieldSchema.safeParse(value).success) {
      out[key] = value;
      continue;
    }
    const fallback = ownValue(defaults, key);
    out[key] = repairField(value, fieldSchema, fallback, fieldPath, repairs, options.nestedDefaults?.[key]);
  }
  return out;
}

function repairField(
  value: unknown,
  schema: z.ZodType,
  fallback: unknown,
  path: string,
  repairs: PlanFileRepair[],
  nestedDefaults: Record<string, unknown> | undefined,
): unknown {
  if (schema instanceof z.ZodArray && Array.isArray(value)) {
    const element = schema.element as z.ZodType;
    const kept = value.filter((item) => element.safeParse(item).success);
    repairs.push({
      code: 'droppedValue',
      path,
      message: `Removed ${value.length - kept.length} invalid of ${value.length} entries.`,
    });
    return kept;
  }
  const objectSchema = schema instanceof z.ZodNullable ? schema.unwrap() : schema;
  if (objectSchema instanceof z.ZodObject && isPlainObject(value)) {
    const base = isPlainObject(fallback) ? fallback : nestedDefaults;
    if (base !== undefined) return rebuildObject(value, objectSchema, base, path, repairs);
  }
  repairs.push({ code: 'defaulted', path, message: describeDefault(value, schema, fallback) });
  return structuredClone(fallback);
}

function describeDefault(value: unknown, schema: z.ZodType, fallback: unknown): string {
  const shown = JSON.stringify(fallback);
  if (value === undefined) return `Missing; set to ${shown}.`;
  const issue = schema.safeParse(value).error?.issues[0]?.message ?? 'invalid value';
  return `Invalid (${issue}); set to ${shown}.`;
}
