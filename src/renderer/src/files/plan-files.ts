/**
 * Opening and saving plan files: the codec (src/core/plan-file) between the database and the
 * platform's file access. Nothing in the database changes unless a file decoded completely.
 */
import { decodePlanFile, encodePlanFile, PLAN_FILE_EXTENSION, type DecodeResult, type PlanFileError, type PlanFileRepair } from '@core/plan-file';
import type { PlanSnapshot } from '@core/model';
import type { OpenedFile, Platform } from '../platform/types';
import type { CswbDatabase } from '../db/database';
import { importSnapshot, readSnapshot, withFreshIds } from '../domain/snapshot';
import { APP_VERSION } from '../platform';

export function suggestedFileName(planName: string): string {
  const base = planName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w\- ]+/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase();
  return `${base || 'plan'}.${PLAN_FILE_EXTENSION}`;
}

/** `backupName`: a file in an older format was kept under that name before being replaced. */
export type SaveOutcome = { kind: 'saved'; fileName: string; backupName: string | null } | { kind: 'cancelled' };

/** Saves a plan to its file (or asks where, for Save As or a plan never saved). */
export async function savePlan(db: CswbDatabase, platform: Platform, planId: string, opts: { as: boolean }): Promise<SaveOutcome> {
  const { snapshot, revision } = await readSnapshot(db, planId);
  const text = encodePlanFile(snapshot, { appVersion: APP_VERSION, savedAt: new Date().toISOString() });
  const state = await db.planState.get(planId);
  const inPlace = !opts.as && state?.filePath && platform.canSaveInPlace(state.filePath);
  const saved = inPlace
    ? await platform.savePlanFile(state.filePath!, text)
    : await platform.savePlanFileAs(state?.fileName ?? suggestedFileName(snapshot.plan.name), text);
  if (!saved) return { kind: 'cancelled' };
  await db.planState.update(planId, { filePath: saved.path, fileName: saved.name, savedRevision: revision });
  return { kind: 'saved', fileName: saved.name, backupName: saved.backupPath ? baseName(saved.backupPath) : null };
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export type OpenOutcome =
  | { kind: 'opened'; planId: string; repairs: PlanFileRepair[]; migratedFrom: number | null }
  | { kind: 'failed'; error: PlanFileError; fileName: string }
  | { kind: 'conflict'; file: OpenedFile; snapshot: PlanSnapshot; repairs: PlanFileRepair[]; migratedFrom: number | null; localHasUnsavedChanges: boolean };

/** Decodes an opened file; imports it unless a plan with the same id is already in the app. */
export async function openPlanFile(db: CswbDatabase, file: OpenedFile): Promise<OpenOutcome> {
  const decoded: DecodeResult = decodePlanFile(file.text);
  if (!decoded.ok) return { kind: 'failed', error: decoded.error, fileName: file.name };
  const { snapshot, repairs, migratedFrom } = decoded;
  const existing = await db.planState.get(snapshot.plan.id);
  if (existing && !existing.deletedAt) {
    return {
      kind: 'conflict',
      file,
      snapshot,
      repairs,
      migratedFrom,
      localHasUnsavedChanges: existing.revision !== existing.savedRevision,
    };
  }
  await importSnapshot(db, snapshot, { path: file.path, name: file.name });
  return { kind: 'opened', planId: snapshot.plan.id, repairs, migratedFrom };
}

/** Resolves a conflict: replace the copy in the app with the file, or keep both. */
export async function resolveConflict(
  db: CswbDatabase,
  conflict: Extract<OpenOutcome, { kind: 'conflict' }>,
  choice: 'replace' | 'copy',
): Promise<string> {
  if (choice === 'replace') {
    await importSnapshot(db, conflict.snapshot, { path: conflict.file.path, name: conflict.file.name });
    return conflict.snapshot.plan.id;
  }
  const copy = withFreshIds(conflict.snapshot);
  await importSnapshot(db, copy, { path: null, name: null });
  return copy.plan.id;
}
