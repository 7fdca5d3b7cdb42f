/** Paths in reports look like JavaScript accessors: `records.cards[3].kind`. */

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function formatPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const segment of segments) out = childPath(out, segment);
  return out;
}

export function childPath(parent: string, segment: string | number): string {
  if (typeof segment === 'number') return `${parent}[${segment}]`;
  if (!IDENTIFIER.test(segment)) return `${parent}[${JSON.stringify(segment)}]`;
  return parent === '' ? segment : `${parent}.${segment}`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property only: a JSON object lacking `constructor` must not read Object.prototype's. */
export function ownValue(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** A short JSON rendering of a value for a message (values in damaged files can be huge). */
export function preview(value: unknown, max = 60): string {
  const text = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
