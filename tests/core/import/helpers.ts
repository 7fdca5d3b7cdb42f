/** Fixture files and a vocabulary built from the real message catalogues, for import tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RISK_CATEGORIES, SECTOR_IDS } from '@core/catalogue';
import { CARD_KINDS, type CardKind } from '@core/model';
import { buildVocabulary } from '@core/import';

export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../e2e/fixtures/csv', name)));

type Messages = { [key: string]: string | Messages };
const load = (lang: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../resources/locales/${lang}/catalogue.json`), 'utf8')) as Messages;
const catalogues = [load('en'), load('fr')];
const label = (m: Messages, path: string): string => path.split('.').reduce<string | Messages>((node, k) => (node as Messages)[k]!, m) as string;

export const vocabulary = buildVocabulary({
  kinds: Object.fromEntries(CARD_KINDS.map((k) => [k, catalogues.map((m) => label(m, `cardKind.${k}`))])) as Record<CardKind, string[]>,
  sectors: new Map(SECTOR_IDS.map((s) => [s, catalogues.map((m) => label(m, `sector.${s}`))])),
  tags: new Map([
    ...RISK_CATEGORIES.map((c) => [c.id, catalogues.map((m) => label(m, `riskCategory.${c.id}`))] as const),
    ...RISK_CATEGORIES.flatMap((c) => c.factors.map((f) => [`${c.id}.${f}`, catalogues.map((m) => label(m, `riskFactor.${c.id}.${f}`))] as const)),
    ['user-1', ['Systemic discrimination', 'Discrimination systémique']],
  ]),
});
