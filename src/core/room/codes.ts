/**
 * Join codes and per-participant passes (tokens). Randomness comes from an injected source of
 * bytes (crypto.getRandomValues / randomBytes in the app, a fixed sequence in tests), so this
 * module stays pure. Secrets are compared in constant time.
 */
import { ROOM_LIMITS } from './limits';

export type RandomBytes = (count: number) => Uint8Array;

/** No 0/O, 1/I/L: easy to read off a projector and to type on a phone. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A uniformly random code (rejection sampling, so no letter is more likely than another). */
export function generateJoinCode(random: RandomBytes, length: number = ROOM_LIMITS.joinCodeLength): string {
  const n = JOIN_CODE_ALPHABET.length;
  const ceiling = 256 - (256 % n);
  let code = '';
  while (code.length < length) {
    for (const byte of random(length * 2)) {
      if (byte < ceiling && code.length < length) code += JOIN_CODE_ALPHABET[byte % n];
    }
  }
  return code;
}

/** What a person typed, as a code: upper case, without spaces or dashes. */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

/** "K7P4QD" shown as "K7P 4QD". */
export function formatJoinCode(code: string): string {
  return code.length > 3 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function base64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i]!;
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    out += BASE64URL[b0 >> 2]! + BASE64URL[((b0 & 3) << 4) | ((b1 ?? 0) >> 4)]!;
    if (b1 !== undefined) out += BASE64URL[((b1 & 15) << 2) | ((b2 ?? 0) >> 6)]!;
    if (b2 !== undefined) out += BASE64URL[b2 & 63]!;
  }
  return out;
}

/** A random identifier of `bytes` bytes (32 bytes = 256 bits for secrets). */
export function randomId(random: RandomBytes, bytes: number): string {
  return base64url(random(bytes));
}

/**
 * Compares two strings in time that depends only on their length, so a wrong guess does not
 * reveal how many leading characters were right.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const length = Math.max(a.length, b.length);
  let diff = a.length ^ b.length;
  for (let i = 0; i < length; i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

/** A pass: which room, which participant, and a 256-bit secret. */
export interface RoomToken {
  roomId: string;
  participantId: string;
  secret: string;
}

const PART = /^[A-Za-z0-9_-]{8,64}$/;

export function formatToken(token: RoomToken): string {
  return `${token.roomId}.${token.participantId}.${token.secret}`;
}

/** The parts of a pass, or null when it does not have the shape of one. */
export function parseToken(raw: string): RoomToken | null {
  if (raw.length > 200) return null;
  const parts = raw.split('.');
  if (parts.length !== 3 || !parts.every((p) => PART.test(p))) return null;
  const [roomId, participantId, secret] = parts as [string, string, string];
  return { roomId, participantId, secret };
}
