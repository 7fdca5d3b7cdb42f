/**
 * Reads `records`: one array per table, in dependency order. Per table: read each record
 * (repair-record.ts), settle ids (repair-identity.ts), then fix references into the tables
 * already read (repair-references.ts).
 */
import { RECORD_TABLES, type PlanSnapshot, type RecordTable, type RecordTypes } from '../model';
import { childPath, isPlainObject, ownValue } from './paths';
import { readRecord, type RecordReadContext } from './repair-record';
import { settleIds, type IndexedRecord } from './repair-identity';
import { repairReferences, type IdIndex } from './repair-references';
import type { PlanFileRepair } from './types';

export type RecordTables = Omit<PlanSnapshot, 'plan'>;

export function readRecords(raw: unknown, ctx: RecordReadContext): RecordTables {
  const { repairs } = ctx;
  const tables = readTableArrays(raw, repairs);
  const usedIds = collectIds(tables);
  const ids = {} as { [T in RecordTable]: Set<string> };
  const out = {} as { [T in RecordTable]: unknown[] };

  for (const table of RECORD_TABLES) {
    const items: IndexedRecord[] = [];
    tables[table].forEach((rawRecord, index) => {
      const path = `records.${table}[${index}]`;
      const read = readRecord(table, rawRecord, path, ctx);
      if (read) items.push({ ...read, path, index });
    });
    settleIds(table, items, usedIds, repairs);
    const kept = items.filter((item) => repairReferences(table, item.record, item.path, ids as IdIndex, repairs));
    out[table] = kept.map((item) => item.record);
    ids[table] = new Set(kept.map((item) => item.record.id as string));
  }
  return out as { [T in RecordTable]: RecordTypes[T][] };
}

function readTableArrays(raw: unknown, repairs: PlanFileRepair[]): Record<RecordTable, unknown[]> {
  const tables = {} as Record<RecordTable, unknown[]>;
  if (!isPlainObject(raw)) {
    repairs.push({
      code: 'defaulted',
      path: 'records',
      message: raw === undefined ? 'Missing; the plan has no records.' : 'Not an object; the plan has no records.',
    });
    for (const table of RECORD_TABLES) tables[table] = [];
    return tables;
  }
  for (const key of Object.keys(raw)) {
    if (!(RECORD_TABLES as readonly string[]).includes(key)) {
      repairs.push({ code: 'unknownField', path: childPath('records', key), message: `Unknown table "${key}" left out.` });
    }
  }
  for (const table of RECORD_TABLES) {
    const value = ownValue(raw, table);
    if (Array.isArray(value)) {
      tables[table] = value;
      continue;
    }
    tables[table] = [];
    repairs.push({
      code: 'defaulted',
      path: childPath('records', table),
      message: value === undefined ? 'Missing; read as an empty list.' : 'Not a list; read as an empty list.',
    });
  }
  return tables;
}

/** Every id in the file, so fresh ids never collide with one, whatever its table. */
function collectIds(tables: Record<RecordTable, unknown[]>): Set<string> {
  const used = new Set<string>();
  for (const table of RECORD_TABLES) {
    for (const record of tables[table]) {
      if (isPlainObject(record) && typeof record.id === 'string') used.add(record.id);
    }
  }
  return used;
}
