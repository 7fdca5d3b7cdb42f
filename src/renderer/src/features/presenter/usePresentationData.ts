/** The plan's records the audience projection reads, live from the database (facilitator window only). */
import { useMemo } from 'react';
import type { Plan } from '@core/model';
import type { PresentationData } from '@core/presentation';
import {
  useCards,
  useCriteria,
  useOutcomes,
  useParticipants,
  usePartners,
  useResponses,
  useRisks,
  useScores,
  useSessions,
  useVotes,
} from '../../hooks/entities';

export function usePresentationData(plan: Plan): PresentationData {
  const planId = plan.id;
  const { data: partners } = usePartners(planId);
  const { data: participants } = useParticipants(planId);
  const { data: sessions } = useSessions(planId);
  const { data: cards } = useCards(planId);
  const { data: risks } = useRisks(planId);
  const { data: votes } = useVotes(planId);
  const { data: criteria } = useCriteria(planId);
  const { data: scores } = useScores(planId);
  const { data: responses } = useResponses(planId);
  const { data: outcomes } = useOutcomes(planId);
  return useMemo(
    () => ({ plan, partners, participants, sessions, cards, risks, votes, criteria, scores, responses, outcomes }),
    [plan, partners, participants, sessions, cards, risks, votes, criteria, scores, responses, outcomes],
  );
}
