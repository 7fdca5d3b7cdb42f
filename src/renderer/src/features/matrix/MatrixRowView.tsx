/**
 * One priority's row of the matrix. Memoised on what it shows: the database hands back fresh
 * objects after every change, so comparing by identity would redraw every row; comparing the
 * shown fields redraws only the row that changed (a moved response: its two rows).
 */
import { memo } from 'react';
import type { PlanResponse, PlanningArea, Risk } from '@core/model';
import type { MatrixRow } from '@core/matrix';
import type { MatrixLabels } from './matrix-labels';
import { MatrixCell } from './MatrixCell';

interface Props {
  row: MatrixRow;
  areas: readonly PlanningArea[];
  collapsed: boolean;
  partnerName: ReadonlyMap<string, string>;
  labels: MatrixLabels;
  onAdd: (risk: Risk, area: PlanningArea) => void;
  onEdit: (response: PlanResponse) => void;
}

function MatrixRowView({ row, areas, collapsed, partnerName, labels, onAdd, onEdit }: Props) {
  return (
    <tr>
      {/* Focusable from script only: "Go to a priority" moves focus here. */}
      <th scope="row" tabIndex={-1} data-risk-id={row.risk.id}>
        {row.risk.title}
      </th>
      {areas.map((area) => (
        <MatrixCell
          key={area}
          risk={row.risk}
          area={area}
          responses={row.cells[area]}
          collapsed={collapsed}
          partnerName={partnerName}
          labels={labels}
          onAdd={onAdd}
          onEdit={onEdit}
        />
      ))}
    </tr>
  );
}

/** The fields a response shows in a cell (and that its drag and edit need). */
const sameResponse = (a: PlanResponse, b: PlanResponse) =>
  a === b ||
  (a.id === b.id && a.title === b.title && a.type === b.type && a.status === b.status && a.leadPartnerId === b.leadPartnerId && a.updatedAt === b.updatedAt);

const sameResponses = (a: readonly PlanResponse[], b: readonly PlanResponse[]) => a === b || (a.length === b.length && a.every((r, i) => sameResponse(r, b[i]!)));

export function sameRow(prev: Props, next: Props): boolean {
  if (
    prev.areas !== next.areas ||
    prev.collapsed !== next.collapsed ||
    prev.partnerName !== next.partnerName ||
    prev.labels !== next.labels ||
    prev.onAdd !== next.onAdd ||
    prev.onEdit !== next.onEdit
  ) {
    return false;
  }
  const a = prev.row;
  const b = next.row;
  if (a === b) return true;
  if (a.risk.id !== b.risk.id || a.risk.title !== b.risk.title || a.risk.updatedAt !== b.risk.updatedAt) return false;
  return next.areas.every((area) => sameResponses(a.cells[area], b.cells[area]));
}

export const MemoMatrixRow = memo(MatrixRowView, sameRow);
