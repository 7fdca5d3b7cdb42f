/**
 * The plan matrix: priority risks (rows) against the four planning areas (columns), the grid
 * published plans use to show what exists and where the gaps are.
 */
import { PLANNING_AREAS, type Id, type PlanResponse, type PlanningArea, type Risk } from '../model';

export interface MatrixRow {
  risk: Risk;
  cells: Record<PlanningArea, PlanResponse[]>;
}

export interface PlanMatrix {
  areas: readonly PlanningArea[];
  rows: MatrixRow[];
}

export interface MatrixGap {
  riskId: Id;
  area: PlanningArea;
}

const titles = new Intl.Collator('en-CA', { numeric: true, sensitivity: 'base' });
const byOrderThenTitle = <T extends { order: number; title: string }>(a: T, b: T) =>
  a.order - b.order || titles.compare(a.title, b.title);

/** Rows: priority risks by `order`, then title. Cells: responses by `order`, then title. */
export function buildMatrix(risks: readonly Risk[], responses: readonly PlanResponse[]): PlanMatrix {
  const priorities = risks.filter((risk) => risk.isPriority).sort(byOrderThenTitle);
  const rows = priorities.map((risk) => ({ risk, cells: emptyCells() }));
  const rowOf = new Map(rows.map((row) => [row.risk.id, row]));
  for (const response of [...responses].sort(byOrderThenTitle)) {
    rowOf.get(response.riskId)?.cells[response.area]?.push(response);
  }
  return { areas: PLANNING_AREAS, rows };
}

function emptyCells(): Record<PlanningArea, PlanResponse[]> {
  return { socialDevelopment: [], prevention: [], riskIntervention: [], incidentResponse: [] };
}

/** Empty cells, row by row, in area order. */
export function findGaps(matrix: PlanMatrix): MatrixGap[] {
  return matrix.rows.flatMap((row) =>
    matrix.areas.filter((area) => row.cells[area].length === 0).map((area) => ({ riskId: row.risk.id, area })),
  );
}
