/** Priorities in plan order with their responses and outcomes: shared by the later sections. */
import { PLANNING_AREAS, type Id, type Outcome, type PlanResponse, type Risk } from '../../model';
import { buildMatrix, type PlanMatrix } from '../../matrix/matrix';
import type { ReportContext } from '../context';

export interface PriorityRow {
  risk: Risk;
  /** Responses in area order, then their order in the cell. */
  responses: PlanResponse[];
  outcomes: Outcome[];
}

export interface PlanRows {
  matrix: PlanMatrix;
  priorities: PriorityRow[];
  /** Outcomes tied to no priority (no risk, or a risk that is not a priority). */
  otherOutcomes: Outcome[];
}

export function planRows(ctx: ReportContext): PlanRows {
  const { snapshot } = ctx;
  const matrix = buildMatrix(snapshot.risks, snapshot.responses);
  const responseRisk = new Map(snapshot.responses.map((r) => [r.id, r.riskId]));
  const outcomeRisk = (o: Outcome): Id | null => o.riskId ?? (o.responseId === null ? null : (responseRisk.get(o.responseId) ?? null));
  const priorityIds = new Set(matrix.rows.map((row) => row.risk.id));
  const levelOrder = (o: Outcome) => ['immediate', 'intermediate', 'longTerm'].indexOf(o.level);
  const outcomes = [...snapshot.outcomes].sort((a, b) => levelOrder(a) - levelOrder(b) || a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : 1));
  const priorities = matrix.rows.map((row) => ({
    risk: row.risk,
    responses: PLANNING_AREAS.flatMap((area) => row.cells[area]),
    outcomes: outcomes.filter((o) => outcomeRisk(o) === row.risk.id),
  }));
  const otherOutcomes = outcomes.filter((o) => {
    const riskId = outcomeRisk(o);
    return riskId === null || !priorityIds.has(riskId);
  });
  return { matrix, priorities, otherOutcomes };
}
