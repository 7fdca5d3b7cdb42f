/** Outcomes and their measures. Each function is one undoable change; bad entries write nothing. */
import { newRecord } from '@core/records';
import type { Outcome } from '@core/model';
import { normalizeOutcome, validateOutcome, type OutcomeDraft, type OutcomeProblem } from '@core/outcomes';
import type { CswbDatabase } from '../db/database';
import { change, type ChangeSet } from '../db/change';

export type { OutcomeDraft, OutcomeProblem };

/** Refused entry: one problem per field, for the form to show next to each field. */
export class OutcomeError extends Error {
  constructor(readonly problems: OutcomeProblem[]) {
    super(`Outcome refused: ${problems.map((p) => `${p.field} ${p.code}`).join(', ')}`);
  }
}

async function checked(cs: ChangeSet, draft: OutcomeDraft): Promise<OutcomeDraft> {
  const problems = validateOutcome(draft);
  // The priority or response it measures must still exist (another window may have deleted it).
  const subjectExists = draft.responseId ? await cs.get('responses', draft.responseId) : draft.riskId ? await cs.get('risks', draft.riskId) : null;
  if (problems.length === 0 && !subjectExists) problems.push({ field: 'riskId', code: 'noSubject' });
  if (problems.length > 0) throw new OutcomeError(problems);
  return normalizeOutcome(draft);
}

export function addOutcome(db: CswbDatabase, planId: string, draft: OutcomeDraft): Promise<Outcome> {
  return change(db, planId, 'history.addOutcome', async (cs) => cs.put('outcomes', newRecord('outcomes', planId, await checked(cs, draft))));
}

export function updateOutcome(db: CswbDatabase, planId: string, id: string, draft: OutcomeDraft): Promise<Outcome> {
  return change(db, planId, 'history.editOutcome', async (cs) => cs.update('outcomes', id, await checked(cs, draft)));
}

export function deleteOutcome(db: CswbDatabase, planId: string, id: string): Promise<void> {
  return change(db, planId, 'history.deleteOutcome', (cs) => cs.delete('outcomes', id));
}
