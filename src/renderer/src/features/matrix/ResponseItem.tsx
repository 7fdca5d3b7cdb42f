/** One response in a matrix cell: a drag handle (pointer or keyboard), its title (opens the editor), type, lead and status. */
import { memo } from 'react';
import { useDraggable } from '@dnd-kit/core';
import type { PlanResponse } from '@core/model';
import type { DragSource } from './drag-data';
import type { MatrixLabels } from './matrix-labels';

interface Props {
  response: PlanResponse;
  leadName: string | undefined;
  labels: MatrixLabels;
  onEdit: (response: PlanResponse) => void;
}

export const ResponseItem = memo(function ResponseItem({ response, leadName, labels, onEdit }: Props) {
  const source: DragSource = { kind: 'response', response };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: `response:${response.id}`,
    data: source,
    attributes: { roleDescription: labels.draggable },
  });
  return (
    <li ref={setNodeRef} className={`response type-${response.type}${isDragging ? ' is-dragging' : ''}`}>
      <button type="button" className="drag-handle" {...attributes} {...listeners} aria-label={labels.dragResponse(response.title)}>
        <span aria-hidden="true">⠿</span>
      </button>
      <div className="response-body">
        <button type="button" className="response-title" onClick={() => onEdit(response)} aria-label={labels.editResponse(response.title)}>
          {response.title}
        </button>
        <span className="response-meta">
          <span className={`type-badge type-${response.type}`}>{labels.type[response.type]}</span>
          {leadName ? <span>{leadName}</span> : <span className="no-lead">{labels.noLead}</span>}
        </span>
        <span className={`status-chip status-${response.status}`}>{labels.status[response.status]}</span>
      </div>
    </li>
  );
});

/** What follows the pointer (or the keyboard) while a response or an asset is dragged. */
export function DragPreview({ title }: { title: string }) {
  return <div className="drag-preview">{title}</div>;
}
