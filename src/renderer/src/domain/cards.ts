/** Input cards: what partners brought to the room. Each function is one undoable change. */
import Dexie from 'dexie';
import { newRecord } from '@core/records';
import { riskCatalogueIds } from '@core/catalogue';
import type { Card } from '@core/model';
import type { CswbDatabase } from '../db/database';
import { change, type ChangeSet } from '../db/change';
import { deletionOf } from './recently-deleted';

export type CardFields = Partial<Omit<Card, 'id' | 'planId' | 'createdAt' | 'updatedAt'>>;

/** Largest card text accepted: a paragraph, not a document. */
export const MAX_CARD_TEXT = 2000;

export class CardTextError extends Error {
  constructor(readonly reason: 'empty' | 'tooLong') {
    super(reason);
  }
}

export function cleanCardText(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new CardTextError('empty');
  if (trimmed.length > MAX_CARD_TEXT) throw new CardTextError('tooLong');
  return trimmed;
}

/** The order after the last card. Reads keys only: fast with thousands of cards. */
export async function nextCardOrder(db: CswbDatabase, planId: string): Promise<number> {
  const last = await db.cards.where('[planId+order]').between([planId, Dexie.minKey], [planId, Dexie.maxKey]).last();
  return Math.max(0, last?.order ?? 0) + 1;
}

export async function addCard(db: CswbDatabase, planId: string, fields: CardFields & { text: string }): Promise<Card> {
  const text = cleanCardText(fields.text);
  return change(db, planId, 'history.addCard', async (cs) =>
    cs.put('cards', newRecord('cards', planId, { ...fields, text, tags: [...new Set(fields.tags ?? [])], order: await nextCardOrder(db, planId) })),
  );
}

export async function updateCard(db: CswbDatabase, planId: string, id: string, patch: CardFields): Promise<Card> {
  const clean = patch.text === undefined ? patch : { ...patch, text: cleanCardText(patch.text) };
  return change(db, planId, 'history.editCard', (cs) => cs.update('cards', id, clean));
}

async function unlinkResponses(db: CswbDatabase, cs: ChangeSet, planId: string, ids: Set<string>): Promise<void> {
  for (const r of await db.responses.where('planId').equals(planId).toArray()) {
    if (r.sourceCardId && ids.has(r.sourceCardId)) await cs.update('responses', r.id, { sourceCardId: null });
  }
}

export function deleteCard(db: CswbDatabase, planId: string, id: string): Promise<void> {
  return change(db, planId, 'history.deleteCard', async (cs) => {
    await unlinkResponses(db, cs, planId, new Set([id]));
    await cs.delete('cards', id);
  });
}

/** Deletes several cards as one change (one undo brings them all back). */
export function deleteCards(db: CswbDatabase, planId: string, ids: readonly string[]): Promise<void> {
  return change(db, planId, 'history.deleteCards', async (cs) => {
    await unlinkResponses(db, cs, planId, new Set(ids));
    for (const id of ids) await cs.delete('cards', id);
  });
}

/**
 * Brings a deleted card back from the history. Links to things deleted since (its risk, person,
 * organisation, session, a user-defined tag) are dropped rather than left dangling.
 */
export function restoreCard(db: CswbDatabase, planId: string, seq: number, id: string): Promise<Card | null> {
  return change(db, planId, 'history.restoreCard', async (cs) => {
    const found = await deletionOf(db, seq, 'cards', id);
    if (!found || found.entry.planId !== planId || (await db.cards.get(id))) return null;
    const card = found.record;
    const exists = async (table: 'risks' | 'participants' | 'partners' | 'sessions', ref: string | null) => !!ref && !!(await db[table].get(ref));
    const known = new Set([...riskCatalogueIds(), ...(await db.catalogueEntries.where('planId').equals(planId).primaryKeys())]);
    const restored: Card = {
      ...card,
      riskId: (await exists('risks', card.riskId)) ? card.riskId : null,
      participantId: (await exists('participants', card.participantId)) ? card.participantId : null,
      partnerId: (await exists('partners', card.partnerId)) ? card.partnerId : null,
      sessionId: (await exists('sessions', card.sessionId)) ? card.sessionId : null,
      tags: card.tags.filter((t) => known.has(t)),
      updatedAt: cs.now,
    };
    return cs.put('cards', restored);
  });
}
