/**
 * The scoring method (weighted criteria, Hanlon, importance × changeability) and its scale.
 * Switching method installs the method's criteria; when criteria or scores exist, a dialog says
 * what will be replaced first (undo brings it all back).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCORING_METHODS, type Criterion, type Plan, type ScoringMethod } from '@core/model';
import { missingRoles, SCALE_LIMITS } from '@core/scoring';
import { db } from '../../db/database';
import { switchScoringMethod } from '../../domain/criteria';
import { ScaleError, setScale } from '../../domain/scores';
import { Dialog } from '../../components/Dialog';
import { useAnnouncer } from '../../components/Announcer';
import { NumberSetting } from '../voting/NumberSetting';

export function MethodSection({ plan, criteria, scoreCount }: { plan: Plan; criteria: readonly Criterion[]; scoreCount: number }) {
  const { t } = useTranslation(['scoring', 'catalogue', 'common']);
  const { announce } = useAnnouncer();
  const [pending, setPending] = useState<ScoringMethod | null>(null);
  const methodId = useId();
  const { method, scaleMin, scaleMax } = plan.scoring;
  const missing = missingRoles(method, criteria);

  const apply = async (next: ScoringMethod) => {
    await switchScoringMethod(db, plan.id, next, {
      nameOf: (id) => t(`catalogue:criterion.${id}`),
      descriptionOf: (id) => t(`scoring:criterionHelp.${id}`),
    });
    setPending(null);
    announce(t('scoring:methodApplied', { method: t(`catalogue:scoringMethod.${next}`) }));
  };

  const choose = (next: ScoringMethod) => {
    if (criteria.length === 0 && scoreCount === 0) void apply(next);
    else setPending(next);
  };

  const commitScale = (key: 'scaleMin' | 'scaleMax') => async (value: number) => {
    try {
      await setScale(db, plan.id, { scaleMin, scaleMax, [key]: value });
      return null;
    } catch (e) {
      if (!(e instanceof ScaleError)) throw e;
      return t(`scoring:scaleProblem.${e.reason}`, { count: e.outside, min: SCALE_LIMITS.min, max: SCALE_LIMITS.max });
    }
  };

  return (
    <section aria-labelledby="method-heading">
      <h2 id="method-heading" className="visually-hidden">
        {t('scoring:methodHeading')}
      </h2>
      <div className="inline-form method-form">
        <div className="field">
          <label htmlFor={methodId}>{t('scoring:method')}</label>
          <select id={methodId} value={method} onChange={(e) => choose(e.target.value as ScoringMethod)}>
            {SCORING_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`catalogue:scoringMethod.${m}`)}
              </option>
            ))}
          </select>
        </div>
        <NumberSetting label={t('scoring:scaleMin')} value={scaleMin} min={SCALE_LIMITS.min} max={SCALE_LIMITS.max} onCommit={commitScale('scaleMin')} className="scale-field" />
        <NumberSetting label={t('scoring:scaleMax')} value={scaleMax} min={SCALE_LIMITS.min} max={SCALE_LIMITS.max} onCommit={commitScale('scaleMax')} className="scale-field" />
        <p className="method-explain">{t(`scoring:methodExplain.${method}`, { min: scaleMin, max: scaleMax })}</p>
      </div>
      {missing.length > 0 && (
        <div className="method-warning" role="note">
          <p>{criteria.length === 0 ? t('scoring:noCriteria') : t(`scoring:criteriaDoNotFit.${method}`)}</p>
          <button type="button" className="primary" onClick={() => choose(method)}>
            {t('scoring:useTemplate', { method: t(`catalogue:scoringMethod.${method}`) })}
          </button>
        </div>
      )}
      <Dialog
        title={t('scoring:switchTitle', { method: pending ? t(`catalogue:scoringMethod.${pending}`) : '' })}
        open={pending !== null}
        onClose={() => setPending(null)}
        actions={
          <>
            <button type="button" onClick={() => setPending(null)}>
              {t('common:cancel')}
            </button>
            <button type="button" className="primary" onClick={() => pending && void apply(pending)}>
              {t('scoring:switchConfirm')}
            </button>
          </>
        }
      >
        <p>{t('scoring:switchExplain', { criteria: criteria.length, scores: scoreCount })}</p>
        <p className="hint">{t('scoring:switchUndo')}</p>
      </Dialog>
    </section>
  );
}
