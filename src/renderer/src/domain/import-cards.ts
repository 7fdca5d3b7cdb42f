/**
 * Writes a confirmed survey import: the new partner organisations it names and its cards, in
 * one change, so one undo takes the whole import back out. Rows come from the preview
 * (src/core/import); nothing is written before the user confirms.
 */
import { newRecord } from '@core/records';
import { SECTOR_IDS } from '@core/catalogue';
import { normaliseText } from '@core/search';
import type { NewOrganisation, PreparedRow } from '@core/import';
import type { CswbDatabase } from '../db/database';
import { change } from '../db/change';
import { nextCardOrder } from './cards';

export interface ImportRequest {
  rows: readonly PreparedRow[];
  organisations: readonly NewOrganisation[];
  sessionId: string | null;
}

export interface ImportResult {
  cards: number;
  partners: number;
}

/** Organisations added by an import get this sector when the file does not say. */
export const DEFAULT_IMPORT_SECTOR = 'community';

export function importCards(db: CswbDatabase, planId: string, request: ImportRequest): Promise<ImportResult> {
  return change(db, planId, 'history.importCards', async (cs) => {
    if (request.sessionId && !(await db.sessions.get(request.sessionId))) throw new Error('The session no longer exists');
    const partners = await db.partners.where('planId').equals(planId).toArray();
    const partnerByName = new Map(partners.map((p) => [normaliseText(p.name), p.id]));
    let created = 0;
    for (const org of request.organisations) {
      const key = normaliseText(org.name);
      // Added meanwhile (another window, or two spellings of one name): reuse it.
      if (partnerByName.has(key)) continue;
      const sector = org.sector && SECTOR_IDS.includes(org.sector) ? org.sector : DEFAULT_IMPORT_SECTOR;
      const p = await cs.put('partners', newRecord('partners', planId, { name: org.name.trim(), sector }));
      partnerByName.set(key, p.id);
      created++;
    }
    let order = await nextCardOrder(db, planId);
    for (const row of request.rows) {
      if (row.problems.length) continue;
      await cs.put(
        'cards',
        newRecord('cards', planId, {
          text: row.text,
          kind: row.kind,
          participantId: row.participantId,
          partnerId: row.partnerId ?? (row.newOrganisation ? (partnerByName.get(normaliseText(row.newOrganisation)) ?? null) : null),
          sector: row.sector,
          sessionId: request.sessionId,
          tags: row.tags,
          order: order++,
        }),
      );
    }
    return { cards: request.rows.filter((r) => !r.problems.length).length, partners: created };
  });
}
