import { describe, expect, test } from 'vitest';
import { emptySnapshot } from '@core/model';
import { newPlan, newRecord } from '@core/records';
import { encodePlanFile, PLAN_FILE_VERSION } from '@core/plan-file';
import { decodeWithOptions } from '@core/plan-file/decode';
import { MIGRATIONS, runMigrations, type MigrationRegistry, type RawPlanFile } from '@core/plan-file/migrations';
import { counterContext } from '../helpers/builders';

const META = { appVersion: '0.1.0', savedAt: '2025-10-07T14:30:00.000Z' };

/** A current file, rewritten as an imaginary version 1 where a card's text was called `body`. */
function legacyFile(): { text: string; expectedText: string } {
  const ctx = counterContext();
  const snap = emptySnapshot(newPlan({ name: 'Old plan' }, ctx));
  snap.cards = [newRecord('cards', snap.plan.id, { text: 'Overdose calls downtown' }, ctx)];
  const raw = JSON.parse(encodePlanFile(snap, META)) as { records: { cards: Record<string, unknown>[] } };
  for (const card of raw.records.cards) {
    card.body = card.text;
    delete card.text;
  }
  return { text: JSON.stringify(raw), expectedText: 'Overdose calls downtown' };
}

type Cards = { records: { cards: Record<string, unknown>[] } };
const calls: string[] = [];
const fakeRegistry: MigrationRegistry = {
  1: (raw) => {
    calls.push('1->2');
    for (const card of (raw as Cards).records.cards) {
      card.text = card.body;
      delete card.body;
    }
    return raw;
  },
  2: (raw) => {
    calls.push(`2->3 saw version ${String(raw.formatVersion)}`);
    return { ...raw, app: { name: 'CSWB Workshop', version: 'migrated' } };
  },
};

describe('migration machinery (fake registry, current version 3)', () => {
  test('runs every step in order and reports where the file came from', () => {
    calls.length = 0;
    const { text, expectedText } = legacyFile();
    const result = decodeWithOptions(text, { migrations: fakeRegistry, currentVersion: 3 });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(calls).toEqual(['1->2', '2->3 saw version 2']);
    expect(result.migratedFrom).toBe(1);
    expect(result.appVersion).toBe('migrated');
    expect(result.snapshot.cards[0]?.text).toBe(expectedText);
    expect(result.repairs).toEqual([]);
  });

  test('a file at the current version runs no migration', () => {
    calls.length = 0;
    const raw = JSON.parse(legacyFile().text) as RawPlanFile;
    const result = decodeWithOptions(JSON.stringify({ ...raw, formatVersion: 3 }), { migrations: fakeRegistry, currentVersion: 3 });
    expect(calls).toEqual([]);
    expect(result.ok && result.migratedFrom).toBeNull();
  });

  test('a missing step fails with the version it stopped at', () => {
    const { 1: first } = fakeRegistry;
    const result = decodeWithOptions(legacyFile().text, { migrations: { 1: first! }, currentVersion: 3 });
    expect(result).toEqual({
      ok: false,
      error: { kind: 'migrationFailed', from: 2, message: 'No migration from format version 2 to 3.' },
    });
  });

  test('a throwing step fails with its message', () => {
    const result = runMigrations({ formatVersion: 1 }, 1, 2, {
      1: () => {
        throw new Error('cards table is corrupt');
      },
    });
    expect(result).toEqual({ ok: false, error: { kind: 'migrationFailed', from: 1, message: 'cards table is corrupt' } });
  });

  test('a step that returns no object fails', () => {
    const result = runMigrations({ formatVersion: 1 }, 1, 2, { 1: () => null as unknown as RawPlanFile });
    expect(!result.ok && result.error.kind).toBe('migrationFailed');
  });

  test('each step stamps the new version, so steps need not', () => {
    const result = runMigrations({ formatVersion: 1 }, 1, 3, { 1: (raw) => raw, 2: (raw) => ({ ...raw, seen: raw.formatVersion }) });
    expect(result).toEqual({ ok: true, raw: { formatVersion: 3, seen: 2 } });
  });
});

describe('the real registry', () => {
  test('has exactly one step for every version before the current one (append-only, no gaps)', () => {
    const versions = Object.keys(MIGRATIONS).map(Number).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: PLAN_FILE_VERSION - 1 }, (_, i) => i + 1));
  });
});
