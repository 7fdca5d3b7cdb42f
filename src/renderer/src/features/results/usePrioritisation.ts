/**
 * Everything the results screens read, in one place: the plan's records (live) and the lookups
 * the pure scoring functions need. Computation itself stays in src/core/scoring and core/charts.
 */
import { useMemo } from 'react';
import type { Plan } from '@core/model';
import { sectorLookup, type SectorLookup } from '@core/scoring';
import { useCriteria, useParticipants, usePartners, useRisks, useScores, useSessions, useVotes } from '../../hooks/entities';

export function usePrioritisation(plan: Plan) {
  const { data: risks } = useRisks(plan.id);
  const { data: votes } = useVotes(plan.id);
  const { data: participants } = useParticipants(plan.id);
  const { data: partners } = usePartners(plan.id);
  const { data: criteria } = useCriteria(plan.id);
  const { data: scores } = useScores(plan.id);
  const { data: sessions } = useSessions(plan.id);
  const lookup: SectorLookup = useMemo(() => sectorLookup(participants, partners), [participants, partners]);
  return { risks, votes, participants, partners, criteria, scores, sessions, lookup };
}

export type PrioritisationData = ReturnType<typeof usePrioritisation>;
