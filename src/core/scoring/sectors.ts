/**
 * Which sector a participant or rater speaks for. A participant's organisation decides (its
 * sector is the one on record); otherwise the sector the person named; otherwise 'unknown', so
 * unattributed input is counted and visible rather than silently lost.
 */
import { SECTOR_IDS } from '../catalogue';
import type { Id, Participant, Partner } from '../model';

export const UNKNOWN_SECTOR = 'unknown';

export interface SectorLookup {
  /** Sector of a participant id (a missing participant is 'unknown'). */
  ofParticipant(participantId: Id): string;
  /** Sector of a score's rater: a participant id, else a partner id, else 'unknown'. */
  ofRater(raterId: Id): string;
}

export function participantSector(participant: Participant, partnersById: ReadonlyMap<Id, Partner>): string {
  const partner = participant.partnerId === null ? undefined : partnersById.get(participant.partnerId);
  return partner?.sector ?? participant.sector ?? UNKNOWN_SECTOR;
}

export function sectorLookup(participants: readonly Participant[], partners: readonly Partner[]): SectorLookup {
  const partnersById = new Map(partners.map((p) => [p.id, p]));
  const participantSectors = new Map(participants.map((p) => [p.id, participantSector(p, partnersById)]));
  return {
    ofParticipant: (id) => participantSectors.get(id) ?? UNKNOWN_SECTOR,
    ofRater: (id) => participantSectors.get(id) ?? partnersById.get(id)?.sector ?? UNKNOWN_SECTOR,
  };
}

/** Display order of sectors: catalogue order, then other (user) sectors alphabetically, 'unknown' last. */
export function compareSectors(a: string, b: string): number {
  const rank = (sector: string) => {
    if (sector === UNKNOWN_SECTOR) return Number.MAX_SAFE_INTEGER;
    const index = SECTOR_IDS.indexOf(sector);
    return index === -1 ? SECTOR_IDS.length : index;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
