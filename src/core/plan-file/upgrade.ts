/**
 * Rewriting an older plan file in the current format (the CLI's `upgrade`, and the app's backup
 * decision before it saves over a file written in an older format).
 */
import type { PlanSnapshot } from '../model';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION } from './constants';
import { decodePlanFile } from './decode';
import { encodePlanFile, type PlanFileMeta } from './encode';
import type { DecodeResult, PlanFileError, PlanFileRepair } from './types';

/** Where the envelope fields sit: the writer puts them in the first lines. */
const HEAD_CHARS = 4096;

/**
 * The format version a plan file declares in its first 4 KB, without parsing the whole file, or
 * null when the head does not look like a plan file. Used to decide on a backup before a save
 * overwrites the file; the full check happens when a file is opened.
 */
export function peekFormatVersion(text: string): number | null {
  const head = text.slice(0, HEAD_CHARS);
  if (!new RegExp(`"format"\\s*:\\s*"${PLAN_FILE_FORMAT}"`).test(head)) return null;
  const match = /"formatVersion"\s*:\s*(\d{1,9})(?![\d.eE])/.exec(head);
  return match ? Number(match[1]) : null;
}

/** Whether saving over a file with this head should keep a backup first (it is in an older format). */
export function isOlderPlanFile(head: string, currentVersion: number = PLAN_FILE_VERSION): boolean {
  const version = peekFormatVersion(head);
  return version !== null && version < currentVersion;
}

export type UpgradeResult =
  | {
      ok: true;
      /** The file's format version before. */
      from: number;
      /** The rewritten file, or null when there is nothing to rewrite. */
      text: string | null;
      snapshot: PlanSnapshot;
      repairs: PlanFileRepair[];
    }
  | { ok: false; error: PlanFileError };

/**
 * Decodes `text` and re-encodes it in the current format when it is older, or (with
 * `rewriteRepairs`) when the reader had to repair something. Otherwise `text` is null.
 */
export function upgradePlanFile(text: string, meta: PlanFileMeta, options: { rewriteRepairs?: boolean } = {}): UpgradeResult {
  return upgradeDecoded(decodePlanFile(text), meta, options);
}

/** upgradePlanFile for a file already decoded (a 50 MB file is decoded once, not twice). */
export function upgradeDecoded(decoded: DecodeResult, meta: PlanFileMeta, options: { rewriteRepairs?: boolean } = {}): UpgradeResult {
  if (!decoded.ok) return decoded;
  const from = decoded.migratedFrom ?? PLAN_FILE_VERSION;
  const rewrite = decoded.migratedFrom !== null || (options.rewriteRepairs === true && decoded.repairs.length > 0);
  return {
    ok: true,
    from,
    text: rewrite ? encodePlanFile(decoded.snapshot, meta) : null,
    snapshot: decoded.snapshot,
    repairs: decoded.repairs,
  };
}
