/** Recognises a plan file and its format version, before anything else is trusted. */
import { PLAN_FILE_FORMAT } from './constants';
import type { Checked } from './guards';
import { isPlainObject, preview } from './paths';

export const ENVELOPE_KEYS: ReadonlySet<string> = new Set([
  'format',
  'formatVersion',
  'savedAt',
  'app',
  'plan',
  'records',
]);

export interface EnvelopeHead {
  raw: Record<string, unknown>;
  formatVersion: number;
}

/** Versions are compared as integers: "10" must never sort before "9". */
export function readEnvelopeHead(parsed: unknown, supported: number): Checked<EnvelopeHead> {
  if (!isPlainObject(parsed)) return notAPlanFile('The file does not hold a JSON object.');
  if (parsed.format !== PLAN_FILE_FORMAT) {
    return notAPlanFile(
      parsed.format === undefined
        ? 'The file has no "format" field.'
        : `The format is ${preview(parsed.format)}, not "${PLAN_FILE_FORMAT}".`,
    );
  }
  const version = parsed.formatVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return notAPlanFile(`The format version ${preview(version)} is not a whole number from 1 up.`);
  }
  if (version > supported) {
    return { ok: false, error: { kind: 'tooNew', formatVersion: version, supported } };
  }
  return { ok: true, value: { raw: parsed, formatVersion: version } };
}

function notAPlanFile(reason: string): Checked<never> {
  return { ok: false, error: { kind: 'notAPlanFile', reason } };
}
