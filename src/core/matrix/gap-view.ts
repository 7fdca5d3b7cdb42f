/**
 * Gap views of the matrix: how many cells are empty (per area and overall) and the matrix
 * narrowed to the priorities that still have a gap, for the "show only gaps" filter.
 */
import type { PlanningArea } from '../model';
import { findGaps, type MatrixRow, type PlanMatrix } from './matrix';

export interface GapSummary {
  /** Empty cells. */
  gaps: number;
  /** All cells (priorities x areas). */
  cells: number;
  byArea: Record<PlanningArea, number>;
}

export function isGap(row: MatrixRow, area: PlanningArea): boolean {
  return row.cells[area].length === 0;
}

export function gapSummary(matrix: PlanMatrix): GapSummary {
  const byArea = Object.fromEntries(matrix.areas.map((area) => [area, 0])) as Record<PlanningArea, number>;
  const gaps = findGaps(matrix);
  for (const gap of gaps) byArea[gap.area] += 1;
  return { gaps: gaps.length, cells: matrix.rows.length * matrix.areas.length, byArea };
}

/** The matrix with only the priorities that have at least one empty cell (same areas, same order). */
export function rowsWithGaps(matrix: PlanMatrix): PlanMatrix {
  return { areas: matrix.areas, rows: matrix.rows.filter((row) => matrix.areas.some((area) => isGap(row, area))) };
}
