/** Responses in the risk-to-response matrix. Each function is one undoable change. */
import { newRecord } from '@core/records';
import type { PlanResponse, PlanningArea } from '@core/model';
import { MAX_RESPONSE_TITLE, placeResponse, responseFromAsset, type CellTarget } from '@core/matrix';
import type { CswbDatabase } from '../db/database';
import { change, type ChangeSet } from '../db/change';

export type ResponseFields = Partial<Omit<PlanResponse, 'id' | 'planId' | 'createdAt' | 'updatedAt'>>;

/** A response needs a name a room can read; refused before anything is written. */
export class ResponseTitleError extends Error {
  constructor(readonly reason: 'empty' | 'tooLong') {
    super(reason === 'empty' ? 'A response needs a title' : `A response title has at most ${MAX_RESPONSE_TITLE} characters`);
  }
}

function checkedTitle(title: string): string {
  const trimmed = title.trim();
  if (!trimmed) throw new ResponseTitleError('empty');
  if (trimmed.length > MAX_RESPONSE_TITLE) throw new ResponseTitleError('tooLong');
  return trimmed;
}

async function lastOrderIn(db: CswbDatabase, riskId: string, area: PlanningArea, except?: string): Promise<number> {
  const inCell = (await db.responses.where('riskId').equals(riskId).toArray()).filter((r) => r.area === area && r.id !== except);
  return inCell.reduce((max, r) => Math.max(max, r.order), -1) + 1;
}

async function requireRisk(cs: ChangeSet, riskId: string): Promise<void> {
  if (!(await cs.get('risks', riskId))) throw new Error(`No risk ${riskId} in this plan`);
}

export async function addResponse(
  db: CswbDatabase,
  planId: string,
  fields: ResponseFields & { riskId: string; area: PlanningArea; title: string },
): Promise<PlanResponse> {
  const title = checkedTitle(fields.title);
  return change(db, planId, 'history.addResponse', async (cs) => {
    await requireRisk(cs, fields.riskId);
    const order = await lastOrderIn(db, fields.riskId, fields.area);
    return cs.put('responses', newRecord('responses', planId, { ...fields, title, order }));
  });
}

/** Edits a response; a new priority or area puts it last in its new cell. */
export async function updateResponse(db: CswbDatabase, planId: string, id: string, patch: ResponseFields): Promise<PlanResponse> {
  const checked = patch.title === undefined ? patch : { ...patch, title: checkedTitle(patch.title) };
  return change(db, planId, 'history.editResponse', async (cs) => {
    const before = await cs.get('responses', id);
    if (!before) throw new Error(`No response ${id}`);
    const riskId = checked.riskId ?? before.riskId;
    const area = checked.area ?? before.area;
    if (riskId === before.riskId && area === before.area) return cs.update('responses', id, checked);
    await requireRisk(cs, riskId);
    return cs.update('responses', id, { ...checked, order: await lastOrderIn(db, riskId, area, id) });
  });
}

export function deleteResponse(db: CswbDatabase, planId: string, id: string): Promise<void> {
  return change(db, planId, 'history.deleteResponse', async (cs) => {
    for (const o of await db.outcomes.where('responseId').equals(id).toArray()) await cs.delete('outcomes', o.id);
    await cs.delete('responses', id);
  });
}

/**
 * Moves a response to a cell (drag and drop, or the keyboard). Returns false when it was already
 * there, in which case nothing is written and no undo step is added.
 */
export function moveResponse(db: CswbDatabase, planId: string, id: string, target: CellTarget): Promise<boolean> {
  return change(db, planId, 'history.moveResponse', async (cs) => {
    await requireRisk(cs, target.riskId);
    const all = await db.responses.where('planId').equals(planId).toArray();
    const placements = placeResponse(all, id, target);
    for (const p of placements) await cs.update('responses', p.id, { riskId: p.riskId, area: p.area, order: p.order });
    return placements.length > 0;
  });
}

/** An asset card becomes an existing response in a cell, in one step (see responseFromAsset). */
export function addResponseFromAsset(
  db: CswbDatabase,
  planId: string,
  cardId: string,
  target: { riskId: string; area: PlanningArea },
  overrides: Pick<ResponseFields, 'type'> = {},
): Promise<PlanResponse> {
  return change(db, planId, 'history.assetToResponse', async (cs) => {
    const card = await cs.get('cards', cardId);
    if (!card || card.planId !== planId || card.kind !== 'asset') throw new Error(`No asset card ${cardId}`);
    await requireRisk(cs, target.riskId);
    const order = await lastOrderIn(db, target.riskId, target.area);
    return cs.put('responses', newRecord('responses', planId, { ...responseFromAsset(card, target), ...overrides, order }));
  });
}
