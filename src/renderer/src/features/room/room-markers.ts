/**
 * What the facilitator's page remembers about room submissions, in the `settings` table (app
 * state, never in a plan file):
 *
 * - `room.applied.<submission id>`: written in the same transaction as the change a submission
 *   made, so a submission delivered twice (the page reloaded before acknowledging it, or two
 *   windows) is applied exactly once;
 * - `room.member.<room participant id>`: the plan participant created when that phone joined,
 *   so its votes and scores count for the same person.
 *
 * Both are cleared when a new room starts: ids of an earlier room never come back.
 */
import type { CswbDatabase } from '../../db/database';

const APPLIED = 'room.applied.';
const MEMBER = 'room.member.';

export async function isApplied(db: CswbDatabase, submissionId: string): Promise<boolean> {
  return (await db.settings.get(APPLIED + submissionId)) !== undefined;
}

export async function markApplied(db: CswbDatabase, submissionId: string): Promise<void> {
  await db.settings.put({ key: APPLIED + submissionId, value: true });
}

export async function memberParticipant(db: CswbDatabase, memberId: string): Promise<string | undefined> {
  const row = await db.settings.get(MEMBER + memberId);
  return typeof row?.value === 'string' ? row.value : undefined;
}

export async function setMemberParticipant(db: CswbDatabase, memberId: string, participantId: string): Promise<void> {
  await db.settings.put({ key: MEMBER + memberId, value: participantId });
}

/** Room participant id -> plan participant id, for every phone of the current room. */
export async function memberMap(db: CswbDatabase): Promise<Map<string, string>> {
  const rows = await db.settings.where('key').startsWith(MEMBER).toArray();
  return new Map(rows.filter((r) => typeof r.value === 'string').map((r) => [r.key.slice(MEMBER.length), r.value as string]));
}

export async function clearRoomMarkers(db: CswbDatabase): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.where('key').startsWith(APPLIED).delete();
    await db.settings.where('key').startsWith(MEMBER).delete();
  });
}
