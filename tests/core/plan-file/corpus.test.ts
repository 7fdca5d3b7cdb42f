/**
 * The damaged-file corpus, decoded as the app reads it (bytes -> lossy UTF-8 text, like
 * File.text() in the renderer). Each file gives exactly its expected outcome. With
 * UPDATE_CORPUS=1 the files are rewritten from corpus-cases.ts first.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodePlanFile, type DecodeResult } from '@core/plan-file';
import { CORPUS, GENERATED_CASES, type Expected } from './corpus-cases';

export const CORPUS_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'plan-files');

if (process.env.UPDATE_CORPUS === '1') {
  mkdirSync(CORPUS_DIR, { recursive: true });
  for (const c of CORPUS) writeFileSync(join(CORPUS_DIR, c.file), c.bytes());
  const manifest = CORPUS.map(({ file, what, expect: e }) => ({ file, what, expect: e }));
  writeFileSync(join(CORPUS_DIR, 'corpus.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

function check(result: DecodeResult, expected: Expected): void {
  switch (expected.outcome) {
    case 'ok':
      expect(result.ok && result.repairs).toEqual([]);
      return;
    case 'repaired':
      if (!result.ok) throw new Error(`expected repairs, got ${JSON.stringify(result.error)}`);
      expect(result.repairs.map((r) => [r.code, r.path])).toEqual(expected.repairs);
      return;
    case 'refused':
      expect(result.ok ? 'decoded' : result.error.kind).toBe(expected.kind);
  }
}

describe('damaged-file corpus (tests/fixtures/plan-files)', () => {
  test('every file of the folder is in the corpus and the manifest matches the cases', () => {
    const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.cswb')).sort();
    expect(files).toEqual(CORPUS.map((c) => c.file).sort());
    const manifest = JSON.parse(readFileSync(join(CORPUS_DIR, 'corpus.json'), 'utf8')) as unknown;
    expect(manifest).toEqual(CORPUS.map(({ file, what, expect: e }) => ({ file, what, expect: e })));
  });

  test.each(CORPUS.filter((c) => !c.frozen))('$file ($what) is committed as generated', (c) => {
    expect(new Uint8Array(readFileSync(join(CORPUS_DIR, c.file)))).toEqual(c.bytes());
  });

  test.each(CORPUS)('$file: $expect.outcome $expect.kind', (c) => {
    const text = new TextDecoder().decode(readFileSync(join(CORPUS_DIR, c.file)));
    check(decodePlanFile(text), c.expect);
  });

  test.each(GENERATED_CASES)('$name', { timeout: 60_000 }, (c) => {
    check(decodePlanFile(c.text()), c.expect);
  });

  test('decoding is pure: a damaged file decodes to the same result twice', () => {
    const text = readFileSync(join(CORPUS_DIR, 'dangling-references.cswb'), 'utf8');
    expect(decodePlanFile(text)).toEqual(decodePlanFile(text));
  });
});
