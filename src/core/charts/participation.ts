/**
 * Sector participation: for each sector, partners, participants, cards written and dots cast,
 * so a missing voice shows up as a zero rather than an absence.
 * A card is attributed to its participant's sector (when known), else its organisation's, else
 * its own `sector`, else 'unknown' (anonymous).
 */
import type { Card, Participant, Partner, Vote } from '../model';
import { compareSectors, sectorLookup, UNKNOWN_SECTOR } from '../scoring/sectors';

export interface SectorParticipationDatum {
  sector: string;
  partners: number;
  participants: number;
  cards: number;
  dots: number;
}

export interface ParticipationInput {
  partners: readonly Partner[];
  participants: readonly Participant[];
  cards: readonly Card[];
  votes: readonly Vote[];
  /** Count dots of this round only; all rounds when omitted. */
  round?: number;
}

export function sectorParticipationData(input: ParticipationInput): SectorParticipationDatum[] {
  const lookup = sectorLookup(input.participants, input.partners);
  const partnerSector = new Map(input.partners.map((p) => [p.id, p.sector]));
  const rows = new Map<string, SectorParticipationDatum>();
  const row = (sector: string) => {
    let r = rows.get(sector);
    if (!r) rows.set(sector, (r = { sector, partners: 0, participants: 0, cards: 0, dots: 0 }));
    return r;
  };
  for (const partner of input.partners) row(partner.sector).partners += 1;
  for (const participant of input.participants) row(lookup.ofParticipant(participant.id)).participants += 1;
  for (const card of input.cards) {
    const viaParticipant = card.participantId === null ? UNKNOWN_SECTOR : lookup.ofParticipant(card.participantId);
    const sector =
      (viaParticipant !== UNKNOWN_SECTOR ? viaParticipant : undefined) ??
      (card.partnerId === null ? undefined : partnerSector.get(card.partnerId)) ??
      card.sector ??
      UNKNOWN_SECTOR;
    row(sector).cards += 1;
  }
  for (const vote of input.votes) {
    if (input.round !== undefined && vote.round !== input.round) continue;
    row(lookup.ofParticipant(vote.participantId)).dots += Math.max(0, vote.dots);
  }
  return [...rows.values()].sort((a, b) => compareSectors(a.sector, b.sector));
}
