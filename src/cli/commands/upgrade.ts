/** `cswb upgrade`: rewrite an older file in the current format, keeping the original as a backup. */
import { PLAN_FILE_VERSION, upgradeDecoded } from '@core/plan-file';
import { resolve } from 'node:path';
import type { CliIo } from '../io';
import { failureOf, loadPlanFile } from '../load';

export interface UpgradeOptions {
  output: string | null;
  repair: boolean;
  backup: boolean;
  appVersion: string;
}

export async function upgradeCommand(io: CliIo, path: string, options: UpgradeOptions): Promise<number> {
  const loaded = await loadPlanFile(io, path);
  const failure = failureOf(loaded);
  if (failure !== null || !('decoded' in loaded)) {
    io.err(failure ?? `${path}: invalid.`);
    return 1;
  }
  const result = upgradeDecoded(loaded.decoded, { appVersion: options.appVersion, savedAt: io.now() }, { rewriteRepairs: options.repair });
  if (!result.ok) return 1; // failureOf has reported it
  if (result.text === null) {
    io.out(`${path}: already in the current format (version ${PLAN_FILE_VERSION}); nothing to do.`);
    if (result.repairs.length > 0) io.out(`  ${result.repairs.length} problems can be repaired: run cswb upgrade --repair ${path}`);
    return 0;
  }
  const target = options.output ?? path;
  const inPlace = resolve(target) === resolve(path);
  if (inPlace && options.backup) {
    const backup = `${path}.v${result.from}.bak`;
    await io.copy(path, backup);
    io.out(`Kept the original as ${backup}`);
  }
  await io.writeAtomic(target, result.text);
  const what = result.from < PLAN_FILE_VERSION ? `upgraded from format version ${result.from} to ${PLAN_FILE_VERSION}` : `rewritten with ${result.repairs.length} repairs`;
  io.out(`${target}: ${what}.`);
  for (const repair of result.repairs) io.out(`  repaired ${repair.path || '(file)'}: ${repair.message}`);
  return 0;
}
