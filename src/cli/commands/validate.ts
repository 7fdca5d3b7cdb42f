/** `cswb validate`: every problem of every file; exit 1 when any file is not valid as written. */
import { RECORD_TABLES } from '@core/model';
import type { CliIo } from '../io';
import { failureOf, loadPlanFile } from '../load';

export async function validateCommand(io: CliIo, paths: readonly string[], json: boolean): Promise<number> {
  const results = [];
  for (const path of paths) {
    const loaded = await loadPlanFile(io, path);
    const failure = failureOf(loaded);
    if (failure !== null || !('decoded' in loaded) || !loaded.decoded.ok) {
      const error = 'decoded' in loaded && !loaded.decoded.ok ? loaded.decoded.error : { kind: 'unreadable' as const };
      results.push({ file: path, valid: false, readable: false, message: failure ?? '', error, repairs: [] });
      if (!json) io.out(failure ?? `${path}: invalid.`);
      continue;
    }
    const { repairs, snapshot, migratedFrom } = loaded.decoded;
    const valid = repairs.length === 0;
    results.push({ file: path, valid, readable: true, formatVersion: migratedFrom, repairs });
    if (json) continue;
    if (valid) {
      const counts = RECORD_TABLES.filter((table) => snapshot[table].length > 0).map((table) => `${table} ${snapshot[table].length}`);
      io.out(`${path}: valid (${counts.join(', ') || 'no records'}).`);
    } else {
      io.out(`${path}: ${repairs.length} ${repairs.length === 1 ? 'problem' : 'problems'}. The app repairs ${repairs.length === 1 ? 'it' : 'them'} when it opens the file (or run: cswb upgrade --repair):`);
      for (const repair of repairs) io.out(`  ${repair.path || '(file)'}: ${repair.message}`);
    }
    if (migratedFrom !== null) io.out(`  The file is in an older format (version ${migratedFrom}); cswb upgrade rewrites it.`);
  }
  if (json) io.out(JSON.stringify(results, null, 2));
  return results.every((r) => r.valid) ? 0 : 1;
}
