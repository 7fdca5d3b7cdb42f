/** The plan matrix (priority risks × planning areas), its gaps, its balance and who does what. */
export { buildMatrix, findGaps, type MatrixGap, type MatrixRow, type PlanMatrix } from './matrix';
export {
  planBalance,
  leansOnIncidentResponse,
  INCIDENT_RESPONSE_SHARE_LIMIT,
  type AreaBalance,
  type AreaCount,
  type PlanBalance,
  type RiskBalance,
} from './balance';
export { sectorRoles, type PrioritySectorRoles, type SectorRole, type SectorRoles } from './sector-roles';
