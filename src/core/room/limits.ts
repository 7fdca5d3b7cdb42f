/**
 * Limits of room participation (participants' phones on the room's local network). One place,
 * so the server, the participant page and the tests agree. Sizes are generous for a person typing
 * on a phone and small enough that a flood cannot exhaust the laptop.
 */

export const ROOM_LIMITS = {
  /** Characters of the join code shown on the screen. */
  joinCodeLength: 6,
  /** Largest request body from a phone, in bytes (a 2,000-character card with JSON escapes fits). */
  bodyBytes: 16 * 1024,
  /** Largest request body of the facilitator's control channel (a published plan view). */
  controlBodyBytes: 2 * 1024 * 1024,
  /** Same as the capture stage's card limit (MAX_CARD_TEXT in the renderer's domain/cards.ts). */
  cardText: 2000,
  displayName: 60,
  /** Record ids are UUIDs; anything longer is not one of ours. */
  idLength: 100,
  /** Phones that may join one room. */
  participants: 300,
  /** Submissions accepted but not yet added by the facilitator's screen. */
  pendingQueue: 5000,
  /** Answers a phone can look up (its latest submissions). */
  answersPerParticipant: 200,
  /** A pass is valid for one room (until participation is turned off) and at most this long. */
  tokenTtlMs: 12 * 60 * 60 * 1000,
  /** How long a phone's request waits for the facilitator's screen before answering "pending". */
  answerWaitMs: 3000,
  /** Longest wait of the facilitator's screen for new submissions (long poll). */
  pullWaitMaxMs: 15_000,
  /** Submissions handed to the facilitator's screen per pull. */
  pullBatch: 200,
  /** Without a pull for this long, phones are told the facilitator's screen is away. */
  facilitatorAwayMs: 20_000,
} as const;

export interface BucketSpec {
  /** Requests allowed in a burst. */
  capacity: number;
  /** Requests regained per second. */
  refillPerSecond: number;
}

/** Token-bucket rates. A phone sending a card every few seconds never meets them; a script does. */
export const RATE_LIMITS = {
  /** Every request from one network address (page, script, API). */
  perAddress: { capacity: 60, refillPerSecond: 10 },
  /** Submissions and state reads of one participant. */
  perToken: { capacity: 20, refillPerSecond: 2 },
  /** Join attempts from one address: stops guessing the join code. */
  joinPerAddress: { capacity: 8, refillPerSecond: 0.1 },
} satisfies Record<string, BucketSpec>;

export type RateLimits = { [K in keyof typeof RATE_LIMITS]: BucketSpec };
