/** Choosing a session for new cards when the facilitator has not picked one. */
import type { WorkshopSession } from '../model';

/**
 * Today's session, else the latest one already held, else the first one planned; null when the
 * plan has no sessions. Sessions without a date count only when no session has one.
 */
export function defaultSessionId(sessions: readonly WorkshopSession[], today: Date): string | null {
  // The local calendar day: an evening session in Ontario is already "tomorrow" in UTC.
  const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const dated = sessions.filter((s) => s.date).sort((a, b) => a.date.localeCompare(b.date));
  const held = dated.filter((s) => s.date <= day);
  return (held.at(-1) ?? dated[0] ?? sessions[0])?.id ?? null;
}
