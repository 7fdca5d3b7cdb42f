/**
 * One hook per entity over Dexie live queries: each screen asks for what it shows and re-renders
 * when that data changes, wherever the change came from (this window, undo, another window).
 * A plan's records come from live plan tables (db/live-plan-table.ts): read once, then patched
 * record by record, so a change to one of 20,000 votes does not re-read the other 19,999.
 */
import type { Card, CatalogueEntry, Criterion, Outcome, Participant, Partner, Plan, PlanResponse, Risk, Score, Vote, WorkshopSession } from '@core/model';
import type { RecordTable, RecordTypes } from '@core/model';
import { useMemo, useSyncExternalStore } from 'react';
import { db } from '../db/database';
import { byKeyThenId, livePlanTable, type LivePlanTable } from '../db/live-plan-table';
import type { CswbDatabase, PlanState } from '../db/database';
import { listPlans, type PlanListItem } from '../domain/plans';
import { sameExcept, useQuery, type QueryResult } from './useQuery';

const EMPTY: never[] = [];

/** Each table's order on screen (then by id): every screen sees a table in the same order. */
const TABLE_ORDER: { [T in RecordTable]: (r: RecordTypes[T]) => string | number } = {
  partners: (p) => p.name.toLocaleLowerCase(),
  participants: (p) => p.name.toLocaleLowerCase(),
  sessions: (s) => s.date || s.createdAt,
  catalogueEntries: (e) => e.createdAt,
  cards: (c) => c.order,
  risks: (r) => r.order,
  votes: (v) => v.createdAt,
  criteria: (c) => c.order,
  scores: (s) => s.createdAt,
  responses: (r) => r.order,
  outcomes: (o) => o.createdAt,
};

/** The live table of one plan (db/live-plan-table.ts), for code that reads outside a component. */
export function planTable<T extends RecordTable>(database: CswbDatabase, table: T, planId: string): LivePlanTable<RecordTypes[T]> {
  return livePlanTable(database, table, planId, byKeyThenId(TABLE_ORDER[table] as (r: RecordTypes[T]) => string | number));
}

function usePlanTable<T extends RecordTable>(table: T, planId: string): QueryResult<RecordTypes[T][]> {
  const live = useMemo(() => planTable(db, table, planId), [table, planId]);
  const snapshot = useSyncExternalStore(live.subscribe, live.getSnapshot);
  if (snapshot.error) throw snapshot.error;
  // Shared and frozen (a screen that sorts in place fails loudly): copy before reordering.
  return { data: snapshot.data as RecordTypes[T][], isLoading: snapshot.isLoading };
}

export const usePlanList = (): QueryResult<PlanListItem[]> => useQuery(() => listPlans(db), [], EMPTY);
/**
 * Every change bumps the plan's `updatedAt` (the home screen's "edited"); the open plan keeps its
 * object through that, so a vote does not redraw every screen that takes the plan. Screens inside
 * the workspace do not show `updatedAt`.
 */
const samePlanButTime = sameExcept<Plan>('updatedAt');
export const usePlan = (planId: string): QueryResult<Plan | undefined> =>
  useQuery(() => db.plans.get(planId), [planId], undefined, samePlanButTime);
export const usePlanState = (planId: string): QueryResult<PlanState | undefined> =>
  useQuery(() => db.planState.get(planId), [planId], undefined, sameExcept<PlanState>());

/** Whether the plan was deleted from the home screen (a boolean: stable through other changes). */
export const usePlanDeleted = (planId: string): boolean =>
  useQuery(async () => Boolean((await db.planState.get(planId))?.deletedAt), [planId], false).data;

export const usePartners = (planId: string): QueryResult<Partner[]> => usePlanTable('partners', planId);
export const useParticipants = (planId: string): QueryResult<Participant[]> =>
  usePlanTable('participants', planId);
export const useSessions = (planId: string): QueryResult<WorkshopSession[]> => usePlanTable('sessions', planId);
export const useCards = (planId: string): QueryResult<Card[]> => usePlanTable('cards', planId);
export const useRisks = (planId: string): QueryResult<Risk[]> => usePlanTable('risks', planId);
export const useVotes = (planId: string): QueryResult<Vote[]> => usePlanTable('votes', planId);
export const useCriteria = (planId: string): QueryResult<Criterion[]> => usePlanTable('criteria', planId);
export const useScores = (planId: string): QueryResult<Score[]> => usePlanTable('scores', planId);
export const useResponses = (planId: string): QueryResult<PlanResponse[]> => usePlanTable('responses', planId);
export const useOutcomes = (planId: string): QueryResult<Outcome[]> => usePlanTable('outcomes', planId);
export const useCatalogueEntries = (planId: string): QueryResult<CatalogueEntry[]> => usePlanTable('catalogueEntries', planId);

/** Labels of the next undo and redo for a plan (message keys), for buttons and menus. */
export function useUndoState(planId: string): QueryResult<{ undo: string | null; redo: string | null }> {
  return useQuery(
    async () => {
      const [u, r] = await Promise.all([
        db.history.where('[planId+undone]').equals([planId, 0]).last(),
        db.history.where('[planId+undone]').equals([planId, 1]).first(),
      ]);
      return { undo: u?.label ?? null, redo: r?.label ?? null };
    },
    [planId],
    { undo: null, redo: null },
    sameExcept(),
  );
}
