/**
 * Settles record ids within a table. The first record with an id keeps it (so references, which
 * cannot tell duplicates apart, resolve to the first); later duplicates and records without an id
 * get a fresh id. Fresh ids are derived from the input (old id or table and index, plus `~n`),
 * never random, so decoding stays a pure function. They avoid every id in the file, all tables.
 */
import type { RecordTable } from '../model';
import { childPath } from './paths';
import type { ReadRecord } from './repair-record';
import type { PlanFileRepair } from './types';

export interface IndexedRecord extends ReadRecord {
  /** Path of the record in the file, for reports. */
  path: string;
  /** Position in the file's array, used to derive a fresh id. */
  index: number;
}

export function settleIds(
  table: RecordTable,
  items: readonly IndexedRecord[],
  usedIds: Set<string>,
  repairs: PlanFileRepair[],
): void {
  const seen = new Set<string>();
  for (const item of items) {
    const { record } = item;
    const idPath = childPath(item.path, 'id');
    if (item.idMissing) {
      record.id = freshId(`${table}-${item.index}`, usedIds, true);
      repairs.push({ code: 'defaulted', path: idPath, message: `No usable id; given the id "${record.id}".` });
    } else if (seen.has(record.id as string)) {
      const old = record.id as string;
      record.id = freshId(old, usedIds, false);
      repairs.push({
        code: 'duplicateId',
        path: idPath,
        message: `Id "${old}" is already used in ${table}; given the id "${record.id}".`,
      });
    }
    seen.add(record.id as string);
    usedIds.add(record.id as string);
  }
}

function freshId(base: string, usedIds: ReadonlySet<string>, baseAllowed: boolean): string {
  if (baseAllowed && !usedIds.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}~${n}`;
    if (!usedIds.has(candidate)) return candidate;
  }
}
