/**
 * One hook per entity over Dexie live queries: each screen asks for what it shows and re-renders
 * when that data changes, wherever the change came from (this window, undo, another window).
 * A plan's records come from live plan tables (db/live-plan-table.ts): read once, then patched
 * record by record, so a change to one of 20,000 votes does not re-read the other 19,999.
 */
import type { Card, Criterion, Outcome, Participant, Partner, Plan, PlanResponse, Risk, Score, Vote, WorkshopSession } from '@core/model';
import type { RecordTable, RecordTypes } from '@core/model';
import { useMemo, useSyncExternalStore } from 'react';
import { db } from '../db/database';
import { byKeyThenId, livePlanTable } from '../db/live-plan-table';
import type { PlanState } from '../db/database';
import { listPlans, type PlanListItem } from '../domain/plans';
import { useQuery, type QueryResult } from './useQuery';

const EMPTY: never[] = [];

function usePlanTable<T extends RecordTable>(table: T, planId: string, sortKey: (r: RecordTypes[T]) => string | number): QueryResult<RecordTypes[T][]> {
  // One order per table: the sort key given here is the table's for the app's lifetime.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- sortKey is fixed per table
  const live = useMemo(() => livePlanTable(db, table, planId, byKeyThenId(sortKey)), [table, planId]);
  const snapshot = useSyncExternalStore(live.subscribe, live.getSnapshot);
  if (snapshot.error) throw snapshot.error;
  // Shared and frozen (a screen that sorts in place fails loudly): copy before reordering.
  return { data: snapshot.data as RecordTypes[T][], isLoading: snapshot.isLoading };
}

export const usePlanList = (): QueryResult<PlanListItem[]> => useQuery(() => listPlans(db), [], EMPTY);
export const usePlan = (planId: string): QueryResult<Plan | undefined> => useQuery(() => db.plans.get(planId), [planId], undefined);
export const usePlanState = (planId: string): QueryResult<PlanState | undefined> =>
  useQuery(() => db.planState.get(planId), [planId], undefined);

export const usePartners = (planId: string): QueryResult<Partner[]> => usePlanTable('partners', planId, (p) => p.name.toLocaleLowerCase());
export const useParticipants = (planId: string): QueryResult<Participant[]> =>
  usePlanTable('participants', planId, (p) => p.name.toLocaleLowerCase());
export const useSessions = (planId: string): QueryResult<WorkshopSession[]> => usePlanTable('sessions', planId, (s) => s.date || s.createdAt);
export const useCards = (planId: string): QueryResult<Card[]> => usePlanTable('cards', planId, (c) => c.order);
export const useRisks = (planId: string): QueryResult<Risk[]> => usePlanTable('risks', planId, (r) => r.order);
export const useVotes = (planId: string): QueryResult<Vote[]> => usePlanTable('votes', planId, (v) => v.createdAt);
export const useCriteria = (planId: string): QueryResult<Criterion[]> => usePlanTable('criteria', planId, (c) => c.order);
export const useScores = (planId: string): QueryResult<Score[]> => usePlanTable('scores', planId, (s) => s.createdAt);
export const useResponses = (planId: string): QueryResult<PlanResponse[]> => usePlanTable('responses', planId, (r) => r.order);
export const useOutcomes = (planId: string): QueryResult<Outcome[]> => usePlanTable('outcomes', planId, (o) => o.createdAt);

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
  );
}
