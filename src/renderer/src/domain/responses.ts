/** Responses in the risk-to-response matrix. Each function is one undoable change. */
import { newRecord } from '@core/records';
import type { PlanResponse, PlanningArea } from '@core/model';
import type { CswbDatabase } from '../db/database';
import { change } from '../db/change';

export type ResponseFields = Partial<Omit<PlanResponse, 'id' | 'planId' | 'createdAt' | 'updatedAt'>>;

export function addResponse(
  db: CswbDatabase,
  planId: string,
  fields: ResponseFields & { riskId: string; area: PlanningArea; title: string },
): Promise<PlanResponse> {
  return change(db, planId, 'history.addResponse', async (cs) => {
    const inCell = (await db.responses.where('riskId').equals(fields.riskId).toArray()).filter((r) => r.area === fields.area);
    const order = inCell.reduce((max, r) => Math.max(max, r.order), 0) + 1;
    return cs.put('responses', newRecord('responses', planId, { ...fields, title: fields.title.trim(), order }));
  });
}

export function updateResponse(db: CswbDatabase, planId: string, id: string, patch: ResponseFields): Promise<PlanResponse> {
  return change(db, planId, 'history.editResponse', (cs) => cs.update('responses', id, patch));
}

export function deleteResponse(db: CswbDatabase, planId: string, id: string): Promise<void> {
  return change(db, planId, 'history.deleteResponse', async (cs) => {
    for (const o of await db.outcomes.where('responseId').equals(id).toArray()) await cs.delete('outcomes', o.id);
    await cs.delete('responses', id);
  });
}
