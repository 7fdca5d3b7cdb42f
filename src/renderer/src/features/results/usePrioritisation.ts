/**
 * Everything the results screens read, in one place: the plan's records (live) and the lookups
 * the pure scoring functions need. Computation itself stays in src/core/scoring and core/charts.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Plan } from '@core/model';
import { sectorLookup, suggestedPresentPartners, type SectorLookup } from '@core/scoring';
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

  // Only a click on "Priority" needs the organisations present, from the votes and scores of that
  // moment: a callback that reads them then keeps its identity, so ranking rows (memoised) are
  // not redrawn after every vote just to carry the latest votes.
  const latest = useRef({ participants, votes, scores, partners });
  useEffect(() => {
    latest.current = { participants, votes, scores, partners };
  }, [participants, votes, scores, partners]);
  const suggestPresent = useCallback(() => {
    const d = latest.current;
    return suggestedPresentPartners(d.participants, d.votes, d.scores, d.partners.map((p) => p.id));
  }, []);

  return { risks, votes, participants, partners, criteria, scores, sessions, lookup, suggestPresent };
}

export type PrioritisationData = ReturnType<typeof usePrioritisation>;
