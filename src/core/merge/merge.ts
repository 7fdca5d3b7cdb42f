/**
 * mergeSnapshots: combines two copies of the same plan captured on two laptops. Pure and
 * deterministic: the same inputs always give the same plan, and swapping the two sides gives the
 * same plan too. The rules are documented in docs/merge-rules.md; in short:
 *
 * - a record on one side only is kept (with a base: unless the other side deleted it unchanged);
 * - a record on both sides is merged field by field: a field changed on one side only (against
 *   the base) takes that change; a field that differs otherwise takes the value of the side whose
 *   record was updated last (ties: the larger canonical JSON), and is reported as a conflict;
 * - one vote per participant, risk and round, and one score per rater, risk and criterion;
 * - the result goes through the plan-file repair, so references to deleted records are fixed.
 */
import { RECORD_TABLES, type Plan, type PlanSnapshot, type RecordTable, type RecordTypes, type Vote } from '../model';
import { decodePlanFile, encodePlanFile } from '../plan-file';
import { validateBallot } from '../scoring/dots';
import { compareCanonical, sameValue } from './canonical';
import type { MergeConflict, MergeCounts, MergeNote, MergeReport, MergeResult, MergeTable, Side } from './types';

type AnyRecord = { id: string; updatedAt: string } & Record<string, unknown>;

export interface MergeOptions {
  /** The copy both sides started from (e.g. the file copied to the second laptop). */
  base?: PlanSnapshot | null;
}

export function mergeSnapshots(ours: PlanSnapshot, theirs: PlanSnapshot, options: MergeOptions = {}): MergeResult {
  const base = options.base ?? null;
  if (ours.plan.id !== theirs.plan.id) return { ok: false, error: { kind: 'differentPlans', ours: ours.plan.id, theirs: theirs.plan.id } };
  if (base && base.plan.id !== ours.plan.id) return { ok: false, error: { kind: 'baseOfAnotherPlan', base: base.plan.id, plan: ours.plan.id } };

  const conflicts: MergeConflict[] = [];
  const notes: MergeNote[] = [];
  const planMerge = mergeRecord('plan', base?.plan as unknown as AnyRecord | undefined, ours.plan as unknown as AnyRecord, theirs.plan as unknown as AnyRecord);
  if (planMerge.conflict) conflicts.push(planMerge.conflict);
  const merged = { plan: planMerge.value as unknown as Plan } as PlanSnapshot;
  const counts = {} as Record<RecordTable, MergeCounts>;

  for (const table of RECORD_TABLES) {
    const result = mergeTable(table, base?.[table], ours[table], theirs[table]);
    conflicts.push(...result.conflicts);
    notes.push(...result.notes);
    counts[table] = result.counts;
    (merged as Record<RecordTable, unknown[]>)[table] = result.records;
  }
  dedupeBallots(merged, 'votes', (v) => `${v.participantId}\u0000${v.riskId}\u0000${v.round}`, notes);
  dedupeBallots(merged, 'scores', (s) => `${s.raterId}\u0000${s.riskId}\u0000${s.criterionId}`, notes);

  // The codec's repair settles what the rules above cannot see: a card under a risk the other
  // laptop deleted, a response whose lead partner is gone...
  const decoded = decodePlanFile(encodePlanFile(merged, { appVersion: 'merge', savedAt: merged.plan.updatedAt }));
  if (!decoded.ok) throw new Error(`The merged plan did not decode: ${JSON.stringify(decoded.error)}`);
  const snapshot = decoded.snapshot;
  notes.push(...ballotNotes(snapshot));
  for (const table of RECORD_TABLES) counts[table].total = snapshot[table].length;
  const report: MergeReport = { counts, conflicts, notes, repairs: decoded.repairs, threeWay: base !== null };
  return { ok: true, snapshot, report };
}

