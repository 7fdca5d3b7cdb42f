/** The participant page's strings: every key it uses exists in English and French. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REFUSAL_REASONS, ROOM_ERRORS } from '@core/room';
import { CARD_KINDS } from '@core/model';

const root = resolve(import.meta.dirname, '../..');
const script = readFileSync(resolve(root, 'src/room-server/page/participant.js'), 'utf8');
type Tree = { [key: string]: string | Tree };
const phone = (lang: string) => (JSON.parse(readFileSync(resolve(root, `resources/locales/${lang}/room.json`), 'utf8')) as { phone: Tree }).phone;

function has(tree: Tree, key: string): boolean {
  const node = key.split('.').reduce<Tree | string | undefined>((n, part) => (typeof n === 'object' ? n[part] : undefined), tree);
  if (typeof node === 'string') return true;
  const parent = key.split('.').slice(0, -1).reduce<Tree | string | undefined>((n, part) => (typeof n === 'object' ? n[part] : undefined), tree);
  return typeof parent === 'object' && typeof parent[`${key.split('.').at(-1)}_other`] === 'string';
}

describe('participant page strings', () => {
  const literal = [
    ...[...script.matchAll(/\bt\('([\w.]+)'/g)].map((m) => m[1]!),
    // Confirmations are passed around as keys: say('capture.applied').
    ...[...script.matchAll(/'((?:capture|voting|scoring)\.\w+)'/g)].map((m) => m[1]!),
  ];
  // Keys built from data: every error code, refusal reason, field problem and card kind.
  const built = [
    ...Object.keys(ROOM_ERRORS).map((c) => `error.${c}`),
    'error.network',
    'error.internal',
    ...REFUSAL_REASONS.map((r) => `refusal.${r}`),
    ...['missing', 'wrongType', 'empty', 'tooLong', 'invalidCharacters', 'notAllowed', 'outOfRange', 'unknownField'].map((p) => `problem.${p}`),
    ...CARD_KINDS.map((k) => `kind.${k}`),
    ...['applied', 'pending', 'refused'].map((s) => `mine.${s}`),
  ];

  test.each(['en', 'fr'])('every key exists in %s', (lang) => {
    const strings = phone(lang);
    expect(literal.length).toBeGreaterThan(30);
    expect([...literal, ...built].filter((key) => !key.endsWith('.') && !has(strings, key))).toEqual([]);
  });

  test('the page never builds HTML from text', () => {
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
  });
});
