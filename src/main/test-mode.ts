/**
 * Where the app keeps its data, decided from the environment before anything touches disk.
 *
 * CSWB_TEST=1 (end-to-end tests) requires CSWB_USER_DATA_DIR, an absolute folder, so a test can
 * never read or overwrite a facilitator's real plans, recent list or browser storage.
 */
import { isAbsolute } from 'node:path';

export type UserDataDecision =
  | { kind: 'default'; testMode: false }
  | { kind: 'override'; dir: string; testMode: boolean }
  | { kind: 'refuse'; reason: string };

export function decideUserData(env: Record<string, string | undefined>): UserDataDecision {
  const testMode = env.CSWB_TEST === '1';
  const dir = env.CSWB_USER_DATA_DIR?.trim();
  if (dir) {
    if (!isAbsolute(dir)) return { kind: 'refuse', reason: `CSWB_USER_DATA_DIR must be an absolute path (got "${dir}").` };
    return { kind: 'override', dir, testMode };
  }
  if (testMode) return { kind: 'refuse', reason: 'CSWB_TEST=1 needs CSWB_USER_DATA_DIR (a fresh folder) so tests never touch real user data.' };
  return { kind: 'default', testMode: false };
}
