import { describe, expect, test } from 'vitest';
import { newRecord } from '@core/records';
import type { Card } from '@core/model';
import {
  attributionFields,
  attributionKey,
  attributionOf,
  createCardIndexer,
  EMPTY_FILTER,
  filterCards,
  hasExactLabel,
  indexCards,
  matchesAllWordPrefixes,
  NO_SESSION,
  normaliseText,
  parseAttributionKey,
  peopleLookup,
  resolveAttribution,
  searchCatalogue,
  type CatalogueOption,
} from '@core/search';
import { counterContext } from '../helpers/builders';
import { participant, partner, PLAN_ID } from '../helpers/records';

const ctx = counterContext('c');
const card = (text: string, fields: Partial<Card> = {}) => newRecord('cards', PLAN_ID, { text, ...fields }, ctx);

const police = partner('police', 'police', { name: 'Riverbend Police Service' });
const cmha = partner('cmha', 'mentalHealth', { name: 'Canadian Mental Health Association' });
const rivera = { ...participant('rivera', 'police'), name: 'Sgt. Dana Rivera' };
const elder = { ...participant('elder', null, 'indigenous'), name: 'Elder Mary Cheechoo' };
const people = peopleLookup([police, cmha], [rivera, elder]);

describe('normalising text', () => {
  test('ignores case, accents and punctuation', () => {
    expect(normaliseText('  Santé MENTALE — jeunes!  ')).toBe('sante mentale jeunes');
    expect(normaliseText("Children's Aid")).toBe('children s aid');
    expect(normaliseText('')).toBe('');
  });
  test('word-prefix matching in any order', () => {
    expect(matchesAllWordPrefixes('Mental health and addictions', 'hea ment')).toBe(true);
    expect(matchesAllWordPrefixes('Mental health and addictions', 'health x')).toBe(false);
    expect(matchesAllWordPrefixes('anything', '  ')).toBe(true);
  });
});

describe('attribution', () => {
  test('a participant brings their organisation and its sector', () => {
    const who = resolveAttribution({ participantId: 'rivera', partnerId: null, sector: null }, people);
    expect([who.participant?.name, who.partner?.name, who.sector]).toEqual(['Sgt. Dana Rivera', 'Riverbend Police Service', 'police']);
  });
  test('a participant without organisation keeps their own sector; a sector-only card its sector', () => {
    expect(resolveAttribution({ participantId: 'elder', partnerId: null, sector: null }, people).sector).toBe('indigenous');
    expect(resolveAttribution({ participantId: null, partnerId: null, sector: 'faith' }, people)).toEqual({ participant: null, partner: null, sector: 'faith' });
  });
  test('anonymous, and links to deleted records resolve to nothing', () => {
    expect(resolveAttribution({ participantId: null, partnerId: 'gone', sector: null }, people)).toEqual({ participant: null, partner: null, sector: null });
  });
  test('the four kinds of attribution round-trip through their keys and card fields', () => {
    expect(attributionFields({ type: 'participant', id: 'rivera' }, people)).toEqual({ participantId: 'rivera', partnerId: 'police', sector: null });
    expect(attributionFields({ type: 'participant', id: 'elder' }, people)).toEqual({ participantId: 'elder', partnerId: null, sector: 'indigenous' });
    expect(attributionFields({ type: 'partner', id: 'cmha' }, people)).toEqual({ participantId: null, partnerId: 'cmha', sector: null });
    expect(attributionFields({ type: 'sector', id: 'faith' }, people)).toEqual({ participantId: null, partnerId: null, sector: 'faith' });
    expect(attributionFields({ type: 'anonymous' }, people)).toEqual({ participantId: null, partnerId: null, sector: null });
    for (const a of [{ type: 'anonymous' }, { type: 'participant', id: 'x:y' }, { type: 'partner', id: 'p' }, { type: 'sector', id: 'faith' }] as const) {
      expect(parseAttributionKey(attributionKey(a))).toEqual(a);
    }
    expect(parseAttributionKey('partner:')).toEqual({ type: 'anonymous' });
    expect(attributionOf({ participantId: 'rivera', partnerId: 'police', sector: null })).toEqual({ type: 'participant', id: 'rivera' });
  });
});

