/** The voting rules: dots per participant and most dots on one risk, with the round in progress. */
import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';
import { db } from '../../db/database';
import { MAX_DOTS, setVotingRules, VotingRulesError } from '../../domain/votes';
import { NumberSetting } from './NumberSetting';

export function VotingRules({ plan }: { plan: Plan }) {
  const { t } = useTranslation('voting');
  const { dotsPerParticipant, maxDotsPerRisk, round } = plan.voting;

  const commit = (key: 'dotsPerParticipant' | 'maxDotsPerRisk') => async (value: number) => {
    try {
      await setVotingRules(db, plan.id, { [key]: value });
      return null;
    } catch (e) {
      if (!(e instanceof VotingRulesError)) throw e;
      return e.reason === 'ballotsOver'
        ? t('voting:rulesProblem.ballotsOver', { names: e.names.join(', '), count: e.names.length })
        : t(`voting:rulesProblem.${e.reason}`, { what: t(`voting:${key}`), max: MAX_DOTS });
    }
  };

  return (
    <div className="inline-form voting-rules" role="group" aria-label={t('voting:rules')}>
      <NumberSetting label={t('voting:dotsPerParticipant')} value={dotsPerParticipant} min={1} max={MAX_DOTS} onCommit={commit('dotsPerParticipant')} />
      <NumberSetting label={t('voting:maxDotsPerRisk')} value={maxDotsPerRisk} min={1} max={MAX_DOTS} onCommit={commit('maxDotsPerRisk')} />
      <p className="round-badge" aria-live="polite">
        {t('voting:roundNow', { round })}
      </p>
    </div>
  );
}
