/**
 * Where a response goes when it is dragged (or moved by keyboard) to a cell: the moved response
 * takes the target cell and position, and the cell's responses are renumbered 0..n-1 so the order
 * shown is the order stored. Only records whose cell or order actually change are returned, so a
 * move writes (and undoes) as little as possible.
 */
import type { Id, PlanResponse, PlanningArea } from '../model';

export interface CellTarget {
  riskId: Id;
  area: PlanningArea;
  /** Position in the target cell (0 = first); omitted or out of range = last. */
  index?: number;
}

export interface ResponsePlacement {
  id: Id;
  riskId: Id;
  area: PlanningArea;
  order: number;
}

const byOrder = (a: PlanResponse, b: PlanResponse) => a.order - b.order || a.createdAt.localeCompare(b.createdAt);

export function placeResponse(responses: readonly PlanResponse[], movedId: Id, target: CellTarget): ResponsePlacement[] {
  const moved = responses.find((r) => r.id === movedId);
  if (!moved) return [];
  const cell = responses.filter((r) => r.id !== movedId && r.riskId === target.riskId && r.area === target.area).sort(byOrder);
  const index = target.index === undefined ? cell.length : Math.max(0, Math.min(target.index, cell.length));
  cell.splice(index, 0, moved);
  return cell.flatMap((r, order) => {
    const changed = r.order !== order || r.riskId !== target.riskId || r.area !== target.area;
    return changed ? [{ id: r.id, riskId: target.riskId, area: target.area, order }] : [];
  });
}
