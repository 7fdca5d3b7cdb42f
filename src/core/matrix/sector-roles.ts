/**
 * Who does what per priority: the sectors of lead and supporting partners of the responses, and
 * the sectors (and partners) in the plan that have no role yet, so the gap is visible.
 */
import type { Id, Partner, PlanResponse, Risk } from '../model';
import { compareSectors, UNKNOWN_SECTOR } from '../scoring/sectors';
import { buildMatrix } from './matrix';

export interface SectorRole {
  sector: string;
  /** Responses in which this sector leads (or supports). */
  responses: number;
  partnerIds: Id[];
}

export interface PrioritySectorRoles {
  riskId: Id;
  title: string;
  lead: SectorRole[];
  supporting: SectorRole[];
}

export interface SectorRoles {
  priorities: PrioritySectorRoles[];
  /** Sectors of the plan's partners that neither lead nor support a priority response. */
  sectorsWithoutRole: string[];
  partnersWithoutRole: Id[];
}

export function sectorRoles(risks: readonly Risk[], responses: readonly PlanResponse[], partners: readonly Partner[]): SectorRoles {
  const partnersById = new Map(partners.map((p) => [p.id, p]));
  const sectorOf = (partnerId: Id) => partnersById.get(partnerId)?.sector ?? UNKNOWN_SECTOR;
  const active = new Set<Id>();
  const priorities = buildMatrix(risks, responses).rows.map((row) => {
    const rowResponses = Object.values(row.cells).flat();
    const leads = rowResponses.map((r) => (r.leadPartnerId === null ? [] : [r.leadPartnerId]));
    const supports = rowResponses.map((r) => r.supportingPartnerIds);
    for (const id of [...leads.flat(), ...supports.flat()]) active.add(id);
    return { riskId: row.risk.id, title: row.risk.title, lead: tally(leads, sectorOf), supporting: tally(supports, sectorOf) };
  });
  const partnersWithoutRole = partners.filter((p) => !active.has(p.id)).map((p) => p.id);
  const activeSectors = new Set([...active].map(sectorOf));
  const sectorsWithoutRole = [...new Set(partners.map((p) => p.sector))].filter((s) => !activeSectors.has(s)).sort(compareSectors);
  return { priorities, sectorsWithoutRole, partnersWithoutRole };
}

/** One list of partner ids per response; a sector counts once per response it appears in. */
function tally(perResponse: readonly (readonly Id[])[], sectorOf: (id: Id) => string): SectorRole[] {
  const roles = new Map<string, { responses: number; partnerIds: Set<Id> }>();
  for (const partnerIds of perResponse) {
    const sectors = new Set(partnerIds.map(sectorOf));
    for (const sector of sectors) {
      const role = roles.get(sector) ?? { responses: 0, partnerIds: new Set<Id>() };
      role.responses += 1;
      roles.set(sector, role);
    }
    for (const id of partnerIds) roles.get(sectorOf(id))?.partnerIds.add(id);
  }
  return [...roles.entries()]
    .map(([sector, role]) => ({ sector, responses: role.responses, partnerIds: [...role.partnerIds] }))
    .sort((a, b) => b.responses - a.responses || compareSectors(a.sector, b.sector));
}
