/** One card in the capture list: kind, text, who said it, session, tags; edit and delete. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card } from '@core/model';
import type { CaptureData } from './useCaptureData';
import { CardEditor } from './CardEditor';

interface CardItemProps {
  card: Card;
  data: CaptureData;
  editing: boolean;
  focusable: boolean;
  onEdit: (id: string | null) => void;
  onDelete: (card: Card) => void;
  onFocusCard: (id: string) => void;
}

function CardItemView({ card, data, editing, focusable, onEdit, onDelete, onFocusCard }: CardItemProps) {
  const { t } = useTranslation(['capture', 'catalogue', 'common']);
  if (editing) {
    return (
      <li className={`card card-editing kind-${card.kind}`} data-card-id={card.id}>
        <CardEditor card={card} data={data} onClose={() => onEdit(null)} />
      </li>
    );
  }
  const session = card.sessionId ? data.sessionTitle.get(card.sessionId) : null;
  return (
    <li
      className={`card capture-card kind-${card.kind}`}
      data-card-id={card.id}
      tabIndex={focusable ? 0 : -1}
      aria-label={t('capture:cardSummary', { kind: t(`catalogue:cardKind.${card.kind}`), text: card.text, from: data.describeFrom(card) })}
      onFocus={(e) => {
        if (e.target === e.currentTarget) onFocusCard(card.id);
      }}
    >
      <span className="kind-badge">{t(`catalogue:cardKind.${card.kind}`)}</span>
      <div className="card-body">
        <span className="card-text">{card.text}</span>
        <span className="card-meta">
          <span className="card-from">{data.describeFrom(card)}</span>
          {session && <span className="card-session">{session}</span>}
          {card.tags.map((tag) => (
            <span key={tag} className="tag-chip small">
              {data.catalogue.labelOf(tag)}
            </span>
          ))}
        </span>
      </div>
      <div className="card-actions">
        <button type="button" className="quiet small" tabIndex={focusable ? 0 : -1} aria-label={t('capture:editCard', { text: card.text })} onClick={() => onEdit(card.id)}>
          {t('capture:edit')}
        </button>
        <button type="button" className="quiet small" tabIndex={focusable ? 0 : -1} aria-label={t('capture:deleteCard', { text: card.text })} onClick={() => onDelete(card)}>
          {t('common:delete')}
        </button>
      </div>
    </li>
  );
}

/** Re-renders only when this card, its edit state or the lookups change, not when a card is added. */
export const CardItem = memo(
  CardItemView,
  (a, b) =>
    a.card.id === b.card.id &&
    a.card.updatedAt === b.card.updatedAt &&
    a.data === b.data &&
    a.editing === b.editing &&
    a.focusable === b.focusable &&
    a.onEdit === b.onEdit &&
    a.onDelete === b.onDelete &&
    a.onFocusCard === b.onFocusCard,
);
