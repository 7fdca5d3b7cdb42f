/**
 * The risks x sectors grid: one row per priority, one column per sector of the plan's partners,
 * each cell saying in how many of the priority's responses the sector leads and supports.
 * Columns of sectors with no role anywhere are flagged, so the room sees whose effort is missing.
 */
import type { Id, Partner, PlanResponse, Risk } from '../model';
import { compareSectors } from '../scoring/sectors';
import { sectorRoles } from './sector-roles';

export interface SectorCell {
  /** Responses of this priority the sector leads. */
  lead: number;
  /** Responses of this priority the sector supports. */
  supporting: number;
}

export interface SectorGridRow {
  riskId: Id;
  title: string;
  cells: Record<string, SectorCell>;
}

export interface SectorGridColumn {
  sector: string;
  /** False when no partner of this sector leads or supports any priority response. */
  hasRole: boolean;
}

export interface SectorGrid {
  columns: SectorGridColumn[];
  rows: SectorGridRow[];
  partnersWithoutRole: Id[];
}

export function sectorGrid(risks: readonly Risk[], responses: readonly PlanResponse[], partners: readonly Partner[]): SectorGrid {
  const roles = sectorRoles(risks, responses, partners);
  const sectors = new Set(partners.map((p) => p.sector));
  for (const priority of roles.priorities) for (const role of [...priority.lead, ...priority.supporting]) sectors.add(role.sector);
  const withoutRole = new Set(roles.sectorsWithoutRole);
  const columns = [...sectors].sort(compareSectors).map((sector) => ({ sector, hasRole: !withoutRole.has(sector) }));
  const rows = roles.priorities.map((priority) => {
    const cells: Record<string, SectorCell> = {};
    for (const { sector } of columns) {
      cells[sector] = {
        lead: priority.lead.find((r) => r.sector === sector)?.responses ?? 0,
        supporting: priority.supporting.find((r) => r.sector === sector)?.responses ?? 0,
      };
    }
    return { riskId: priority.riskId, title: priority.title, cells };
  });
  return { columns, rows, partnersWithoutRole: roles.partnersWithoutRole };
}