describe('filtering cards', () => {
  const cards = [
    card('More overdose calls downtown', { kind: 'risk', participantId: 'rivera', partnerId: 'police', sessionId: 's1', tags: ['drugs.overdose'] }),
    card('Waitlist for youth counselling is 9 months', { kind: 'risk', partnerId: 'cmha', sessionId: 's1', tags: ['mentalHealth'] }),
    card('Mobile crisis team, weekdays only', { kind: 'asset', partnerId: 'cmha', sessionId: 's2' }),
    card('Ceremony and land-based programs', { kind: 'protectiveFactor', participantId: 'elder' }),
    card('Café rencontre pour aînés', { kind: 'idea', sector: 'seniors' }),
  ];
  const labels: Record<string, string[]> = { 'drugs.overdose': ['Overdose', 'Surdose'], mentalHealth: ['Mental health', 'Santé mentale'] };
  const index = indexCards(cards, people, (t) => labels[t] ?? []);
  const texts = (f: Partial<typeof EMPTY_FILTER>) => filterCards(index, { ...EMPTY_FILTER, ...f }).map((c) => c.text.split(' ')[0]);

  test('no filter keeps every card in order', () => {
    expect(texts({})).toEqual(['More', 'Waitlist', 'Mobile', 'Ceremony', 'Café']);
  });
  test('search words in any order, across text, names and tag labels in both languages', () => {
    expect(texts({ query: 'downtown overdose' })).toEqual(['More']);
    expect(texts({ query: 'rivera' })).toEqual(['More']);
    expect(texts({ query: 'SURDOSE' })).toEqual(['More']);
    expect(texts({ query: 'sante' })).toEqual(['Waitlist']);
    expect(texts({ query: 'cafe aines' })).toEqual(['Café']);
    expect(texts({ query: 'canadian' })).toEqual(['Waitlist', 'Mobile']);
    expect(texts({ query: 'nothing like this' })).toEqual([]);
  });
  test('by kind, organisation (also through a participant), sector, session and tag', () => {
    expect(texts({ kind: 'risk' })).toEqual(['More', 'Waitlist']);
    expect(texts({ partnerId: 'police' })).toEqual(['More']);
    expect(texts({ sector: 'indigenous' })).toEqual(['Ceremony']);
    expect(texts({ sector: 'seniors' })).toEqual(['Café']);
    expect(texts({ sessionId: 's1' })).toEqual(['More', 'Waitlist']);
    expect(texts({ sessionId: NO_SESSION })).toEqual(['Ceremony', 'Café']);
    expect(texts({ tag: 'drugs' })).toEqual(['More']);
    expect(texts({ tag: 'drugs.overdose' })).toEqual(['More']);
    expect(texts({ tag: 'drug' })).toEqual([]);
  });
  test('criteria combine', () => {
    expect(texts({ kind: 'risk', partnerId: 'cmha', query: 'youth' })).toEqual(['Waitlist']);
    expect(texts({ kind: 'asset', sessionId: 's1' })).toEqual([]);
  });
  test('the remembering indexer normalises only new or changed cards, and starts over when names change', () => {
    const indexer = createCardIndexer();
    const tagLabels = (t: string) => labels[t] ?? [];
    const first = indexer(cards, people, tagLabels);
    expect(first.map((e) => e.haystack)).toEqual(index.map((e) => e.haystack));
    const edited = { ...cards[1]!, text: 'Waitlist for youth counselling is 12 months' };
    const added = card('Shelter beds full every night', { kind: 'risk' });
    const second = indexer([added, cards[0]!, edited, ...cards.slice(2)], people, tagLabels);
    expect(second[1]).toBe(first[0]); // same card object: same entry, not normalised again
    expect(second[2]).not.toBe(first[1]);
    expect(second[2]?.haystack).toContain('12 months');
    expect(filterCards(second, { ...EMPTY_FILTER, query: 'shelter' }).map((c) => c.id)).toEqual([added.id]);
    const renamed = peopleLookup([{ ...police, name: 'Riverbend Police' }, cmha], [rivera, elder]);
    expect(indexer(cards, renamed, tagLabels)[0]).not.toBe(first[0]);
  });
});

describe('catalogue autocomplete', () => {
  const parents: Record<string, string> = { Drugs: 'Drogues', Housing: 'Logement', 'Mental health': 'Santé mentale' };
  const option = (id: string, label: string, altLabel: string, parentLabel: string | null = null): CatalogueOption => ({
    id,
    label,
    altLabel,
    parentLabel,
    altParentLabel: parentLabel && (parents[parentLabel] ?? null),
    userDefined: false,
  });
  const options = [
    option('drugs', 'Drugs', 'Drogues'),
    option('drugs.overdose', 'Overdose', 'Surdose', 'Drugs'),
    option('housing', 'Housing', 'Logement'),
    option('housing.eviction', 'Risk of eviction', "Risque d'expulsion", 'Housing'),
    option('mentalHealth', 'Mental health', 'Santé mentale'),
    option('mentalHealth.diagnosed', 'Diagnosed mental health problem', 'Problème de santé mentale diagnostiqué', 'Mental health'),
    { ...option('u1', 'Systemic discrimination', 'Discrimination systémique'), userDefined: true },
  ];
  const ids = (q: string, limit?: number) => searchCatalogue(options, q, limit).map((o) => o.id);
  test('exact, then prefix, then word prefixes; categories first at equal rank; no mid-word matches', () => {
    expect(ids('drugs')).toEqual(['drugs', 'drugs.overdose']);
    expect(ids('ment')).toEqual(['mentalHealth', 'mentalHealth.diagnosed']);
    expect(ids('health diag')).toEqual(['mentalHealth.diagnosed']);
    expect(ids('evic')).toEqual(['housing.eviction']);
    expect(ids('vict')).toEqual([]);
    expect(ids('housing')).toEqual(['housing', 'housing.eviction']);
  });
  test('French labels and accents match', () => {
    expect(ids('logement')).toEqual(['housing', 'housing.eviction']);
    expect(ids('sante')).toEqual(['mentalHealth', 'mentalHealth.diagnosed']);
    expect(ids('surdose')).toEqual(['drugs.overdose']);
    expect(ids('systemique')).toEqual(['u1']);
  });
  test('limit, empty query, and exact-label check', () => {
    expect(ids('', 2)).toEqual(['drugs', 'drugs.overdose']);
    expect(ids('zzz')).toEqual([]);
    expect(hasExactLabel(options, 'LOGEMENT')).toBe(true);
    expect(hasExactLabel(options, 'Logem')).toBe(false);
    expect(hasExactLabel(options, ' ')).toBe(false);
  });
});
