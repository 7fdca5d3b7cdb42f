/**
 * A criterion's weight, saved as it is typed when valid, so the ranking re-sorts live while the
 * room asks "what if". An invalid entry says what is wrong and changes nothing.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion, Plan } from '@core/model';
import { MAX_WEIGHT } from '@core/scoring';
import { db } from '../../db/database';
import { CriterionError, updateCriterion } from '../../domain/criteria';

export function WeightInput({ plan, criterion, visibleLabel = false }: { plan: Plan; criterion: Criterion; visibleLabel?: boolean }) {
  const { t } = useTranslation('scoring');
  const [draft, setDraft] = useState(String(criterion.weight));
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();
  useEffect(() => setDraft(String(criterion.weight)), [criterion.weight]);

  const change = async (text: string) => {
    setDraft(text);
    if (text.trim() === '') return;
    try {
      await updateCriterion(db, plan.id, criterion.id, { weight: Number(text) });
      setProblem(null);
    } catch (e) {
      if (!(e instanceof CriterionError)) throw e;
      setProblem(t(`scoring:criterionProblem.${e.reason}`, { max: MAX_WEIGHT }));
    }
  };

  const input = (
    <input
      type="number"
      className="weight-input"
      min={0}
      max={MAX_WEIGHT}
      step={0.5}
      value={draft}
      aria-label={visibleLabel ? undefined : t('scoring:weightOf', { name: criterion.name })}
      aria-invalid={problem !== null}
      aria-describedby={problem ? problemId : undefined}
      onChange={(e) => void change(e.target.value)}
      onBlur={() => {
        setDraft(String(criterion.weight));
        setProblem(null);
      }}
    />
  );
  return (
    <>
      {visibleLabel ? (
        <label className="weight-field">
          {t('scoring:weightOf', { name: criterion.name })}
          {input}
        </label>
      ) : (
        input
      )}
      {problem && (
        <span id={problemId} className="field-problem" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}
