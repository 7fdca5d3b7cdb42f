/**
 * The cards, newest first, a page at a time (a plan can hold thousands; a page keeps typing and
 * filtering instant). One card is in the Tab order; arrows move between cards, Enter or F2 edits
 * in place, Delete deletes (with Undo in the message). The parent keys this component by its
 * filter, so a new search starts again at the first page.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card } from '@core/model';
import { db } from '../../db/database';
import { deleteCard } from '../../domain/cards';
import { useAnnouncer } from '../../components/Announcer';
import { useUndoAction } from '../../components/useUndoAction';
import { useFormat } from '../../hooks/useFormat';
import { CardItem } from './CardItem';
import type { CaptureData } from './useCaptureData';

export const PAGE_SIZE = 100;

export function CardList({ planId, cards, data, label }: { planId: string; cards: Card[]; data: CaptureData; label: string }) {
  const { t } = useTranslation(['capture', 'common']);
  const { announce } = useAnnouncer();
  const undoAction = useUndoAction();
  const { number } = useFormat();
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const shown = cards.slice(0, limit);
  const active = shown.some((c) => c.id === activeId) ? activeId : (shown[0]?.id ?? null);

  const focusCard = (id: string | undefined) => {
    if (!id) return;
    setActiveId(id);
    listRef.current?.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(id)}"]`)?.focus();
  };

  const lastEdited = useRef<string | null>(null);
  const onEdit = useCallback((id: string | null) => {
    if (id) lastEdited.current = id;
    setEditingId(id);
  }, []);

  // Closing the editor: focus the card again once it is back in the list.
  useEffect(() => {
    const id = lastEdited.current;
    if (editingId !== null || !id) return;
    lastEdited.current = null;
    setActiveId(id);
    listRef.current?.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(id)}"]`)?.focus();
  }, [editingId]);

  const onDelete = useCallback(
    (card: Card) => {
      void deleteCard(db, planId, card.id).then(() =>
        announce(t('capture:cardDeletedNamed', { text: card.text }), {
          action: undoAction(planId),
        }),
      );
    },
    [announce, planId, t, undoAction],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const li = (e.target as HTMLElement).closest<HTMLElement>('[data-card-id]');
    if (!li || e.target !== li || editingId) return;
    const index = shown.findIndex((c) => c.id === li.dataset.cardId);
    const card = shown[index];
    if (!card) return;
    const go = (i: number) => {
      e.preventDefault();
      focusCard(shown[Math.max(0, Math.min(shown.length - 1, i))]?.id);
    };
    if (e.key === 'ArrowDown') go(index + 1);
    else if (e.key === 'ArrowUp') go(index - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(shown.length - 1);
    else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      onEdit(card.id);
    } else if (e.key === 'Delete') {
      e.preventDefault();
      const next = shown[index + 1] ?? shown[index - 1];
      onDelete(card);
      if (next) requestAnimationFrame(() => focusCard(next.id));
    }
  };

  return (
    <>
      <ul ref={listRef} className="card-list capture-list" aria-label={label} aria-describedby="card-list-keys" onKeyDown={onKeyDown}>
        {shown.map((c) => (
          <CardItem
            key={c.id}
            card={c}
            data={data}
            editing={editingId === c.id}
            focusable={active === c.id}
            onEdit={onEdit}
            onDelete={onDelete}
            onFocusCard={setActiveId}
          />
        ))}
      </ul>
      <p id="card-list-keys" className="visually-hidden">
        {t('capture:listKeysHint')}
      </p>
      {cards.length > shown.length && (
        <div className="show-more">
          <span>{t('capture:showingOf', { shown: number(shown.length), total: number(cards.length) })}</span>
          <button type="button" onClick={() => setLimit((l) => l + PAGE_SIZE)}>
            {t('capture:showMore', { count: Math.min(PAGE_SIZE, cards.length - shown.length) })}
          </button>
        </div>
      )}
    </>
  );
}
