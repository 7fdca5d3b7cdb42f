/** One response in a matrix cell: a drag handle (pointer or keyboard), its title (opens the editor), type, lead and status. */
import { useDraggable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { PlanResponse } from '@core/model';
import type { DragSource } from './drag-data';

interface Props {
  response: PlanResponse;
  leadName: string | undefined;
  onEdit: () => void;
}

export function ResponseItem({ response, leadName, onEdit }: Props) {
  const { t } = useTranslation(['matrix', 'catalogue']);
  const source: DragSource = { kind: 'response', response };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: `response:${response.id}`,
    data: source,
    attributes: { roleDescription: t('matrix:draggable') },
  });
  return (
    <li ref={setNodeRef} className={`response type-${response.type}${isDragging ? ' is-dragging' : ''}`}>
      <button type="button" className="drag-handle" {...attributes} {...listeners} aria-label={t('matrix:dragResponse', { title: response.title })}>
        <span aria-hidden="true">⠿</span>
      </button>
      <div className="response-body">
        <button type="button" className="response-title" onClick={onEdit} aria-label={t('matrix:editResponse', { title: response.title })}>
          {response.title}
        </button>
        <span className="response-meta">
          <span className={`type-badge type-${response.type}`}>{t(`catalogue:responseType.${response.type}`)}</span>
          {leadName ? <span>{leadName}</span> : <span className="no-lead">{t('matrix:noLead')}</span>}
        </span>
        <span className={`status-chip status-${response.status}`}>{t(`catalogue:responseStatus.${response.status}`)}</span>
      </div>
    </li>
  );
}

/** What follows the pointer (or the keyboard) while a response or an asset is dragged. */
export function DragPreview({ title }: { title: string }) {
  return <div className="drag-preview">{title}</div>;
}
