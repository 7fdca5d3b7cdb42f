/** A drop target cell of the matrix (one priority, one planning area). Empty cells are gaps. */
import { useDroppable } from '@dnd-kit/core';
import type { PlanResponse, PlanningArea, Risk } from '@core/model';
import type { CellTargetData } from './drag-data';
import type { MatrixLabels } from './matrix-labels';
import { ResponseItem } from './ResponseItem';

interface Props {
  risk: Risk;
  area: PlanningArea;
  responses: PlanResponse[];
  /** In the gaps-only view, filled cells only say how many responses they hold. */
  collapsed: boolean;
  partnerName: ReadonlyMap<string, string>;
  labels: MatrixLabels;
  onAdd: (risk: Risk, area: PlanningArea) => void;
  onEdit: (response: PlanResponse) => void;
}

export const cellId = (riskId: string, area: PlanningArea) => `cell:${riskId}:${area}`;

export function MatrixCell({ risk, area, responses, collapsed, partnerName, labels, onAdd, onEdit }: Props) {
  const label = labels.cellName(risk.title, area);
  const data: CellTargetData = { riskId: risk.id, area, label };
  const { setNodeRef, isOver } = useDroppable({ id: cellId(risk.id, area), data });
  const gap = responses.length === 0;
  const classes = [gap ? 'gap' : '', isOver ? 'drop-over' : '', collapsed && !gap ? 'collapsed' : ''].filter(Boolean).join(' ');
  return (
    <td ref={setNodeRef} className={classes || undefined} aria-label={label}>
      {/* A block of its own, so rows below the window are left out of layout and paint until
          scrolled to (content-visibility has no effect on a table cell itself). */}
      <div className="cell-body">
        {gap && <span className="gap-label">{labels.gap}</span>}
        {collapsed && !gap ? (
          <p className="cell-count">{labels.responseCount(responses.length)}</p>
        ) : (
          <ul className="responses">
            {responses.map((r) => (
              <ResponseItem key={r.id} response={r} leadName={r.leadPartnerId ? partnerName.get(r.leadPartnerId) : undefined} labels={labels} onEdit={onEdit} />
            ))}
          </ul>
        )}
        <button type="button" className="quiet small add-response" aria-label={labels.addResponseTo(label)} onClick={() => onAdd(risk, area)}>
          <span aria-hidden="true">+</span> {labels.add}
        </button>
      </div>
    </td>
  );
}
