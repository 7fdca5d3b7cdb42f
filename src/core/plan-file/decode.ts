/**
 * decodePlanFile: the read pipeline (tldraw's file loading plus Excalidraw's restore).
 * size -> empty / binary -> JSON.parse -> depth and forbidden keys -> envelope -> version ->
 * migrations -> plan -> records (validate, repair, settle ids, fix references).
 * Pure: no clock, no randomness, so the same text always decodes to the same snapshot.
 */
import { PLAN_FILE_VERSION } from './constants';
import { ENVELOPE_KEYS, readEnvelopeHead } from './envelope';
import { checkText, parseJson, scanTree } from './guards';
import { MIGRATIONS, runMigrations, type MigrationRegistry } from './migrations';
import { childPath, isPlainObject, ownValue } from './paths';
import { readPlan } from './repair-plan';
import { readRecords } from './repair-records';
import { timestampSchema } from './schemas';
import type { DecodeResult, PlanFileRepair } from './types';

export interface DecodeOptions {
  migrations: MigrationRegistry;
  currentVersion: number;
}

/** Used when neither the plan nor the file says when it was written. */
const EPOCH = '1970-01-01T00:00:00.000Z';

export function decodePlanFile(text: string): DecodeResult {
  return decodeWithOptions(text, { migrations: MIGRATIONS, currentVersion: PLAN_FILE_VERSION });
}

/** decodePlanFile with an injected migration registry and version (for tests of the machinery). */
export function decodeWithOptions(text: string, options: DecodeOptions): DecodeResult {
  const checked = checkText(text);
  if (!checked.ok) return checked;
  const parsed = parseJson(checked.value.body, checked.value.offset);
  if (!parsed.ok) return parsed;
  const unsafe = scanTree(parsed.value);
  if (unsafe) return { ok: false, error: unsafe };
  const head = readEnvelopeHead(parsed.value, options.currentVersion);
  if (!head.ok) return head;

  const { formatVersion } = head.value;
  const migrated = runMigrations(head.value.raw, formatVersion, options.currentVersion, options.migrations);
  if (!migrated.ok) return migrated;
  const raw = migrated.raw;

  const repairs: PlanFileRepair[] = [];
  for (const key of Object.keys(raw)) {
    if (!ENVELOPE_KEYS.has(key)) {
      repairs.push({ code: 'unknownField', path: childPath('', key), message: `Unknown field "${key}" left out.` });
    }
  }
  const savedAt = typeof raw.savedAt === 'string' ? raw.savedAt : null;
  const fallbackTime = savedAt !== null && timestampSchema.safeParse(savedAt).success ? savedAt : EPOCH;
  const planRead = readPlan(ownValue(raw, 'plan'), fallbackTime, repairs);
  if (!planRead.ok) return { ok: false, error: { kind: 'invalid', problems: planRead.problems } };
  const { plan } = planRead;
  const records = readRecords(ownValue(raw, 'records'), { planId: plan.id, fallbackTime: plan.updatedAt, repairs });

  const app = ownValue(raw, 'app');
  const appVersion = isPlainObject(app) && typeof app.version === 'string' ? app.version : null;
  return {
    ok: true,
    snapshot: { plan, ...records },
    repairs,
    migratedFrom: formatVersion < options.currentVersion ? formatVersion : null,
    savedAt,
    appVersion,
  };
}
