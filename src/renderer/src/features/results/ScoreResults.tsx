/**
 * Criteria scoring results, hidden until revealed, then shown the way the plan's method works:
 * weighted criteria, Hanlon, or importance × changeability.
 */
import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';
import { db } from '../../db/database';
import { revealScores } from '../../domain/scores';
import { useAnnouncer } from '../../components/Announcer';
import { WeightedResults } from './WeightedResults';
import { HanlonResults } from './HanlonResults';
import { GridResults } from './GridResults';
import type { PrioritisationData } from './usePrioritisation';

export function ScoreResults({ plan, data }: { plan: Plan; data: PrioritisationData }) {
  const { t } = useTranslation(['results', 'catalogue']);
  const { announce } = useAnnouncer();
  const { revealed, method } = plan.scoring;
  const known = new Set(data.criteria.map((c) => c.id));
  const scores = data.scores.filter((s) => known.has(s.criterionId));
  const raters = new Set(scores.map((s) => s.raterId)).size;

  const reveal = async (value: boolean) => {
    await revealScores(db, plan.id, value);
    announce(value ? t('results:scoresRevealedNow') : t('results:scoresHiddenNow'));
  };

  return (
    <>
      <div className="inline-form results-bar">
        {revealed ? (
          <button type="button" onClick={() => void reveal(false)}>
            {t('results:hideScores')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => void reveal(true)}>
            {t('results:revealScores')}
          </button>
        )}
        <span>{t(`catalogue:scoringMethod.${method}`)}</span>
        <span>{t('results:scoresGiven', { count: raters, scores: scores.length })}</span>
      </div>
      {!revealed ? (
        <p className="hidden-results">{t('results:scoresHiddenExplain')}</p>
      ) : data.criteria.length === 0 ? (
        <p className="empty">{t('results:noCriteria')}</p>
      ) : method === 'weighted' ? (
        <WeightedResults plan={plan} data={data} />
      ) : method === 'hanlon' ? (
        <HanlonResults plan={plan} data={data} />
      ) : (
        <GridResults plan={plan} data={data} />
      )}
    </>
  );
}
