/** Input cards: what partners brought to the room. Each function is one undoable change. */
import { newRecord } from '@core/records';
import type { Card } from '@core/model';
import type { CswbDatabase } from '../db/database';
import { change } from '../db/change';

export type CardFields = Partial<Omit<Card, 'id' | 'planId' | 'createdAt' | 'updatedAt'>>;

/** Largest card text accepted: a paragraph, not a document. */
export const MAX_CARD_TEXT = 2000;

export class CardTextError extends Error {
  constructor(readonly reason: 'empty' | 'tooLong') {
    super(reason);
  }
}

function cleanText(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new CardTextError('empty');
  if (trimmed.length > MAX_CARD_TEXT) throw new CardTextError('tooLong');
  return trimmed;
}

async function nextOrder(db: CswbDatabase, planId: string): Promise<number> {
  const last = await db.cards.where('planId').equals(planId).reverse().sortBy('order');
  return (last[0]?.order ?? 0) + 1;
}

export function addCard(db: CswbDatabase, planId: string, fields: CardFields & { text: string }): Promise<Card> {
  return change(db, planId, 'history.addCard', async (cs) =>
    cs.put('cards', newRecord('cards', planId, { ...fields, text: cleanText(fields.text), order: await nextOrder(db, planId) })),
  );
}

export function updateCard(db: CswbDatabase, planId: string, id: string, patch: CardFields): Promise<Card> {
  const clean = patch.text === undefined ? patch : { ...patch, text: cleanText(patch.text) };
  return change(db, planId, 'history.editCard', (cs) => cs.update('cards', id, clean));
}

export function deleteCard(db: CswbDatabase, planId: string, id: string): Promise<void> {
  return change(db, planId, 'history.deleteCard', async (cs) => {
    for (const r of await db.responses.where('planId').equals(planId).toArray()) {
      if (r.sourceCardId === id) await cs.update('responses', r.id, { sourceCardId: null });
    }
    await cs.delete('cards', id);
  });
}
