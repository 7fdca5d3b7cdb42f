/** Upgrading older files: the head peek that decides on a backup, and the rewrite itself. */
import { describe, expect, test } from 'vitest';
import { encodePlanFile, isOlderPlanFile, peekFormatVersion, PLAN_FILE_VERSION, upgradeDecoded, upgradePlanFile } from '@core/plan-file';
import { decodeWithOptions } from '@core/plan-file/decode';
import type { MigrationRegistry } from '@core/plan-file/migrations';
import { META, smallPlan } from './fixtures';

const text = encodePlanFile(smallPlan(), META);

describe('peekFormatVersion', () => {
  test('reads the version from the head of a file the app wrote', () => {
    expect(peekFormatVersion(text)).toBe(PLAN_FILE_VERSION);
  });
  test.each([
    ['another format', text.replace('"cswb-plan"', '"other"'), null],
    ['no version', text.replace('"formatVersion": 1,', ''), null],
    ['a fractional version', text.replace('"formatVersion": 1', '"formatVersion": 1.5'), null],
    ['hand-written compact JSON', '{"formatVersion":3,"format":"cswb-plan"}', 3],
    ['not JSON at all', 'hello', null],
  ])('%s', (_, input, expected) => {
    expect(peekFormatVersion(input)).toBe(expected);
  });
  test('looks only at the first 4 KB (a huge file is not scanned)', () => {
    expect(peekFormatVersion(`${' '.repeat(5000)}{"format":"cswb-plan","formatVersion":1}`)).toBeNull();
  });
});

describe('isOlderPlanFile', () => {
  test('a file of the current version is not older', () => {
    expect(isOlderPlanFile(text)).toBe(false);
  });
  test('against a newer app version, it is (and would be backed up before a save)', () => {
    expect(isOlderPlanFile(text, PLAN_FILE_VERSION + 1)).toBe(true);
  });
  test('something that is not a plan file is never "older"', () => {
    expect(isOlderPlanFile('not a plan', 5)).toBe(false);
  });
});

describe('upgradePlanFile', () => {
  test('a current file is not rewritten', () => {
    const result = upgradePlanFile(text, META);
    expect(result.ok && result.text).toBeNull();
  });
  test('--repair rewrites a file that needed repairs, and the rewrite needs none', () => {
    const damaged = text.replace('"kind":"risk"', '"kind":"gossip"');
    const result = upgradePlanFile(damaged, META, { rewriteRepairs: true });
    if (!result.ok || result.text === null) throw new Error('expected a rewrite');
    expect(result.repairs.map((r) => r.path)).toEqual(['records.cards[0].kind']);
    const again = upgradePlanFile(result.text, META, { rewriteRepairs: true });
    expect(again.ok && again.repairs).toEqual([]);
    expect(again.ok && again.text).toBeNull();
  });
  test('an older file (a migration ran) is rewritten in the current format', () => {
    // A made-up format history: version 1 named the plan "title", version 2 calls it "name".
    const migrations: MigrationRegistry = {
      1: (raw) => {
        const plan = raw.plan as Record<string, unknown>;
        return { ...raw, plan: { ...plan, name: plan.title, title: undefined } };
      },
    };
    const old = JSON.parse(text) as Record<string, Record<string, unknown>>;
    old.plan = { ...old.plan, title: 'Old title', name: undefined };
    const decoded = decodeWithOptions(JSON.stringify(old), { migrations, currentVersion: 2 });
    const result = upgradeDecoded(decoded, META);
    if (!result.ok || result.text === null) throw new Error('expected a rewrite');
    expect(result.from).toBe(1);
    expect(JSON.parse(result.text)).toMatchObject({ formatVersion: PLAN_FILE_VERSION, plan: { name: 'Old title' } });
  });
  test('a file that cannot be read gives its error', () => {
    expect(upgradePlanFile('', META)).toEqual({ ok: false, error: { kind: 'empty' } });
  });
});
