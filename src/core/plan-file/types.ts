/** Public result and error types of the plan-file codec. The UI maps `PlanFileError.kind` to messages. */
import type { PlanSnapshot } from '../model';

/** Why a file could not be read. `path` uses dots and brackets: "records.cards[3].kind". */
export interface PlanFileProblem {
  path: string;
  message: string;
}

/**
 * A change made while reading a damaged or hand-edited file. Known codes:
 * - `defaulted`: a missing or invalid field was replaced by its default;
 * - `droppedValue`: entries of a list field that were not valid were removed;
 * - `duplicateId`: a record reused an id already taken in its table and got a fresh one;
 * - `danglingReference`: a reference to a missing record was cleared or filtered out;
 * - `droppedRecord`: a record could not be repaired and was left out;
 * - `unknownField`: a field this version does not know was left out.
 */
export interface PlanFileRepair {
  code:
    | 'defaulted'
    | 'duplicateId'
    | 'danglingReference'
    | 'droppedRecord'
    | 'unknownField'
    | 'droppedValue'
    | (string & {});
  path: string;
  message: string;
}

export type PlanFileError =
  | { kind: 'empty' }
  | { kind: 'tooLarge'; chars: number; limit: number }
  | { kind: 'notJson'; message: string; position?: number }
  | { kind: 'notAPlanFile'; reason: string }
  | { kind: 'tooNew'; formatVersion: number; supported: number }
  | { kind: 'tooDeep'; depth: number; limit: number }
  | { kind: 'forbiddenKey'; key: string; path: string }
  | { kind: 'migrationFailed'; from: number; message: string }
  | { kind: 'invalid'; problems: PlanFileProblem[] };

export type DecodeResult =
  | {
      ok: true;
      snapshot: PlanSnapshot;
      repairs: PlanFileRepair[];
      /** The file's format version when migrations ran, else null. */
      migratedFrom: number | null;
      savedAt: string | null;
      appVersion: string | null;
    }
  | { ok: false; error: PlanFileError };
