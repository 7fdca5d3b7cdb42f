/**
 * The plan's own risk-catalogue entries (beyond the built-in situation-table list), with labels
 * in English and French. Each function is one undoable change.
 */
import { newRecord } from '@core/records';
import { RISK_CATEGORIES } from '@core/catalogue';
import { normaliseText } from '@core/search';
import type { CatalogueEntry } from '@core/model';
import type { CswbDatabase } from '../db/database';
import { change } from '../db/change';

export class CatalogueEntryError extends Error {
  constructor(readonly reason: 'emptyLabel' | 'labelTooLong' | 'duplicateLabel' | 'unknownCategory') {
    super(reason);
  }
}

export interface CatalogueEntryFields {
  labelEn: string;
  labelFr: string;
  parentCategory: string | null;
}

function clean(fields: CatalogueEntryFields): CatalogueEntryFields {
  const labelEn = fields.labelEn.trim();
  const labelFr = fields.labelFr.trim();
  // One language is enough to start: the other label falls back to it until someone translates.
  if (!labelEn && !labelFr) throw new CatalogueEntryError('emptyLabel');
  if (labelEn.length > 120 || labelFr.length > 120) throw new CatalogueEntryError('labelTooLong');
  if (fields.parentCategory && !RISK_CATEGORIES.some((c) => c.id === fields.parentCategory)) throw new CatalogueEntryError('unknownCategory');
  return { labelEn: labelEn || labelFr, labelFr: labelFr || labelEn, parentCategory: fields.parentCategory };
}

async function checkUnique(db: CswbDatabase, planId: string, f: CatalogueEntryFields, exceptId?: string): Promise<void> {
  const mine = new Set([normaliseText(f.labelEn), normaliseText(f.labelFr)]);
  const all = await db.catalogueEntries.where('planId').equals(planId).toArray();
  if (all.some((e) => e.id !== exceptId && (mine.has(normaliseText(e.labelEn)) || mine.has(normaliseText(e.labelFr))))) {
    throw new CatalogueEntryError('duplicateLabel');
  }
}

export async function addCatalogueEntry(db: CswbDatabase, planId: string, fields: CatalogueEntryFields): Promise<CatalogueEntry> {
  const c = clean(fields);
  return change(db, planId, 'history.addCatalogueEntry', async (cs) => {
    await checkUnique(db, planId, c);
    return cs.put('catalogueEntries', newRecord('catalogueEntries', planId, c));
  });
}

export async function updateCatalogueEntry(db: CswbDatabase, planId: string, id: string, fields: CatalogueEntryFields): Promise<CatalogueEntry> {
  const c = clean(fields);
  return change(db, planId, 'history.editCatalogueEntry', async (cs) => {
    await checkUnique(db, planId, c, id);
    return cs.update('catalogueEntries', id, c);
  });
}

/** Deletes an entry and takes it off every card and risk that used it (undo puts it back everywhere). */
export function deleteCatalogueEntry(db: CswbDatabase, planId: string, id: string): Promise<void> {
  return change(db, planId, 'history.deleteCatalogueEntry', async (cs) => {
    for (const card of await db.cards.where('planId').equals(planId).toArray()) {
      if (card.tags.includes(id)) await cs.update('cards', card.id, { tags: card.tags.filter((t) => t !== id) });
    }
    for (const risk of await db.risks.where('planId').equals(planId).toArray()) {
      if (risk.categories.includes(id)) await cs.update('risks', risk.id, { categories: risk.categories.filter((t) => t !== id) });
    }
    await cs.delete('catalogueEntries', id);
  });
}
