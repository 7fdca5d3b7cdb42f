/** `cswb validate` and `cswb info` on the damaged-file corpus, through the real command. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { CORPUS_DIR, cswb, workdir } from './run-cli';

interface Manifest {
  file: string;
  expect: { outcome: 'ok' | 'repaired' | 'refused'; kind?: string; repairs?: [string, string][] };
}
const corpus = JSON.parse(readFileSync(join(CORPUS_DIR, 'corpus.json'), 'utf8')) as Manifest[];
const dir = workdir(...corpus.map((c) => c.file));

beforeAll(async () => {
  // The first run may build the bundle; do it once before the parallel runs below.
  await cswb(['--version'], dir);
}, 120_000);

describe('cswb validate', () => {
  test.each(corpus)('$file: $expect.outcome', async ({ file, expect: expected }) => {
    const run = await cswb(['validate', file], dir);
    if (expected.outcome === 'ok') {
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toMatch(new RegExp(`^${file.replace('.', '\\.')}: valid \\(`));
      return;
    }
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^${file.replace('.', '\\.')}: `));
    if (expected.outcome === 'repaired') {
      for (const [, path] of expected.repairs!) expect(run.stdout).toContain(`  ${path || '(file)'}: `);
    }
  });

  test('messages name what is wrong', async () => {
    const messages = await Promise.all(['empty.cswb', 'future-version.cswb', 'truncated.cswb', 'prototype-pollution.cswb', 'binary-junk.cswb'].map((f) => cswb(['validate', f], dir)));
    expect(messages.map((m) => m.stdout.trim())).toEqual([
      'empty.cswb: The file is empty.',
      'future-version.cswb: The file was saved by a newer version of CSWB Workshop (format 99; this version reads up to 1). Update the app to open it.',
      expect.stringMatching(/^truncated\.cswb: The file is not valid JSON \(at character \d+\)/) as string,
      expect.stringContaining('forbidden key "__proto__" in records.cards[0]') as string,
      'binary-junk.cswb: the file is not UTF-8 text, so it is not a plan file.',
    ]);
  });

  test('several files: exit 1 when any is not valid, and each gets its line', async () => {
    const run = await cswb(['validate', 'valid.cswb', 'empty.cswb', 'riverbend-sample.cswb'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').filter(Boolean).map((l) => l.split(':')[0])).toEqual(['valid.cswb', 'empty.cswb', 'riverbend-sample.cswb']);
    expect((await cswb(['validate', 'valid.cswb', 'riverbend-sample.cswb'], dir)).code).toBe(0);
  });

  test('--json lists each file with its repairs', async () => {
    const run = await cswb(['validate', '--json', 'valid.cswb', 'dangling-references.cswb', 'future-version.cswb'], dir);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as { file: string; valid: boolean; repairs: { code: string }[]; error?: { kind: string } }[];
    expect(results.map((r) => [r.file, r.valid])).toEqual([
      ['valid.cswb', true],
      ['dangling-references.cswb', false],
      ['future-version.cswb', false],
    ]);
    expect(results[1]!.repairs.map((r) => r.code)).toEqual(['danglingReference', 'droppedRecord', 'danglingReference']);
    expect(results[2]!.error?.kind).toBe('tooNew');
  });

  test('a missing file is a failure that names the file', async () => {
    const run = await cswb(['validate', 'nowhere.cswb'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('nowhere.cswb: no such file.\n');
  });
});

describe('cswb info', () => {
  test('prints the plan, its format and counts', async () => {
    const run = await cswb(['info', 'riverbend-sample.cswb'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Plan:           Riverbend CSWB plan review 2026-2029');
    expect(run.stdout).toContain('Format:         cswb-plan version 1');
    expect(run.stdout).toMatch(/ {2}cards +22\n/);
    expect(run.stdout).toMatch(/ {2}partners +16\n/);
    expect(run.stdout).toContain('Priorities:     3: Substance use and overdose;');
  });

  test('--json gives counts a script can read', async () => {
    const run = await cswb(['info', '--json', 'valid.cswb'], dir);
    const info = JSON.parse(run.stdout) as { counts: Record<string, number>; formatVersion: number; plan: { name: string }; repairsNeeded: number };
    expect(info).toMatchObject({ formatVersion: 1, plan: { name: 'Riverbend review' }, repairsNeeded: 0 });
    expect(info.counts).toMatchObject({ partners: 2, cards: 1, votes: 1, outcomes: 1 });
  });

  test('an invalid file: exit 1 and the reason on stderr', async () => {
    const run = await cswb(['info', 'no-plan.cswb'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('no-plan.cswb: The plan in this file cannot be read:');
  });
});

describe('usage', () => {
  test.each([
    [[], 'no command given.'],
    [['frobnicate', 'x.cswb'], 'unknown command "frobnicate".'],
    [['validate'], 'validate needs at least one file.'],
    [['info', 'a.cswb', 'b.cswb'], 'info needs exactly one file.'],
    [['info', '--force', 'a.cswb'], 'info does not take --force.'],
    [['validate', '--colour', 'a.cswb'], "Unknown option '--colour'"],
    [['merge', 'a.cswb', 'b.cswb'], 'merge needs --output <merged.cswb>.'],
  ])('cswb %j exits 2', async (args, message) => {
    const run = await cswb(args, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Run "cswb help" for usage.');
  });

  test('help and version exit 0', async () => {
    const help = await cswb(['help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('cswb merge <first.cswb> <second.cswb> --output <merged.cswb>');
    expect((await cswb(['--help'], dir)).stdout).toBe(help.stdout);
    expect((await cswb(['--version'], dir)).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
