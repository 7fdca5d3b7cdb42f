/**
 * The cheap checks that run before any record is looked at: size, emptiness, binary junk, JSON
 * syntax, nesting depth and prototype-polluting keys. Each returns a typed error, never throws.
 */
import { FORBIDDEN_KEYS, MAX_PLAN_FILE_CHARS, MAX_PLAN_FILE_DEPTH } from './constants';
import { formatPath } from './paths';
import type { PlanFileError } from './types';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: PlanFileError };

const BINARY_SNIFF_CHARS = 4096;
const JSON_WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** Returns the JSON body (without a leading byte-order mark) and how many chars were skipped. */
export function checkText(
  text: unknown,
  limit: number = MAX_PLAN_FILE_CHARS,
): Checked<{ body: string; offset: number }> {
  if (typeof text !== 'string') {
    return { ok: false, error: { kind: 'notAPlanFile', reason: 'The input is not text.' } };
  }
  if (text.length > limit) return { ok: false, error: { kind: 'tooLarge', chars: text.length, limit } };
  // Editors on Windows may add a BOM; JSON.parse rejects it, so skip it (silently: it carries no data).
  const offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = offset === 0 ? text : text.slice(offset);
  if (isBlank(body)) return { ok: false, error: { kind: 'empty' } };
  if (looksBinary(body)) {
    return {
      ok: false,
      error: { kind: 'notAPlanFile', reason: 'The file contains binary data, not text.' },
    };
  }
  return { ok: true, value: { body, offset } };
}

/** Raw C0 control characters (other than tab, LF, CR) are never valid JSON: a sure sign of binary. */
function looksBinary(body: string): boolean {
  const end = Math.min(body.length, BINARY_SNIFF_CHARS);
  for (let i = 0; i < end; i++) {
    const code = body.charCodeAt(i);
    if (code < 0x20 && !JSON_WHITESPACE.has(code)) return true;
  }
  return false;
}

function isBlank(body: string): boolean {
  for (let i = 0; i < body.length; i++) {
    if (!JSON_WHITESPACE.has(body.charCodeAt(i))) return false;
  }
  return true;
}

export function parseJson(body: string, offset: number): Checked<unknown> {
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /position (\d+)/.exec(message);
    const position = match?.[1] === undefined ? undefined : Number(match[1]) + offset;
    return {
      ok: false,
      error: position === undefined ? { kind: 'notJson', message } : { kind: 'notJson', message, position },
    };
  }
}

/**
 * Walks the parsed tree once: rejects nesting deeper than `limit` (the root container is depth 1)
 * and any forbidden key. Recursion is bounded by `limit`, so it cannot overflow the stack.
 */
export function scanTree(value: unknown, limit: number = MAX_PLAN_FILE_DEPTH): PlanFileError | null {
  if (value === null || typeof value !== 'object') return null;
  return walk(value, 1, [], limit);
}

function walk(
  value: unknown,
  depth: number,
  path: (string | number)[],
  limit: number,
): PlanFileError | null {
  if (depth > limit) return { kind: 'tooDeep', depth, limit };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === null || typeof item !== 'object') continue;
      path.push(i);
      const error = walk(item, depth + 1, path, limit);
      path.pop();
      if (error) return error;
    }
    return null;
  }
  const object = value as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    if (FORBIDDEN_KEYS.has(key)) return { kind: 'forbiddenKey', key, path: formatPath(path) };
    const child = object[key];
    if (child === null || typeof child !== 'object') continue;
    path.push(key);
    const error = walk(child, depth + 1, path, limit);
    path.pop();
    if (error) return error;
  }
  return null;
}
