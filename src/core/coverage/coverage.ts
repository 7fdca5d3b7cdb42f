/**
 * Who is at the table, against what the law asks for (CSPA 2019, Part XVI): the seven
 * advisory-committee seats, the groups consultation must reach, and the sectors present at each
 * session. The point is to name what is missing while there is still time to invite someone.
 */
import { CONSULTATION_GROUPS, SEATS, SECTOR_IDS, type ConsultationGroupId, type SeatId } from '../catalogue';
import type { Id, Participant, Partner, WorkshopSession } from '../model';

export interface SeatCoverage {
  seat: SeatId;
  /** Organisations that fill the seat, by name order of the input. */
  partnerIds: Id[];
}

export interface GroupCoverage {
  group: ConsultationGroupId;
  /** Organisations that represent the group. */
  partnerIds: Id[];
  /** People in the room who belong to or speak for the group. */
  participantIds: Id[];
}

export interface SessionCoverage {
  sessionId: Id;
  attendeeCount: number;
  /** Sectors of the people who attended, in catalogue order. */
  sectors: string[];
  /** Legislated seats whose organisations had nobody at this session. */
  seatsAbsent: SeatId[];
}

export interface Coverage {
  seats: SeatCoverage[];
  missingSeats: SeatId[];
  groups: GroupCoverage[];
  missingGroups: ConsultationGroupId[];
  /** Sectors of the partner organisations (and of participants speaking for a sector), catalogue order. */
  sectorsPresent: string[];
  sectorsAbsent: string[];
  sessions: SessionCoverage[];
}

/** Sector of a participant: their organisation's, or the one they speak for. */
export function participantSector(p: Participant, partners: ReadonlyMap<Id, Partner>): string | null {
  return (p.partnerId ? partners.get(p.partnerId)?.sector : null) ?? p.sector ?? null;
}

function inCatalogueOrder(sectors: Set<string>): string[] {
  const known = SECTOR_IDS.filter((s) => sectors.has(s));
  const other = [...sectors].filter((s) => !SECTOR_IDS.includes(s)).sort();
  return [...known, ...other];
}

export function computeCoverage(
  partners: readonly Partner[],
  participants: readonly Participant[],
  sessions: readonly WorkshopSession[],
): Coverage {
  const partnerById = new Map(partners.map((p) => [p.id, p]));
  const seats = SEATS.map((seat) => ({ seat, partnerIds: partners.filter((p) => p.seats.includes(seat)).map((p) => p.id) }));
  const groups = CONSULTATION_GROUPS.map((group) => ({
    group,
    partnerIds: partners.filter((p) => p.consultationGroups.includes(group)).map((p) => p.id),
    participantIds: participants.filter((p) => p.consultationGroups.includes(group)).map((p) => p.id),
  }));

  const present = new Set<string>(partners.map((p) => p.sector));
  for (const p of participants) if (!p.partnerId && p.sector) present.add(p.sector);
  const sectorsPresent = inCatalogueOrder(present);

  const participantById = new Map(participants.map((p) => [p.id, p]));
  const sessionCoverage = sessions.map((s) => {
    const attendees = s.attendeeIds.map((id) => participantById.get(id)).filter((p): p is Participant => !!p);
    const sectors = new Set<string>();
    const seatsPresent = new Set<string>();
    for (const a of attendees) {
      const sector = participantSector(a, partnerById);
      if (sector) sectors.add(sector);
      for (const seat of (a.partnerId && partnerById.get(a.partnerId)?.seats) || []) seatsPresent.add(seat);
    }
    return {
      sessionId: s.id,
      attendeeCount: attendees.length,
      sectors: inCatalogueOrder(sectors),
      seatsAbsent: SEATS.filter((seat) => !seatsPresent.has(seat)),
    };
  });

  return {
    seats,
    missingSeats: seats.filter((s) => s.partnerIds.length === 0).map((s) => s.seat),
    groups,
    missingGroups: groups.filter((g) => g.partnerIds.length === 0 && g.participantIds.length === 0).map((g) => g.group),
    sectorsPresent,
    sectorsAbsent: SECTOR_IDS.filter((s) => !present.has(s)),
    sessions: sessionCoverage,
  };
}
