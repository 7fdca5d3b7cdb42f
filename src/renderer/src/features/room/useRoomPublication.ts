/**
 * Keeps what phones may see in step with the plan: whenever the plan's partners, risks, votes,
 * criteria or scores change (here, by undo, or from a phone), the room gets a fresh view built by
 * the pure `buildRoomContent` (which leaves out contacts, notes and everyone else's votes).
 */
import { useCallback, useEffect, type MutableRefObject } from 'react';
import { SECTOR_IDS } from '@core/catalogue';
import type { RecordTable, RecordTypes } from '@core/model';
import { buildRoomContent, type RoomContent, type SectorLabel } from '@core/room';
import type { CswbDatabase } from '../../db/database';
import { db } from '../../db/database';
import i18n from '../../i18n';
import { useQuery } from '../../hooks/useQuery';
import { memberMap } from './room-markers';
import { roomControl } from './room-client';

const PUBLISH_DELAY_MS = 150;

/** Sector labels in both languages: each phone shows its own language. */
function sectorLabels(): SectorLabel[] {
  const en = i18n.getFixedT('en', 'catalogue');
  const fr = i18n.getFixedT('fr', 'catalogue');
  return SECTOR_IDS.map((id) => ({ id, en: en(`sector.${id}`), fr: fr(`sector.${id}`) }));
}

/** Reads the plan and builds the room content. `appliedThrough` is read first, so it never claims too much. */
export async function readRoomContent(database: CswbDatabase, planId: string, sessionId: string | null, appliedThrough: number): Promise<RoomContent | null> {
  const byPlan = <T extends RecordTable>(table: T) => database.table<RecordTypes[T]>(table).where('planId').equals(planId).toArray();
  const [plan, session, partners, risks, votes, criteria, scores, members] = await Promise.all([
    database.plans.get(planId),
    sessionId ? database.sessions.get(sessionId) : Promise.resolve(undefined),
    byPlan('partners'),
    byPlan('risks'),
    byPlan('votes'),
    byPlan('criteria'),
    byPlan('scores'),
    memberMap(database),
  ]);
  if (!plan) return null;
  return buildRoomContent({
    plan,
    session: session?.planId === planId ? session : null,
    partners,
    sectors: sectorLabels(),
    risks: risks.sort((a, b) => a.order - b.order),
    votes,
    criteria: criteria.sort((a, b) => a.order - b.order),
    scores,
    members,
    appliedThrough,
  });
}

export function useRoomPublication(options: {
  planId: string;
  sessionId: string | null;
  active: boolean;
  appliedThrough: MutableRefObject<number>;
}): { contentNow(sessionId: string | null): Promise<RoomContent | null> } {
  const { planId, sessionId, active, appliedThrough } = options;
  const { data: content } = useQuery(
    () => (active ? readRoomContent(db, planId, sessionId, appliedThrough.current) : null),
    [active, planId, sessionId],
    null,
  );

  useEffect(() => {
    if (!active || !content) return;
    const timer = setTimeout(() => void roomControl({ op: 'publish', content }).catch(() => undefined), PUBLISH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [active, content]);

  const contentNow = useCallback((session: string | null) => readRoomContent(db, planId, session, appliedThrough.current), [planId, appliedThrough]);
  return { contentNow };
}
