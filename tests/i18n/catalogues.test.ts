/**
 * The message catalogues: French and English must say the same things. Fails when a message
 * exists in one language only, when placeholders differ, when a message is empty, or when the
 * code asks for a key that no catalogue has.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const localesDir = join(root, 'resources', 'locales');
const LANGS = ['en', 'fr'] as const;
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Flat = Map<string, string>;

function flatten(obj: unknown, prefix: string, out: Flat): Flat {
  if (typeof obj === 'string') out.set(prefix, obj);
  else if (obj && typeof obj === 'object') for (const [k, v] of Object.entries(obj)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else out.set(prefix, String(obj));
  return out;
}

function catalogue(lang: string): Map<string, Flat> {
  const dir = join(localesDir, lang);
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), flatten(JSON.parse(readFileSync(join(dir, f), 'utf8')), '', new Map())]),
  );
}

const catalogues = Object.fromEntries(LANGS.map((l) => [l, catalogue(l)])) as Record<(typeof LANGS)[number], Map<string, Flat>>;
const baseKeys = (flat: Flat) => new Set([...flat.keys()].map((k) => k.replace(PLURAL, '')));
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('have the same namespaces in every language', () => {
    expect([...catalogues.fr.keys()].sort()).toEqual([...catalogues.en.keys()].sort());
  });

  for (const ns of catalogues.en.keys()) {
    it(`${ns}: every message exists in French and English`, () => {
      const en = catalogues.en.get(ns)!;
      const fr = catalogues.fr.get(ns) ?? new Map();
      const missingInFr = [...baseKeys(en)].filter((k) => !baseKeys(fr).has(k));
      const missingInEn = [...baseKeys(fr)].filter((k) => !baseKeys(en).has(k));
      expect({ missingInFr, missingInEn }).toEqual({ missingInFr: [], missingInEn: [] });
    });

    it(`${ns}: placeholders match and no message is empty`, () => {
      const en = catalogues.en.get(ns)!;
      const fr = catalogues.fr.get(ns) ?? new Map<string, string>();
      const problems: string[] = [];
      for (const [key, text] of en) {
        if (!text.trim()) problems.push(`en ${key} is empty`);
        const other = fr.get(key) ?? fr.get(key.replace(PLURAL, '_other'));
        if (other === undefined) continue;
        if (!other.trim()) problems.push(`fr ${key} is empty`);
        const a = placeholders(text).filter((p) => p !== 'count');
        const b = placeholders(other).filter((p) => p !== 'count');
        if (JSON.stringify([...new Set(a)]) !== JSON.stringify([...new Set(b)])) problems.push(`${key}: en {{${a}}} vs fr {{${b}}}`);
      }
      expect(problems).toEqual([]);
    });
  }
});

/** Static keys used in the renderer: t('ns:key') or t('key') with the file's default namespace. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('keys used in the code', () => {
  it('exist in the English catalogue', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(join(root, 'src', 'renderer', 'src'))) {
      const code = readFileSync(file, 'utf8');
      const nsDecl = /useTranslation\(\s*(?:\[\s*)?'([\w-]+)'/.exec(code);
      const defaultNs = nsDecl?.[1] ?? 'common';
      for (const m of code.matchAll(/\bt\(\s*'([\w.:-]+)'/g)) {
        const raw = m[1]!;
        const [ns, key] = raw.includes(':') ? (raw.split(':') as [string, string]) : [defaultNs, raw];
        const flat = catalogues.en.get(ns);
        const found = flat && (flat.has(key) || [...flat.keys()].some((k) => k.replace(PLURAL, '') === key || k.startsWith(`${key}.`)));
        if (!found) missing.push(`${relative(root, file)}: ${ns}:${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
