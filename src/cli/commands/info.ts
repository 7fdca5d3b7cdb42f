/** `cswb info`: what a plan file holds, at a glance or as JSON. */
import { RECORD_TABLES } from '@core/model';
import { PLAN_FILE_VERSION } from '@core/plan-file';
import type { CliIo } from '../io';
import { failureOf, loadPlanFile } from '../load';

export async function infoCommand(io: CliIo, path: string, json: boolean): Promise<number> {
  const loaded = await loadPlanFile(io, path);
  const failure = failureOf(loaded);
  if (failure !== null || !('decoded' in loaded) || !loaded.decoded.ok) {
    io.err(failure ?? `${path}: invalid.`);
    return 1;
  }
  const { snapshot, repairs, migratedFrom, savedAt, appVersion } = loaded.decoded;
  const { plan } = snapshot;
  const counts = Object.fromEntries(RECORD_TABLES.map((table) => [table, snapshot[table].length]));
  const priorities = snapshot.risks.filter((r) => r.isPriority).sort((a, b) => a.order - b.order).map((r) => r.title);
  const info = {
    file: path,
    bytes: await io.size(path),
    plan: { id: plan.id, name: plan.name, municipality: plan.municipality, createdAt: plan.createdAt, updatedAt: plan.updatedAt },
    formatVersion: migratedFrom ?? PLAN_FILE_VERSION,
    currentFormatVersion: PLAN_FILE_VERSION,
    savedAt,
    appVersion,
    counts,
    priorities,
    repairsNeeded: repairs.length,
  };
  if (json) {
    io.out(JSON.stringify(info, null, 2));
    return 0;
  }
  const row = (label: string, value: string) => io.out(`${`${label}:`.padEnd(16)}${value}`);
  row('File', `${path} (${formatBytes(info.bytes)})`);
  row('Plan', plan.name || '(untitled)');
  if (plan.municipality) row('Municipality', plan.municipality);
  row('Plan id', plan.id);
  row('Format', `cswb-plan version ${info.formatVersion}${info.formatVersion < PLAN_FILE_VERSION ? ` (older; current is ${PLAN_FILE_VERSION})` : ''}`);
  row('Saved', [savedAt ?? 'unknown', appVersion ? `by CSWB Workshop ${appVersion}` : ''].filter(Boolean).join(' '));
  io.out('Records:');
  for (const table of RECORD_TABLES) io.out(`  ${table.padEnd(18)}${String(counts[table]).padStart(7)}`);
  row('Priorities', priorities.length === 0 ? 'none' : `${priorities.length}: ${priorities.join('; ')}`);
  if (repairs.length > 0) row('Repairs needed', `${repairs.length} (run cswb validate for details)`);
  return 0;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
