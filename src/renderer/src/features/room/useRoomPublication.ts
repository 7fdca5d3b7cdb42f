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
import { planTable, useCriteria, usePartners, useRisks, useScores, useVotes } from '../../hooks/entities';
import { memberMap } from './room-markers';
import { roomControl } from './room-client';

const PUBLISH_DELAY_MS = 150;

/** Sector labels in both languages: each phone shows its own language. */
function sectorLabels(): SectorLabel[] {
  const en = i18n.getFixedT('en', 'catalogue');
  const fr = i18n.getFixedT('fr', 'catalogue');
  return SECTOR_IDS.map((id) => ({ id, en: en(`sector.${id}`), fr: fr(`sector.${id}`) }));
}

/**
 * Reads the plan and builds the room content. `appliedThrough` is read first, and the live plan
 * tables are then awaited until every write committed so far is patched in, so the content never
 * claims a submission whose effect it does not show yet. The big tables (20,000 votes and scores
 * in a regional plan) come from memory, not from a fresh read per published change.
 */
export async function readRoomContent(database: CswbDatabase, planId: string, sessionId: string | null, appliedThrough: number): Promise<RoomContent | null> {
  const rows = async <T extends RecordTable>(table: T): Promise<readonly RecordTypes[T][]> => {
    const live = planTable(database, table, planId);
    await live.settled();
    return live.getSnapshot().data;
  };
  const [plan, session, partners, risks, votes, criteria, scores, members] = await Promise.all([
    database.plans.get(planId),
    sessionId ? database.sessions.get(sessionId) : Promise.resolve(undefined),
    rows('partners'),
    rows('risks'),
    rows('votes'),
    rows('criteria'),
    rows('scores'),
    memberMap(database),
  ]);
  if (!plan) return null;
  return buildRoomContent({
    plan,
    session: session?.planId === planId ? session : null,
    partners,
    sectors: sectorLabels(),
    risks, // in plan order already (live tables keep each table's order)
    votes,
    criteria,
    scores,
    members,
    appliedThrough,
  });
}

/** Reads the room content on demand (to start a room, or to change its session). */
export function useRoomContent(planId: string, appliedThrough: MutableRefObject<number>): { contentNow(sessionId: string | null): Promise<RoomContent | null> } {
  const contentNow = useCallback((session: string | null) => readRoomContent(db, planId, session, appliedThrough.current), [planId, appliedThrough]);
  return { contentNow };
}

/**
 * While a room runs for this plan: publishes fresh content shortly after anything phones may see
 * changed (here, by undo, or from a phone). Mounted only while the room is active, so an idle
 * workspace does not keep the plan's votes and scores in memory for it.
 */
export function useRoomPublication(options: { planId: string; sessionId: string | null; appliedThrough: MutableRefObject<number> }): void {
  const { planId, sessionId, appliedThrough } = options;
  const changed = [
    usePartners(planId).data,
    useRisks(planId).data,
    useVotes(planId).data,
    useCriteria(planId).data,
    useScores(planId).data,
    useQuery(() => Promise.all([db.plans.get(planId), sessionId ? db.sessions.get(sessionId) : null, memberMap(db)]), [planId, sessionId], null).data,
  ];

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      void readRoomContent(db, planId, sessionId, appliedThrough.current)
        .then((content) => (content && !cancelled ? roomControl({ op: 'publish', content }) : undefined))
        .catch(() => undefined);
    }, PUBLISH_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [planId, sessionId, appliedThrough, ...changed]); // eslint-disable-line react-hooks/exhaustive-deps -- publish when any of them changed
}
