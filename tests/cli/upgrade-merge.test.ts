/** `cswb upgrade` and `cswb merge` through the real command, on real files in a temp folder. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { decodePlanFile, encodePlanFile } from '@core/plan-file';
import type { PlanSnapshot } from '@core/model';
import { newRecord } from '@core/records';
import { CORPUS_DIR, cswb, workdir } from './run-cli';

const META = { appVersion: '0.1.0', savedAt: '2025-10-07T14:30:00.000Z' };

function readPlan(path: string): PlanSnapshot {
  const result = decodePlanFile(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`${path}: ${JSON.stringify(result.error)}`);
  expect(result.repairs).toEqual([]);
  return result.snapshot;
}

beforeAll(async () => {
  await cswb(['--version'], workdir());
}, 120_000);

describe('cswb upgrade', () => {
  test('a file in the current format is left alone', async () => {
    const dir = workdir('valid.cswb');
    const before = readFileSync(join(dir, 'valid.cswb'));
    const run = await cswb(['upgrade', 'valid.cswb'], dir);
    expect(run).toMatchObject({ code: 0, stdout: 'valid.cswb: already in the current format (version 1); nothing to do.\n' });
    expect(readFileSync(join(dir, 'valid.cswb'))).toEqual(before);
    expect(existsSync(join(dir, 'valid.cswb.v1.bak'))).toBe(false);
  });

  test('--repair rewrites a damaged file in place and keeps the original as a backup', async () => {
    const dir = workdir('dangling-references.cswb');
    const original = readFileSync(join(dir, 'dangling-references.cswb'));
    const hint = await cswb(['upgrade', 'dangling-references.cswb'], dir);
    expect(hint.stdout).toContain('3 problems can be repaired: run cswb upgrade --repair dangling-references.cswb');

    const run = await cswb(['upgrade', '--repair', 'dangling-references.cswb'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Kept the original as dangling-references.cswb.v1.bak');
    expect(run.stdout).toContain('dangling-references.cswb: rewritten with 3 repairs.');
    expect(readFileSync(join(dir, 'dangling-references.cswb.v1.bak'))).toEqual(original);
    const repaired = readPlan(join(dir, 'dangling-references.cswb'));
    expect(repaired.cards[0]!.sessionId).toBeNull();
    expect((await cswb(['validate', 'dangling-references.cswb'], dir)).code).toBe(0);
  });

  test('--output writes elsewhere and leaves the original untouched (no backup needed)', async () => {
    const dir = workdir('wrong-types.cswb');
    const original = readFileSync(join(dir, 'wrong-types.cswb'));
    const run = await cswb(['upgrade', '--repair', '--output', 'fixed.cswb', 'wrong-types.cswb'], dir);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'wrong-types.cswb'))).toEqual(original);
    expect(existsSync(join(dir, 'wrong-types.cswb.v1.bak'))).toBe(false);
    expect(readPlan(join(dir, 'fixed.cswb')).partners[0]!.name).toBe('');
  });

  test('a file that cannot be read is refused and nothing is written', async () => {
    const dir = workdir('future-version.cswb');
    const run = await cswb(['upgrade', '--repair', 'future-version.cswb'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('saved by a newer version');
    expect(existsSync(join(dir, 'future-version.cswb.v99.bak'))).toBe(false);
    expect(existsSync(join(dir, 'future-version.cswb.v1.bak'))).toBe(false);
  });
});

describe('cswb merge', () => {
  /** Two laptops started from valid.cswb; each captured cards, B also renamed a partner later. */
  function laptops(): string {
    const dir = workdir('valid.cswb', 'riverbend-sample.cswb', 'empty.cswb');
    const base = readPlan(join(CORPUS_DIR, 'valid.cswb'));
    const a = structuredClone(base);
    const b = structuredClone(base);
    a.cards.push(newRecord('cards', base.plan.id, { text: 'Card from laptop A', order: 1 }, { newId: () => 'a-card', now: () => '2025-10-07T15:00:00.000Z' }));
    b.cards.push(newRecord('cards', base.plan.id, { text: 'Card from laptop B', order: 2 }, { newId: () => 'b-card', now: () => '2025-10-07T15:10:00.000Z' }));
    Object.assign(b.partners[0]!, { name: 'Riverbend Police Service (RPS)', updatedAt: '2025-10-07T15:20:00.000Z' });
    b.risks = b.risks.filter((r) => r.id !== 'id-7');
    writeFileSync(join(dir, 'laptop-a.cswb'), encodePlanFile(a, META));
    writeFileSync(join(dir, 'laptop-b.cswb'), encodePlanFile(b, META));
    return dir;
  }

  test('combines both laptops into a valid file and says what it did', async () => {
    const dir = laptops();
    const run = await cswb(['merge', 'laptop-a.cswb', 'laptop-b.cswb', '--output', 'merged.cswb'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Merged laptop-a.cswb and laptop-b.cswb into merged.cswb.');
    expect(run.stdout).toContain('cards: 3 in the result, 1 only in laptop-a.cswb, 1 only in laptop-b.cswb');
    const merged = readPlan(join(dir, 'merged.cswb'));
    expect(merged.cards.map((c) => c.text).sort()).toEqual(['Card from laptop A', 'Card from laptop B', 'More overdose calls downtown']);
    expect(merged.partners.find((p) => p.id === 'id-2')?.name).toBe('Riverbend Police Service (RPS)');
    // Two-way: the risk deleted on laptop B is kept.
    expect(merged.risks.map((r) => r.id)).toEqual(['id-6', 'id-7']);
  });

  test('the same merge in the other order gives the same plan', async () => {
    const dir = laptops();
    await cswb(['merge', 'laptop-a.cswb', 'laptop-b.cswb', '-o', 'ab.cswb'], dir);
    await cswb(['merge', 'laptop-b.cswb', 'laptop-a.cswb', '-o', 'ba.cswb'], dir);
    expect(readPlan(join(dir, 'ab.cswb'))).toEqual(readPlan(join(dir, 'ba.cswb')));
  });

  test('--base carries deletions over', async () => {
    const dir = laptops();
    const run = await cswb(['merge', 'laptop-a.cswb', 'laptop-b.cswb', '--base', 'valid.cswb', '--output', 'merged.cswb', '--json'], dir);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { threeWay: boolean; notes: unknown[] };
    expect(report.threeWay).toBe(true);
    expect(report.notes).toContainEqual({ code: 'deleted', table: 'risks', id: 'id-7', by: 'theirs' });
    expect(readPlan(join(dir, 'merged.cswb')).risks.map((r) => r.id)).toEqual(['id-6']);
  });

  test('refuses to replace an existing file without --force', async () => {
    const dir = laptops();
    writeFileSync(join(dir, 'merged.cswb'), 'keep me');
    const run = await cswb(['merge', 'laptop-a.cswb', 'laptop-b.cswb', '--output', 'merged.cswb'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('merged.cswb already exists.');
    expect(readFileSync(join(dir, 'merged.cswb'), 'utf8')).toBe('keep me');
    expect((await cswb(['merge', 'laptop-a.cswb', 'laptop-b.cswb', '--output', 'merged.cswb', '--force'], dir)).code).toBe(0);
    expect(readPlan(join(dir, 'merged.cswb')).cards).toHaveLength(3);
  });

  test('two different plans, or an unreadable file: exit 1 and no output', async () => {
    const dir = laptops();
    const different = await cswb(['merge', 'laptop-a.cswb', 'riverbend-sample.cswb', '--output', 'x.cswb'], dir);
    expect(different.code).toBe(1);
    expect(different.stderr).toContain('The two files hold different plans');
    const broken = await cswb(['merge', 'laptop-a.cswb', 'empty.cswb', '--output', 'y.cswb'], dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('empty.cswb: The file is empty.');
    expect(existsSync(join(dir, 'x.cswb')) || existsSync(join(dir, 'y.cswb'))).toBe(false);
  });
});
