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
export { gapSummary, isGap, rowsWithGaps, type GapSummary } from './gap-view';
export { placeResponse, type CellTarget, type ResponsePlacement } from './placement';
export { assetsNotInMatrix, responseFromAsset, suggestedPriority, MAX_RESPONSE_TITLE, type AssetResponseFields } from './assets';
export { sectorGrid, type SectorCell, type SectorGrid, type SectorGridColumn, type SectorGridRow } from './sector-grid';
export {
  actionPlanRows,
  filterActionPlan,
  sortActionPlan,
  ACTION_PLAN_SORT_KEYS,
  type ActionPlanFilter,
  type ActionPlanRow,
  type ActionPlanSort,
  type ActionPlanSortKey,
} from './action-plan';
export { priorityProfile, outcomePriorityId, type PriorityProfile } from './profile';
