/** Deterministic randomness and a hand-stepped clock for room tests. */
import { Room, emptyRoomContent, type RandomBytes, type RoomContent, type RoomGates } from '@core/room';

/** Bytes 0, 1, 2... wrapping at 256: predictable, and never the same id twice in a short test. */
export function countingRandom(start = 0): RandomBytes {
  let next = start;
  return (count) => Uint8Array.from({ length: count }, () => next++ % 256);
}

/** Cryptographically random bytes (Web Crypto is available in Node), for uniqueness tests. */
export const realRandom: RandomBytes = (count) => globalThis.crypto.getRandomValues(new Uint8Array(count));

export function clock(start = Date.parse('2025-10-07T13:00:00Z')) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

export const OPEN: RoomGates = { kinds: ['risk', 'idea'], voting: true, scoring: true };

export function content(overrides: Partial<RoomContent> = {}): RoomContent {
  return {
    ...emptyRoomContent(),
    title: 'Riverbend CSWB review',
    sessionTitle: 'Session 1',
    partners: [{ id: 'partner-police', name: 'Riverbend Police Service' }],
    sectors: [{ id: 'health', en: 'Health', fr: 'Santé' }],
    voting: { round: 1, dotsPerParticipant: 5, maxDotsPerRisk: 2, risks: [{ id: 'risk-od', title: 'Overdose' }, { id: 'risk-ymh', title: 'Youth mental health' }] },
    scoring: {
      risks: [{ id: 'risk-od', title: 'Overdose' }],
      criteria: [
        { id: 'crit-sev', name: 'Severity', description: '', scaleMin: 1, scaleMax: 5 },
        { id: 'crit-legal', name: 'Legality', description: '', scaleMin: 0, scaleMax: 1 },
      ],
    },
    ...overrides,
  };
}

export function newRoom(options: { gates?: RoomGates; content?: RoomContent; random?: RandomBytes; now?: () => number } = {}) {
  const c = clock();
  const room = new Room(
    { planId: 'plan-1', sessionId: 'session-1', gates: options.gates ?? OPEN, content: options.content ?? content() },
    { now: options.now ?? c.now, random: options.random ?? realRandom },
  );
  return { room, clock: c };
}

/** Joins and returns the member the pass authenticates as. */
export function joinAs(room: Room, request: Record<string, unknown> = { name: 'Alex', anonymous: false, partnerId: null, sector: null }) {
  const joined = room.join(request);
  if (!joined.ok) throw new Error(`join failed: ${JSON.stringify(joined.error)}`);
  const auth = room.authenticate(room.joinCode, `Bearer ${joined.value.token}`);
  if (!auth.ok) throw new Error(`auth failed: ${JSON.stringify(auth.error)}`);
  return { token: joined.value.token, profile: joined.value.profile, member: auth.value };
}