function mergeTable<T extends RecordTable>(
  table: T,
  baseRecords: readonly RecordTypes[T][] | undefined,
  oursRecords: readonly RecordTypes[T][],
  theirsRecords: readonly RecordTypes[T][],
): { records: RecordTypes[T][]; counts: MergeCounts; conflicts: MergeConflict[]; notes: MergeNote[] } {
  const index = (records: readonly RecordTypes[T][] | undefined) => new Map((records ?? []).map((r) => [r.id, r as unknown as AnyRecord]));
  const base = index(baseRecords);
  const ours = index(oursRecords);
  const theirs = index(theirsRecords);
  const ids = [...new Set([...ours.keys(), ...theirs.keys()])].sort();
  const counts: MergeCounts = { total: 0, onlyOurs: 0, onlyTheirs: 0, same: 0, merged: 0, deleted: 0 };
  const conflicts: MergeConflict[] = [];
  const notes: MergeNote[] = [];
  const records: AnyRecord[] = [];

  for (const id of ids) {
    const o = ours.get(id);
    const t = theirs.get(id);
    const b = base.get(id);
    if (o && t) {
      if (sameValue(o, t)) {
        counts.same += 1;
        records.push(o);
        continue;
      }
      const result = mergeRecord(table, b, o, t);
      if (result.conflict) conflicts.push(result.conflict);
      counts.merged += 1;
      records.push(result.value);
      continue;
    }
    const present = (o ?? t)!;
    const side: Side = o ? 'ours' : 'theirs';
    if (b) {
      if (sameValue(present, b)) {
        counts.deleted += 1;
        notes.push({ code: 'deleted', table, id, by: other(side) });
        continue;
      }
      notes.push({ code: 'keptEdited', table, id, editedBy: side });
    }
    if (side === 'ours') counts.onlyOurs += 1;
    else counts.onlyTheirs += 1;
    records.push(present);
  }
  return { records: records as unknown as RecordTypes[T][], counts, conflicts, notes };
}

/** Field-by-field merge of one record present on both sides. */
function mergeRecord(table: MergeTable, base: AnyRecord | undefined, ours: AnyRecord, theirs: AnyRecord): { value: AnyRecord; conflict: MergeConflict | null } {
  const newer = newerSide(ours, theirs);
  const value: AnyRecord = { ...ours };
  const fields: MergeConflict['fields'] = [];
  const keys = [...new Set([...Object.keys(ours), ...Object.keys(theirs)])].filter((k) => k !== 'updatedAt').sort();
  for (const key of keys) {
    const o = ours[key];
    const t = theirs[key];
    if (sameValue(o, t)) continue;
    if (base && sameValue(base[key], o)) value[key] = t;
    else if (base && sameValue(base[key], t)) value[key] = o;
    else {
      value[key] = newer === 'ours' ? o : t;
      fields.push({ field: key, winner: newer });
    }
  }
  value.updatedAt = newer === 'ours' ? ours.updatedAt : theirs.updatedAt;
  return { value, conflict: fields.length > 0 ? { table, id: ours.id, fields } : null };
}

/** The side updated last; equal times fall back to the larger canonical JSON, so order never matters. */
function newerSide(ours: AnyRecord, theirs: AnyRecord): Side {
  const a = Date.parse(ours.updatedAt);
  const b = Date.parse(theirs.updatedAt);
  if (a !== b && !Number.isNaN(a) && !Number.isNaN(b)) return a > b ? 'ours' : 'theirs';
  return compareCanonical(ours, theirs) >= 0 ? 'ours' : 'theirs';
}

function other(side: Side): Side {
  return side === 'ours' ? 'theirs' : 'ours';
}

/** One vote per participant, risk and round (one score per rater, risk, criterion): the latest wins. */
function dedupeBallots<T extends 'votes' | 'scores'>(snapshot: PlanSnapshot, table: T, keyOf: (r: RecordTypes[T]) => string, notes: MergeNote[]): void {
  const records = snapshot[table] as RecordTypes[T][];
  const kept = new Map<string, RecordTypes[T]>();
  for (const record of records) {
    const key = keyOf(record);
    const previous = kept.get(key);
    if (!previous) {
      kept.set(key, record);
      continue;
    }
    const winner = newerSide(record as unknown as AnyRecord, previous as unknown as AnyRecord) === 'ours' ? record : previous;
    const loser = winner === record ? previous : record;
    kept.set(key, winner);
    notes.push({ code: 'duplicateBallot', table, keptId: winner.id, droppedId: loser.id });
  }
  const keep = new Set([...kept.values()].map((r) => r.id));
  (snapshot as Record<RecordTable, unknown[]>)[table] = records.filter((r) => keep.has(r.id));
}

/** Ballots of the current round that break the voting rules once both laptops' votes are together. */
function ballotNotes(snapshot: PlanSnapshot): MergeNote[] {
  const byParticipant = new Map<string, Vote[]>();
  for (const vote of snapshot.votes) byParticipant.set(vote.participantId, [...(byParticipant.get(vote.participantId) ?? []), vote]);
  const notes: MergeNote[] = [];
  for (const participantId of [...byParticipant.keys()].sort()) {
    for (const problem of validateBallot(byParticipant.get(participantId)!, snapshot.plan.voting)) {
      if (problem.code === 'overAllowance') {
        notes.push({ code: 'ballotOverAllowance', participantId, round: snapshot.plan.voting.round, dots: problem.dots, allowed: problem.allowed });
      }
    }
  }
  return notes;
}
