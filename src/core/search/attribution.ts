/**
 * Who a card comes from. A card names at most one of: a participant (whose organisation and
 * sector follow), an organisation (whose sector follows), a sector only, or nobody (anonymous).
 * Every screen that filters or summarises by partner or sector resolves a card the same way here.
 */
import type { Card, Id, Participant, Partner } from '../model';

export interface PeopleLookup {
  partners: ReadonlyMap<Id, Partner>;
  participants: ReadonlyMap<Id, Participant>;
}

export interface ResolvedAttribution {
  participant: Participant | null;
  partner: Partner | null;
  /** Sector id, or null when the card is anonymous or the organisation has none. */
  sector: string | null;
}

export function peopleLookup(partners: readonly Partner[], participants: readonly Participant[]): PeopleLookup {
  return {
    partners: new Map(partners.map((p) => [p.id, p])),
    participants: new Map(participants.map((p) => [p.id, p])),
  };
}

export function resolveAttribution(card: Pick<Card, 'participantId' | 'partnerId' | 'sector'>, people: PeopleLookup): ResolvedAttribution {
  const participant = (card.participantId && people.participants.get(card.participantId)) || null;
  const partnerId = participant?.partnerId ?? card.partnerId;
  const partner = (partnerId && people.partners.get(partnerId)) || null;
  const sector = participant?.sector ?? partner?.sector ?? card.sector ?? null;
  return { participant, partner, sector };
}

/** The kind of attribution a card has, for forms that pick one of the four. */
export type Attribution =
  | { type: 'anonymous' }
  | { type: 'participant'; id: Id }
  | { type: 'partner'; id: Id }
  | { type: 'sector'; id: string };

export function attributionOf(card: Pick<Card, 'participantId' | 'partnerId' | 'sector'>): Attribution {
  if (card.participantId) return { type: 'participant', id: card.participantId };
  if (card.partnerId) return { type: 'partner', id: card.partnerId };
  if (card.sector) return { type: 'sector', id: card.sector };
  return { type: 'anonymous' };
}

/**
 * The card fields for an attribution. A participant's organisation is stored too, so the card
 * stays attributed to the organisation if the person is later removed.
 */
export function attributionFields(a: Attribution, people: PeopleLookup): Pick<Card, 'participantId' | 'partnerId' | 'sector'> {
  switch (a.type) {
    case 'anonymous':
      return { participantId: null, partnerId: null, sector: null };
    case 'participant': {
      const p = people.participants.get(a.id);
      return { participantId: a.id, partnerId: p?.partnerId ?? null, sector: p?.partnerId ? null : (p?.sector ?? null) };
    }
    case 'partner':
      return { participantId: null, partnerId: a.id, sector: null };
    case 'sector':
      return { participantId: null, partnerId: null, sector: a.id };
  }
}

export function attributionKey(a: Attribution): string {
  return a.type === 'anonymous' ? 'anonymous' : `${a.type}:${a.id}`;
}

export function parseAttributionKey(key: string): Attribution {
  const [type, ...rest] = key.split(':');
  const id = rest.join(':');
  if ((type === 'participant' || type === 'partner' || type === 'sector') && id) return { type, id };
  return { type: 'anonymous' };
}
