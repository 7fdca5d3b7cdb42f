/**
 * Stage 4: dot votes. The facilitator sets the rules, enters each participant's dots (or lets
 * each person vote privately at the laptop), and, once the results were revealed and discussed,
 * may run another round on the better half of the risks.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';
import { ballotRisks } from '@core/scoring';
import { useParticipants, usePartners, useRisks, useVotes } from '../../hooks/entities';
import { VotingRules } from './VotingRules';
import { Ballots } from './Ballots';
import { NextRoundPanel } from './NextRoundPanel';
import './voting.css';

export function VotingStage({ plan }: { plan: Plan }) {
  const { t } = useTranslation('voting');
  const { data: risks } = useRisks(plan.id);
  const { data: participants } = useParticipants(plan.id);
  const { data: partners } = usePartners(plan.id);
  const { data: votes } = useVotes(plan.id);
  const { round } = plan.voting;

  const onBallot = useMemo(() => {
    const ids = new Set(ballotRisks(risks, votes, round));
    // Every risk is on the ballot in round 1: keep the same list, so the ballot rows stay memoised.
    return ids.size === risks.length ? risks : risks.filter((r) => ids.has(r.id));
  }, [risks, votes, round]);
  const dropped = risks.length - onBallot.length;

  return (
    <>
      <h1 id="stage-title">{t('voting:title')}</h1>
      <p className="stage-intro">{t('voting:intro')}</p>
      <VotingRules plan={plan} />
      {round > 1 && <p className="round-note">{t('voting:roundBallotNote', { round, count: onBallot.length, dropped })}</p>}
      {risks.length === 0 || participants.length === 0 ? (
        <p className="empty">{t('voting:needRisksAndParticipants')}</p>
      ) : (
        <>
          <Ballots plan={plan} risks={onBallot} participants={participants} partners={partners} votes={votes} />
          <NextRoundPanel plan={plan} risks={risks} votes={votes} />
        </>
      )}
    </>
  );
}
