/** Candidate risks: cards grouped under a name, then prioritised. Each function is one undoable change. */
import { newRecord } from '@core/records';
import type { Risk } from '@core/model';
import type { CswbDatabase } from '../db/database';
import { change } from '../db/change';

export type RiskFields = Partial<Omit<Risk, 'id' | 'planId' | 'createdAt' | 'updatedAt'>>;

async function nextOrder(db: CswbDatabase, planId: string): Promise<number> {
  const risks = await db.risks.where('planId').equals(planId).toArray();
  return risks.reduce((max, r) => Math.max(max, r.order), 0) + 1;
}

export const MAX_RISK_TITLE = 200;

export class RiskTitleError extends Error {
  constructor(readonly reason: 'empty' | 'tooLong') {
    super(reason);
  }
}

export function cleanRiskTitle(title: string): string {
  const trimmed = title.trim().replace(/\s+/g, ' ');
  if (!trimmed) throw new RiskTitleError('empty');
  if (trimmed.length > MAX_RISK_TITLE) throw new RiskTitleError('tooLong');
  return trimmed;
}

/**
 * Creates a candidate risk and groups the given cards under it, in one change. Cards taken from
 * another risk make this a split, and the history says so.
 */
export async function createRisk(db: CswbDatabase, planId: string, fields: RiskFields & { title: string }, cardIds: string[] = []): Promise<Risk> {
  const title = cleanRiskTitle(fields.title);
  const cards = (await db.cards.bulkGet(cardIds)).filter((c) => c?.planId === planId);
  const isSplit = cards.some((c) => c?.riskId);
  return change(db, planId, isSplit ? 'history.splitRisk' : 'history.createRisk', async (cs) => {
    const risk = await cs.put('risks', newRecord('risks', planId, { ...fields, title, order: await nextOrder(db, planId) }));
    for (const id of cardIds) await cs.update('cards', id, { riskId: risk.id });
    return risk;
  });
}

export async function updateRisk(db: CswbDatabase, planId: string, id: string, patch: RiskFields): Promise<Risk> {
  const clean = patch.title === undefined ? patch : { ...patch, title: cleanRiskTitle(patch.title) };
  if (clean.categories) clean.categories = [...new Set(clean.categories)];
  return change(db, planId, 'history.editRisk', (cs) => cs.update('risks', id, clean));
}

/**
 * Merges risks into one: their cards, categories, responses and outcomes move to the target, and
 * the merged risks go. Their votes and scores go with them: a merged risk is a new question to
 * vote on, and adding up old ballots could give one person more dots than allowed.
 */
export function mergeRisks(db: CswbDatabase, planId: string, targetId: string, sourceIds: readonly string[]): Promise<Risk> {
  return change(db, planId, 'history.mergeRisks', async (cs) => {
    const target = await cs.get('risks', targetId);
    if (!target || target.planId !== planId) throw new Error(`No risk ${targetId} in this plan`);
    const categories = [...target.categories];
    for (const sourceId of sourceIds) {
      if (sourceId === targetId) continue;
      const source = await cs.get('risks', sourceId);
      if (!source || source.planId !== planId) continue;
      for (const c of source.categories) if (!categories.includes(c)) categories.push(c);
      for (const c of await db.cards.where('riskId').equals(sourceId).toArray()) await cs.update('cards', c.id, { riskId: targetId });
      for (const r of await db.responses.where('riskId').equals(sourceId).toArray()) await cs.update('responses', r.id, { riskId: targetId });
      for (const o of await db.outcomes.where('riskId').equals(sourceId).toArray()) await cs.update('outcomes', o.id, { riskId: targetId });
      for (const v of await db.votes.where('riskId').equals(sourceId).toArray()) await cs.delete('votes', v.id);
      for (const s of await db.scores.where('riskId').equals(sourceId).toArray()) await cs.delete('scores', s.id);
      await cs.delete('risks', sourceId);
    }
    return cs.update('risks', targetId, { categories });
  });
}

/** Moves cards under a risk (or back to ungrouped with `riskId` null). */
export function groupCards(db: CswbDatabase, planId: string, cardIds: string[], riskId: string | null): Promise<void> {
  return change(db, planId, 'history.groupCards', async (cs) => {
    for (const id of cardIds) await cs.update('cards', id, { riskId });
  });
}

/**
 * Deletes a candidate risk. Its cards go back to ungrouped (never lost); its votes, scores,
 * responses and outcomes go with it, and undo brings everything back.
 */
export function deleteRisk(db: CswbDatabase, planId: string, id: string): Promise<void> {
  return change(db, planId, 'history.deleteRisk', async (cs) => {
    for (const c of await db.cards.where('riskId').equals(id).toArray()) await cs.update('cards', c.id, { riskId: null });
    for (const v of await db.votes.where('riskId').equals(id).toArray()) await cs.delete('votes', v.id);
    for (const s of await db.scores.where('riskId').equals(id).toArray()) await cs.delete('scores', s.id);
    const responses = await db.responses.where('riskId').equals(id).toArray();
    const responseIds = new Set(responses.map((r) => r.id));
    for (const o of await db.outcomes.where('planId').equals(planId).toArray()) {
      if (o.riskId === id || (o.responseId && responseIds.has(o.responseId))) await cs.delete('outcomes', o.id);
    }
    for (const r of responses) await cs.delete('responses', r.id);
    await cs.delete('risks', id);
  });
}

/** Marks risks as priorities (or not), recording the decision. */
export function setPriority(
  db: CswbDatabase,
  planId: string,
  riskId: string,
  isPriority: boolean,
  decision: Risk['priorityDecision'] = null,
): Promise<Risk> {
  return change(db, planId, isPriority ? 'history.promoteRisk' : 'history.demoteRisk', (cs) =>
    cs.update('risks', riskId, { isPriority, priorityDecision: isPriority ? decision : null }),
  );
}
