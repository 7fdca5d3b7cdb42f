/**
 * Plan balance across the four planning areas. The framework asks plans to put most of their
 * effort upstream (social development, prevention, risk intervention) so fewer people ever need
 * an incident response.
 *
 * Rule: a plan (or one priority) "leans on incident response" when incident-response responses
 * are more than 25% of its responses, i.e. more than an even share of the four areas. This also
 * covers every case where incident response outnumbers each upstream area (if it outnumbers each
 * of the other three, it is necessarily above a quarter). No responses: no flag.
 */
import type { Id, PlanningArea } from '../model';
import type { PlanMatrix } from './matrix';

export const INCIDENT_RESPONSE_SHARE_LIMIT = 0.25;

export interface AreaCount {
  area: PlanningArea;
  count: number;
  /** count / total, 0 when there are no responses. */
  share: number;
}

export interface AreaBalance {
  total: number;
  areas: AreaCount[];
  leansOnIncidentResponse: boolean;
}

export interface RiskBalance extends AreaBalance {
  riskId: Id;
  title: string;
}

export interface PlanBalance {
  overall: AreaBalance;
  rows: RiskBalance[];
}

export function planBalance(matrix: PlanMatrix): PlanBalance {
  const rows = matrix.rows.map((row) => ({
    riskId: row.risk.id,
    title: row.risk.title,
    ...balanceOf(matrix.areas, (area) => row.cells[area].length),
  }));
  const overall = balanceOf(matrix.areas, (area) => rows.reduce((sum, row) => sum + countIn(row.areas, area), 0));
  return { overall, rows };
}

function countIn(areas: readonly AreaCount[], area: PlanningArea): number {
  return areas.find((a) => a.area === area)?.count ?? 0;
}

function balanceOf(areas: readonly PlanningArea[], countOf: (area: PlanningArea) => number): AreaBalance {
  const counts = areas.map((area) => ({ area, count: countOf(area) }));
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const withShares = counts.map((c) => ({ ...c, share: total === 0 ? 0 : c.count / total }));
  return { total, areas: withShares, leansOnIncidentResponse: leansOnIncidentResponse(withShares) };
}

export function leansOnIncidentResponse(areas: readonly AreaCount[]): boolean {
  const incident = areas.find((a) => a.area === 'incidentResponse');
  return incident !== undefined && incident.share > INCIDENT_RESPONSE_SHARE_LIMIT;
}
