/**
 * What the current step shows: the spotlighted risk (grouping, results, matrix, outcomes), which
 * results (dot votes or criteria scores), and revealing them to the room.
 */
import { useTranslation } from 'react-i18next';
import type { Plan, Risk } from '@core/model';
import { RESULT_SOURCES, stepOfStage, type PresenterAction, type PresenterState } from '@core/presentation';
import { db } from '../../db/database';
import { updatePlan } from '../../domain/plans';
import { useAnnouncer } from '../../components/Announcer';
import type { Stage } from '../../hooks/useRoute';

interface Props {
  plan: Plan;
  stage: Stage;
  risks: readonly Risk[];
  state: PresenterState;
  dispatch: (action: PresenterAction) => void;
}

const SPOTLIGHT_STEPS = new Set(['grouping', 'results', 'matrix', 'outcomes']);

export function FocusControls({ plan, stage, risks, state, dispatch }: Props) {
  const { t } = useTranslation('presenter');
  const { announce } = useAnnouncer();
  const step = stepOfStage(stage);
  const choices = step === 'matrix' || step === 'outcomes' ? risks.filter((r) => r.isPriority) : risks;
  const source = state.resultSource;
  const revealed = source === 'dots' ? plan.voting.revealed : plan.scoring.revealed;

  const reveal = async (value: boolean) => {
    await updatePlan(db, plan.id, source === 'dots' ? { voting: { ...plan.voting, revealed: value } } : { scoring: { ...plan.scoring, revealed: value } });
    announce(value ? t('revealedNow') : t('hiddenNow'));
  };

  if (!SPOTLIGHT_STEPS.has(step)) return null;
  return (
    <div className="presenter-group presenter-focus" role="group" aria-label={t('whatToShow')}>
      {step === 'results' && (
        <>
          <label className="compact">
            {t('resultsShown')}
            <select aria-label={t('resultsShown')} value={source} onChange={(e) => dispatch({ type: 'resultSource', source: e.target.value as (typeof RESULT_SOURCES)[number] })}>
              {RESULT_SOURCES.map((s) => (
                <option key={s} value={s}>
                  {t(`source.${s}`)}
                </option>
              ))}
            </select>
          </label>
          {revealed ? (
            <button type="button" onClick={() => void reveal(false)}>
              {t('hideResults')}
            </button>
          ) : (
            <button type="button" className="primary" onClick={() => void reveal(true)}>
              {t('revealResults')}
            </button>
          )}
        </>
      )}
      <label className="compact">
        {t('spotlight')}
        <select aria-label={t('spotlight')} value={state.focusRiskId ?? ''} onChange={(e) => dispatch({ type: 'focus', riskId: e.target.value || null })}>
          <option value="">{t('spotlightNone')}</option>
          {choices.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
