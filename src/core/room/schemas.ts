/**
 * The shapes of everything that crosses the room's two boundaries, as strict zod schemas:
 *
 * - phone -> server: join, card, vote and score requests (every field checked; unknown fields
 *   refused, so nothing unexpected reaches the plan);
 * - facilitator's screen -> server: what phones may see (`RoomContent`) and which stages are
 *   open (`RoomGates`). Strict objects here too: a field that is not declared (contact details,
 *   notes, other people's votes, hidden results) fails validation instead of reaching a phone.
 */
import { z } from 'zod';
import { CARD_KINDS } from '../model';
import type { FieldProblem, RoomError } from './errors';
import { ROOM_LIMITS } from './limits';

/** C0/C1 controls (tab and line breaks aside) and bidirectional overrides that could disguise text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const LINE_BREAKS = /[\t\r\n]/;

/** A text field: trimmed, at most `max` characters, no control characters, optionally required. */
function textField(max: number, { required, multiline }: { required: boolean; multiline: boolean }) {
  return z
    .string()
    .max(max * 2) // a cheap bound before trimming; the exact check is below
    .transform((s) => s.trim())
    .superRefine((s, ctx) => {
      const problem: FieldProblem | null =
        required && s.length === 0
          ? 'empty'
          : s.length > max
            ? 'tooLong'
            : FORBIDDEN_CHARACTERS.test(s) || (!multiline && LINE_BREAKS.test(s))
              ? 'invalidCharacters'
              : null;
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}

const id = z.string().min(1).max(ROOM_LIMITS.idLength);
const sectorId = z.string().min(1).max(60);
const title = z.string().max(1000);

// Phone -> server ------------------------------------------------------------------------------

export const joinRequestSchema = z.strictObject({
  name: textField(ROOM_LIMITS.displayName, { required: false, multiline: false }),
  anonymous: z.boolean(),
  partnerId: id.nullable(),
  sector: sectorId.nullable(),
});
export type JoinRequest = z.output<typeof joinRequestSchema>;

export const cardRequestSchema = z.strictObject({
  kind: z.enum(CARD_KINDS),
  text: textField(ROOM_LIMITS.cardText, { required: true, multiline: true }),
});
export type CardRequest = z.output<typeof cardRequestSchema>;

export const voteRequestSchema = z.strictObject({
  riskId: id,
  dots: z.number().int().min(0).max(50),
});
export type VoteRequest = z.output<typeof voteRequestSchema>;

/** `value: null` clears the participant's score of that cell. */
export const scoreRequestSchema = z.strictObject({
  riskId: id,
  criterionId: id,
  value: z.number().int().min(-100).max(100).nullable(),
});
export type ScoreRequest = z.output<typeof scoreRequestSchema>;

// Facilitator's screen -> server ---------------------------------------------------------------

const titled = z.strictObject({ id, title });

export const roomContentSchema = z.strictObject({
  /** Plan name (or municipality), shown at the top of the participant page. */
  title,
  sessionTitle: title,
  /** Organisations a participant may say they speak for: names only, never contacts or notes. */
  partners: z.array(z.strictObject({ id, name: title })).max(2000),
  sectors: z.array(z.strictObject({ id: sectorId, en: title, fr: title })).max(200),
  voting: z.strictObject({
    round: z.number().int().min(1).max(1000),
    dotsPerParticipant: z.number().int().min(0).max(1000),
    maxDotsPerRisk: z.number().int().min(0).max(1000),
    /** Risks on the current round's ballot. */
    risks: z.array(titled).max(1000),
  }),
  scoring: z.strictObject({
    risks: z.array(titled).max(1000),
    criteria: z
      .array(
        z.strictObject({
          id,
          name: title,
          description: z.string().max(4000),
          scaleMin: z.number().int().min(-100).max(100),
          scaleMax: z.number().int().min(-100).max(100),
        }),
      )
      .max(200),
  }),
  /** Each room participant's own dots this round (keyed by room participant id, then risk id). */
  ballots: z.record(id, z.record(id, z.number().int().min(0).max(1000))),
  /** Each room participant's own scores, keyed `${riskId}|${criterionId}`. */
  scores: z.record(id, z.record(z.string().max(2 * ROOM_LIMITS.idLength + 1), z.number().int().min(-100).max(100))),
  /** The last submission the plan data above already includes (later ones are overlaid). */
  appliedThrough: z.number().int().min(0),
});
export type RoomContent = z.output<typeof roomContentSchema>;

/** What is open to phones: the card kinds they may submit (none: capture closed), voting, scoring. */
export const roomGatesSchema = z.strictObject({
  kinds: z.array(z.enum(CARD_KINDS)).max(CARD_KINDS.length),
  voting: z.boolean(),
  scoring: z.boolean(),
});
export type RoomGates = z.output<typeof roomGatesSchema>;

export const CLOSED_GATES: RoomGates = { kinds: [], voting: false, scoring: false };

export function emptyRoomContent(): RoomContent {
  return {
    title: '',
    sessionTitle: '',
    partners: [],
    sectors: [],
    voting: { round: 1, dotsPerParticipant: 0, maxDotsPerRisk: 0, risks: [] },
    scoring: { risks: [], criteria: [] },
    ballots: {},
    scores: {},
    appliedThrough: 0,
  };
}

export const scoreKey = (riskId: string, criterionId: string): string => `${riskId}|${criterionId}`;

/** Turns the first zod issue into a specific answer: which field, and what is wrong with it. */
export function invalidFieldError(error: z.ZodError, input: unknown): RoomError {
  const issue = error.issues[0];
  if (!issue) return { code: 'invalidField' };
  if (issue.code === 'unrecognized_keys') return { code: 'invalidField', field: issue.keys[0] ?? '', problem: 'unknownField' };
  const field = issue.path.map(String).join('.') || 'body';
  const key = issue.path[0];
  const present = typeof input === 'object' && input !== null && key !== undefined && Object.hasOwn(input, key);
  let problem: FieldProblem;
  switch (issue.code) {
    case 'custom':
      problem = issue.message as FieldProblem;
      break;
    case 'invalid_type':
      problem = present || key === undefined ? 'wrongType' : 'missing';
      break;
    case 'invalid_value':
      problem = 'notAllowed';
      break;
    case 'too_big':
      problem = issue.origin === 'string' ? 'tooLong' : 'outOfRange';
      break;
    case 'too_small':
      problem = issue.origin === 'string' ? 'empty' : 'outOfRange';
      break;
    default:
      problem = 'wrongType';
  }
  return { code: 'invalidField', field, problem };
}
