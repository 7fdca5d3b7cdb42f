/** `cswb merge`: two copies of one plan into one file, by the documented rules. */
import { describeMergeError, describeMergeReport, mergeSnapshots } from '@core/merge';
import type { PlanSnapshot } from '@core/model';
import { encodePlanFile } from '@core/plan-file';
import type { CliIo } from '../io';
import { failureOf, loadPlanFile } from '../load';

export interface MergeCommandOptions {
  output: string;
  base: string | null;
  force: boolean;
  json: boolean;
  appVersion: string;
}

export async function mergeCommand(io: CliIo, first: string, second: string, options: MergeCommandOptions): Promise<number> {
  const snapshots: PlanSnapshot[] = [];
  for (const path of [first, second, ...(options.base ? [options.base] : [])]) {
    const loaded = await loadPlanFile(io, path);
    const failure = failureOf(loaded);
    if (failure !== null || !('decoded' in loaded) || !loaded.decoded.ok) {
      io.err(failure ?? `${path}: invalid.`);
      return 1;
    }
    if (loaded.decoded.repairs.length > 0) io.err(`${path}: ${loaded.decoded.repairs.length} problems were repaired while reading (see cswb validate).`);
    snapshots.push(loaded.decoded.snapshot);
  }
  if (!options.force && (await io.exists(options.output))) {
    io.err(`${options.output} already exists. Choose another --output, or add --force to replace it.`);
    return 1;
  }
  const [ours, theirs, base] = snapshots as [PlanSnapshot, PlanSnapshot, PlanSnapshot | undefined];
  const result = mergeSnapshots(ours, theirs, { base: base ?? null });
  if (!result.ok) {
    io.err(describeMergeError(result.error));
    return 1;
  }
  await io.writeAtomic(options.output, encodePlanFile(result.snapshot, { appVersion: options.appVersion, savedAt: io.now() }));
  if (options.json) {
    io.out(JSON.stringify({ output: options.output, ...result.report }, null, 2));
  } else {
    io.out(`Merged ${first} and ${second} into ${options.output}.`);
    for (const line of describeMergeReport(result.report, { ours: first, theirs: second })) io.out(line);
  }
  return 0;
}
