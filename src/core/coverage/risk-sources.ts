/**
 * What a candidate risk is made of: who raised it (organisations, people, sectors), how many
 * cards of each kind, and which catalogue categories its cards were tagged with, so the
 * facilitator can see at a glance whether a risk is one agency's concern or shared across sectors.
 */
import type { Card, CardKind, Id } from '../model';
import { resolveAttribution, type PeopleLookup } from '../search/attribution';

export interface RiskSources {
  partnerIds: Id[];
  participantIds: Id[];
  sectors: string[];
  anonymousCount: number;
  kindCounts: Partial<Record<CardKind, number>>;
  /** Categories (the part before the dot) of the cards' tags, most used first. */
  tagCategories: string[];
}

export function summariseRiskSources(cards: readonly Card[], people: PeopleLookup): RiskSources {
  const partnerIds = new Set<Id>();
  const participantIds = new Set<Id>();
  const sectors = new Set<string>();
  const kindCounts: Partial<Record<CardKind, number>> = {};
  const categoryUse = new Map<string, number>();
  let anonymousCount = 0;
  for (const card of cards) {
    const who = resolveAttribution(card, people);
    if (who.participant) participantIds.add(who.participant.id);
    if (who.partner) partnerIds.add(who.partner.id);
    if (who.sector) sectors.add(who.sector);
    if (!who.participant && !who.partner && !who.sector) anonymousCount++;
    kindCounts[card.kind] = (kindCounts[card.kind] ?? 0) + 1;
    for (const category of new Set(card.tags.map((t) => t.split('.')[0]!))) {
      categoryUse.set(category, (categoryUse.get(category) ?? 0) + 1);
    }
  }
  return {
    partnerIds: [...partnerIds],
    participantIds: [...participantIds],
    sectors: [...sectors],
    anonymousCount,
    kindCounts,
    tagCategories: [...categoryUse.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c),
  };
}
