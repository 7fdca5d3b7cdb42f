/**
 * Plan-file migrations, tldraw style: `MIGRATIONS[n]` turns a raw version-n file into a raw
 * version n+1 file. The registry is append-only: never edit a migration that has shipped, add a
 * new one and bump PLAN_FILE_VERSION. Migrations work on the raw parsed JSON, before validation,
 * so they may rename or reshape anything; the repair step then validates the result.
 */
import { isPlainObject } from './paths';
import type { PlanFileError } from './types';

export type RawPlanFile = Record<string, unknown>;
export type PlanFileMigration = (raw: RawPlanFile) => RawPlanFile;
export type MigrationRegistry = Readonly<Record<number, PlanFileMigration>>;

/** Version 1 is the first format: nothing to migrate yet. */
export const MIGRATIONS: MigrationRegistry = {};

export type MigrationOutcome = { ok: true; raw: RawPlanFile } | { ok: false; error: PlanFileError };

/** Runs every step from `from` up to `to`, in order. `from` and `to` are integers. */
export function runMigrations(
  raw: RawPlanFile,
  from: number,
  to: number,
  registry: MigrationRegistry,
): MigrationOutcome {
  let current = raw;
  for (let version = from; version < to; version++) {
    const step = Object.hasOwn(registry, version) ? registry[version] : undefined;
    if (step === undefined) {
      return fail(version, `No migration from format version ${version} to ${version + 1}.`);
    }
    try {
      const next = step(current);
      if (!isPlainObject(next)) return fail(version, 'The migration returned no plan file.');
      current = { ...next, formatVersion: version + 1 };
    } catch (error) {
      return fail(version, error instanceof Error ? error.message : String(error));
    }
  }
  return { ok: true, raw: current };
}

function fail(from: number, message: string): MigrationOutcome {
  return { ok: false, error: { kind: 'migrationFailed', from, message } };
}
