/**
 * Every answer a phone can get that is not a success, with its HTTP status and an English
 * message (the participant page shows its own translation of the code; the message is for
 * anything else that reads the API). One code per cause, so each case gets a specific answer.
 */

export const ROOM_ERRORS = {
  missingCode: { status: 401, message: 'Enter the join code shown on the screen.' },
  wrongCode: { status: 403, message: 'That join code is not right. Check the code on the screen.' },
  missingToken: { status: 401, message: 'Join the room first.' },
  tokenInvalid: { status: 401, message: 'This pass is not valid for this room. Join again.' },
  tokenExpired: { status: 401, message: 'Your pass has expired: participation was turned off or restarted. Join again.' },
  removed: { status: 403, message: 'The facilitator removed this device from the room.' },
  stageClosed: { status: 409, message: 'This stage is not open to participants right now.' },
  kindClosed: { status: 409, message: 'The facilitator has not opened this kind of input.' },
  unknownRisk: { status: 409, message: 'That risk is not on the ballot.' },
  unknownCriterion: { status: 409, message: 'That criterion is not being scored.' },
  unknownPartner: { status: 422, message: 'That organisation is not on the list.' },
  unknownSector: { status: 422, message: 'That sector is not on the list.' },
  invalidField: { status: 422, message: 'A field is not valid.' },
  malformedJson: { status: 400, message: 'The request is not valid JSON.' },
  tooLarge: { status: 413, message: 'The request is too large.' },
  unsupportedMediaType: { status: 415, message: 'Send JSON (Content-Type: application/json).' },
  rateLimited: { status: 429, message: 'Too many requests. Wait a moment and try again.' },
  roomFull: { status: 503, message: 'The room is full.' },
  queueFull: { status: 503, message: 'The facilitator’s screen is behind. Try again in a moment.' },
  refused: { status: 422, message: 'The facilitator’s screen did not accept this.' },
  unknownSubmission: { status: 404, message: 'No such submission from this device.' },
  notFound: { status: 404, message: 'Not found.' },
  methodNotAllowed: { status: 405, message: 'Method not allowed.' },
  badHost: { status: 421, message: 'This address is not served here.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type RoomErrorCode = keyof typeof ROOM_ERRORS;

/** Why the facilitator's screen refused a submission (the domain functions' own reasons). */
export const REFUSAL_REASONS = [
  'emptyText',
  'textTooLong',
  'overAllowance',
  'overMaxPerRisk',
  'notOnBallot',
  'outOfScale',
  'unknownRisk',
  'unknownCriterion',
  'stageClosed',
  'notApplied',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export type FieldProblem = 'missing' | 'wrongType' | 'empty' | 'tooLong' | 'invalidCharacters' | 'notAllowed' | 'outOfRange' | 'unknownField';

export interface RoomError {
  code: RoomErrorCode;
  /** For invalidField: which field and what is wrong with it. */
  field?: string;
  problem?: FieldProblem;
  /** For refused: the domain's reason, and its limit when it has one (5 dots...). */
  reason?: RefusalReason;
  limit?: number;
  /** For rateLimited. */
  retryAfterMs?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: RoomError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: RoomErrorCode, extra: Omit<RoomError, 'code'> = {}): Result<T> => ({ ok: false, error: { code, ...extra } });

/** The JSON body of an error answer. */
export function errorBody(error: RoomError): { error: RoomError & { message: string } } {
  const field = error.field ? ` (${error.field}: ${error.problem ?? 'invalid'})` : '';
  const reason = error.reason ? ` (${error.reason})` : '';
  return { error: { ...error, message: `${ROOM_ERRORS[error.code].message}${field}${reason}` } };
}

export function errorStatus(error: RoomError): number {
  return ROOM_ERRORS[error.code].status;
}
