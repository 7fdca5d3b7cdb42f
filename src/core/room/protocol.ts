/**
 * The facilitator's control channel of a room: the requests the facilitator's screen sends
 * (start, stop, open stages, publish what phones may see, pull submissions, acknowledge them,
 * remove a participant) and the one answer shape they all get. The same requests travel over
 * Electron IPC (channel `room:control`) and, in browser mode, over loopback HTTP (`POST
 * /room/control` on the app's own server), so both shells share one implementation.
 */
import { z } from 'zod';
import type { CardKind } from '../model';
import { REFUSAL_REASONS, type RefusalReason } from './errors';
import { ROOM_LIMITS } from './limits';
import { roomContentSchema, roomGatesSchema, type RoomGates } from './schemas';

const id = z.string().min(1).max(ROOM_LIMITS.idLength);

export const ackResultSchema = z.discriminatedUnion('outcome', [
  z.strictObject({ id, outcome: z.literal('applied') }),
  z.strictObject({ id, outcome: z.literal('refused'), reason: z.enum(REFUSAL_REASONS), limit: z.number().int().nullable() }),
]);
export type AckResult = z.output<typeof ackResultSchema>;

export const roomControlRequestSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('status') }),
  z.strictObject({
    op: z.literal('start'),
    planId: id,
    sessionId: id.nullable(),
    /** IPv4 address of the network interface to listen on (see `networkChoices`); null: the recommended one. */
    address: z.string().max(64).nullable(),
    gates: roomGatesSchema,
    content: roomContentSchema,
  }),
  /** Refused while submissions wait to be added, unless `force` (they are then dropped). */
  z.strictObject({ op: z.literal('stop'), force: z.boolean() }),
  z.strictObject({ op: z.literal('gates'), gates: roomGatesSchema }),
  z.strictObject({ op: z.literal('publish'), content: roomContentSchema }),
  /** Submissions not yet acknowledged with a sequence number above `after`; waits up to `waitMs` for one. */
  z.strictObject({ op: z.literal('pull'), after: z.number().int().min(0), waitMs: z.number().int().min(0).max(ROOM_LIMITS.pullWaitMaxMs) }),
  z.strictObject({ op: z.literal('ack'), results: z.array(ackResultSchema).max(ROOM_LIMITS.pullBatch * 5) }),
  z.strictObject({ op: z.literal('remove'), participantId: id }),
]);
export type RoomControlRequest = z.output<typeof roomControlRequestSchema>;
export type RoomControlOp = RoomControlRequest['op'];

/** Who a phone said they are. `ordinal` numbers phones in joining order (for "Anonymous 3"). */
export interface MemberProfile {
  id: string;
  ordinal: number;
  name: string;
  anonymous: boolean;
  partnerId: string | null;
  sector: string | null;
}

export type SubmissionBody =
  | { type: 'join' }
  | { type: 'card'; kind: CardKind; text: string }
  | { type: 'vote'; riskId: string; dots: number }
  | { type: 'score'; riskId: string; criterionId: string; value: number | null };
export type SubmissionType = SubmissionBody['type'];

/** One accepted submission, as the facilitator's screen receives it. */
export type Submission = SubmissionBody & {
  /** Order of arrival; the facilitator's screen applies submissions in this order. */
  seq: number;
  id: string;
  member: MemberProfile;
  receivedAt: string;
};

export interface MemberSummary extends MemberProfile {
  joinedAt: string;
  lastSeenAt: string;
  removed: boolean;
  /** Submissions of this phone added to the plan, by type. */
  applied: Record<Exclude<SubmissionType, 'join'>, number>;
}

export interface NetworkChoice {
  /** The IPv4 address phones connect to. */
  address: string;
  /** Interface name (wlan0, Wi-Fi, en0...). */
  name: string;
  kind: 'lan' | 'virtual' | 'linkLocal' | 'loopback';
}

export interface RunningRoom {
  planId: string;
  sessionId: string | null;
  /** The address phones open, e.g. http://192.168.1.23:47850/ */
  url: string;
  /** The address with the join code in its fragment: what the QR code holds. */
  joinUrl: string;
  address: string;
  port: number;
  joinCode: string;
  startedAt: string;
  gates: RoomGates;
  participants: MemberSummary[];
  /** Submissions waiting, and cards, votes and scores added or refused (joins not counted). */
  queue: { pending: number; applied: number; refused: number };
  /** When the facilitator's screen last asked for submissions (null: never). */
  lastPullAt: string | null;
}

export interface RoomStatus {
  /** Interfaces the room could listen on, best first. */
  networks: NetworkChoice[];
  room: RunningRoom | null;
}

export const CONTROL_ERRORS = ['notRunning', 'otherPlan', 'pendingSubmissions', 'listenFailed', 'unknownParticipant', 'invalidRequest'] as const;
export type ControlErrorCode = (typeof CONTROL_ERRORS)[number];

/** Every control request gets this: the room's status, and for `pull` the submissions. */
export type RoomControlAnswer =
  | { ok: true; status: RoomStatus; items: Submission[] }
  | { ok: false; code: ControlErrorCode; status: RoomStatus; detail: string };

export type { RefusalReason };
