/**
 * A card on the grouping board: a checkbox to select it (its name is the card's text), a drag
 * handle, who said it. Digits 1 to 9 pressed on the card move the selection (or this card) to the
 * risk of that number; 0 sends it back to "not grouped".
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraggable } from '@dnd-kit/core';
import type { Card } from '@core/model';

interface GroupCardProps {
  card: Card;
  from: string;
  selected: boolean;
  dimmed: boolean;
  onToggle: (id: string) => void;
}

function GroupCardView({ card, from, selected, dimmed, onToggle }: GroupCardProps) {
  const { t } = useTranslation(['risks', 'catalogue']);
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: card.id });
  return (
    <li
      ref={setNodeRef}
      className={`card group-card kind-${card.kind}${selected ? ' selected' : ''}${isDragging || dimmed ? ' dragging' : ''}`}
      data-card-id={card.id}
    >
      <button
        type="button"
        className="drag-handle"
        {...attributes}
        {...listeners}
        aria-label={t('risks:dragCard', { text: card.text })}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <div className="group-card-body">
        <label className="card-select">
          <input type="checkbox" checked={selected} onChange={() => onToggle(card.id)} aria-describedby="grouping-keys" />
          <span className="kind-badge">{t(`catalogue:cardKind.${card.kind}`)}</span>
          <span className="card-text">{card.text}</span>
        </label>
        <span className="card-from">{from}</span>
      </div>
    </li>
  );
}

export const GroupCard = memo(
  GroupCardView,
  (a, b) => a.card.id === b.card.id && a.card.updatedAt === b.card.updatedAt && a.from === b.from && a.selected === b.selected && a.dimmed === b.dimmed && a.onToggle === b.onToggle,
);
