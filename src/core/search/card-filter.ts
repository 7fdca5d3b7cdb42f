/**
 * Searching and filtering input cards. Built for thousands of cards typed live: the search text
 * of every card is normalised once into an index (rebuilt only when cards or names change), and
 * each keystroke in the search box is then a cheap substring test per card.
 */
import type { Card, CardKind, Id } from '../model';
import { normaliseText, words } from './normalise';
import { resolveAttribution, type PeopleLookup } from './attribution';

export interface CardFilter {
  query: string;
  kind: CardKind | null;
  /** Organisation id, matched through a participant's organisation too. */
  partnerId: Id | null;
  sector: string | null;
  /** Session id, or NO_SESSION for cards captured outside any session. */
  sessionId: Id | null;
  /** Catalogue id: a category matches its factors too (`drugs` matches `drugs.overdose`). */
  tag: string | null;
}

export const NO_SESSION = '__none__';

export const EMPTY_FILTER: CardFilter = { query: '', kind: null, partnerId: null, sector: null, sessionId: null, tag: null };

export interface IndexedCard {
  card: Card;
  /** Normalised text, attribution names and tag labels, space-joined. */
  haystack: string;
  partnerId: Id | null;
  sector: string | null;
}

/**
 * One entry per card. `tagLabels` returns the labels (both languages) of a catalogue id, so
 * searching "surdose" finds cards tagged drugs.overdose.
 */
export function indexCards(cards: readonly Card[], people: PeopleLookup, tagLabels: (tag: string) => string[]): IndexedCard[] {
  return cards.map((card) => {
    const who = resolveAttribution(card, people);
    const parts = [card.text, who.participant?.name ?? '', who.partner?.name ?? '', ...card.tags.flatMap(tagLabels)];
    return { card, haystack: normaliseText(parts.join(' ')), partnerId: who.partner?.id ?? null, sector: who.sector };
  });
}

/**
 * `indexCards` that remembers each card's entry while the card object, the people and the tag
 * labels stay the same. Live plan tables keep unchanged cards as the same objects, so after one
 * card is added or edited only that card is normalised again, not all 5,000.
 */
export function createCardIndexer(): typeof indexCards {
  let entries = new WeakMap<Card, IndexedCard>();
  let lastPeople: PeopleLookup | null = null;
  let lastLabels: ((tag: string) => string[]) | null = null;
  return (cards, people, tagLabels) => {
    if (people !== lastPeople || tagLabels !== lastLabels) {
      entries = new WeakMap();
      lastPeople = people;
      lastLabels = tagLabels;
    }
    const missing = cards.filter((c) => !entries.has(c));
    indexCards(missing, people, tagLabels).forEach((entry) => entries.set(entry.card, entry));
    return cards.map((c) => entries.get(c) as IndexedCard);
  };
}

export function tagMatches(cardTags: readonly string[], tag: string): boolean {
  return cardTags.some((t) => t === tag || t.startsWith(`${tag}.`));
}

export function isFilterEmpty(f: CardFilter): boolean {
  return !f.query.trim() && !f.kind && !f.partnerId && !f.sector && !f.sessionId && !f.tag;
}

/** The cards matching every set criterion; the search words may appear anywhere, in any order. */
export function filterCards(index: readonly IndexedCard[], f: CardFilter): Card[] {
  const queryWords = words(f.query);
  const out: Card[] = [];
  for (const entry of index) {
    const c = entry.card;
    if (f.kind && c.kind !== f.kind) continue;
    if (f.partnerId && entry.partnerId !== f.partnerId) continue;
    if (f.sector && entry.sector !== f.sector) continue;
    if (f.sessionId && (f.sessionId === NO_SESSION ? c.sessionId !== null : c.sessionId !== f.sessionId)) continue;
    if (f.tag && !tagMatches(c.tags, f.tag)) continue;
    if (queryWords.length && !queryWords.every((w) => entry.haystack.includes(w))) continue;
    out.push(c);
  }
  return out;
}
