/**
 * Recording a priority decision: when, by which method, who was present. The suggestion for "who
 * was present" is the organisations of the people who voted or scored (the room that decided);
 * the facilitator corrects it. A decision date is a real calendar date (yyyy-mm-dd).
 */
import type { Id, Participant, PriorityDecision, Score, Vote } from '../model';

export const DECISION_METHODS = ['dotVoting', 'weighted', 'hanlon', 'importanceChangeability', 'consensus'] as const;
export type DecisionMethod = (typeof DECISION_METHODS)[number];
export const MAX_DECISION_NOTE = 2000;

/** Organisations of the participants who cast a dot or gave a score, in `partnerOrder`. */
export function suggestedPresentPartners(
  participants: readonly Participant[],
  votes: readonly Vote[],
  scores: readonly Score[],
  partnerOrder: readonly Id[],
): Id[] {
  const active = new Set<Id>([...votes.filter((v) => v.dots > 0).map((v) => v.participantId), ...scores.map((s) => s.raterId)]);
  const present = new Set<Id>();
  for (const p of participants) if (active.has(p.id) && p.partnerId !== null) present.add(p.partnerId);
  // A score given directly by an organisation (rater = partner id) counts that organisation.
  for (const id of active) if (partnerOrder.includes(id)) present.add(id);
  return partnerOrder.filter((id) => present.has(id));
}

export type DecisionProblem = 'badDate' | 'noMethod' | 'noteTooLong';

export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function decisionProblem(decision: PriorityDecision): DecisionProblem | null {
  if (!isCalendarDate(decision.date)) return 'badDate';
  if (decision.method.trim() === '') return 'noMethod';
  if (decision.note.length > MAX_DECISION_NOTE) return 'noteTooLong';
  return null;
}
