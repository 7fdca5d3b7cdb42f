/** What a merge returns: the merged plan and a report of every decision it took. */
import type { PlanSnapshot, RecordTable } from '../model';
import type { PlanFileRepair } from '../plan-file';

export type Side = 'ours' | 'theirs';
export type MergeTable = RecordTable | 'plan';

/** A record (or the plan) edited on both sides in different ways. */
export interface MergeConflict {
  table: MergeTable;
  id: string;
  /** Fields whose values differed; the winning side's value was kept for each. */
  fields: { field: string; winner: Side }[];
}

export type MergeNote =
  /** Present on one side only and in the base: the other side deleted it. */
  | { code: 'deleted'; table: RecordTable; id: string; by: Side }
  /** Deleted on one side, edited on the other: the edit is kept. */
  | { code: 'keptEdited'; table: RecordTable; id: string; editedBy: Side }
  /** Two votes (or scores) for the same participant, risk and round (or rater, risk, criterion). */
  | { code: 'duplicateBallot'; table: 'votes' | 'scores'; keptId: string; droppedId: string }
  /** A participant's merged ballot breaks the voting rules; it is kept for the facilitator to fix. */
  | { code: 'ballotOverAllowance'; participantId: string; round: number; dots: number; allowed: number };

export interface MergeCounts {
  /** Records in the merged plan. */
  total: number;
  onlyOurs: number;
  onlyTheirs: number;
  /** In both, identical. */
  same: number;
  /** In both, different (resolved by the rules). */
  merged: number;
  deleted: number;
}

export interface MergeReport {
  counts: Record<RecordTable, MergeCounts>;
  conflicts: MergeConflict[];
  notes: MergeNote[];
  /** What the plan-file repair changed in the merged plan (dangling references after deletions...). */
  repairs: PlanFileRepair[];
  /** Whether a common ancestor was given (three-way merge: deletions are carried over). */
  threeWay: boolean;
}

export type MergeResult =
  | { ok: true; snapshot: PlanSnapshot; report: MergeReport }
  | { ok: false; error: { kind: 'differentPlans'; ours: string; theirs: string } | { kind: 'baseOfAnotherPlan'; base: string; plan: string } };
