/**
 * The criteria of the method in use: names, descriptions, weights (weighted method only) and
 * order. Text is saved when the field is left or Enter is pressed; a weight is saved as it is
 * typed when valid. Hanlon and importance × changeability criteria are fixed by their method.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion, Plan } from '@core/model';
import { criteriaAreFixed, MAX_WEIGHT } from '@core/scoring';
import { db } from '../../db/database';
import { addCriterion, CriterionError, deleteCriterion, MAX_CRITERION_NAME, moveCriterion, updateCriterion } from '../../domain/criteria';
import { useAnnouncer } from '../../components/Announcer';
import { useFormat } from '../../hooks/useFormat';
import { WeightInput } from './WeightInput';

export function CriteriaEditor({ plan, criteria }: { plan: Plan; criteria: readonly Criterion[] }) {
  const { t } = useTranslation(['scoring', 'common']);
  const { announce } = useAnnouncer();
  const { number } = useFormat();
  const [problem, setProblem] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [weight, setWeight] = useState('1');
  const fixed = criteriaAreFixed(plan.scoring.method);
  const weighted = plan.scoring.method === 'weighted';
  const weightSum = criteria.reduce((s, c) => s + c.weight, 0);

  const message = (e: unknown) => {
    if (!(e instanceof CriterionError)) throw e;
    return t(`scoring:criterionProblem.${e.reason}`, { max: e.reason === 'nameTooLong' ? MAX_CRITERION_NAME : MAX_WEIGHT });
  };

  const save = async (c: Criterion, fields: { name?: string; description?: string }) => {
    if ((fields.name ?? c.name) === c.name && (fields.description ?? c.description) === c.description) return true;
    try {
      await updateCriterion(db, plan.id, c.id, fields);
      setProblem(null);
      return true;
    } catch (e) {
      setProblem(message(e));
      return false;
    }
  };

  const add = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const c = await addCriterion(db, plan.id, { name, weight: weight.trim() === '' ? 1 : Number(weight) });
      announce(t('scoring:criterionAdded', { name: c.name }));
      setName('');
      setWeight('1');
      setProblem(null);
    } catch (err) {
      setProblem(message(err));
    }
  };

  const remove = async (c: Criterion) => {
    await deleteCriterion(db, plan.id, c.id);
    announce(t('scoring:criterionDeleted', { name: c.name }));
  };

  return (
    <section aria-labelledby="criteria-heading" className="criteria">
      <h2 id="criteria-heading">{t('scoring:criteriaHeading', { count: criteria.length })}</h2>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      {criteria.length > 0 && (
        <div className="table-scroll" role="region" tabIndex={0} aria-label={t('scoring:criteriaCaption')}>
          <table className="data-table criteria-table">
            <caption className="visually-hidden">{t('scoring:criteriaCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('scoring:criterionName')}</th>
                <th scope="col">{t('scoring:criterionDescription')}</th>
                {weighted && <th scope="col">{t('scoring:weight')}</th>}
                {weighted && <th scope="col" className="num">{t('scoring:share')}</th>}
                {!weighted && <th scope="col">{t('scoring:role')}</th>}
                <th scope="col">
                  <span className="visually-hidden">{t('scoring:actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {criteria.map((c, i) => (
                <tr key={c.id}>
                  <td>
                    <TextCell label={t('scoring:nameOf', { name: c.name })} value={c.name} maxLength={MAX_CRITERION_NAME} onSave={(v) => save(c, { name: v })} />
                  </td>
                  <td className="grow">
                    <TextCell label={t('scoring:descriptionOf', { name: c.name })} value={c.description} maxLength={1000} onSave={(v) => save(c, { description: v })} />
                  </td>
                  {weighted && (
                    <td>
                      <WeightInput plan={plan} criterion={c} />
                    </td>
                  )}
                  {weighted && <td className="num">{weightSum > 0 ? `${number(Math.round((c.weight / weightSum) * 100))} %` : '–'}</td>}
                  {!weighted && <td>{c.role ? t(`scoring:roleName.${c.role.replace('pearl.', 'pearl_')}`) : '–'}</td>}
                  <td className="row-actions">
                    <button type="button" className="quiet small" disabled={i === 0} aria-label={t('scoring:moveUp', { name: c.name })} onClick={() => void moveCriterion(db, plan.id, c.id, -1)}>
                      ↑
                    </button>
                    <button
                      type="button"
                      className="quiet small"
                      disabled={i === criteria.length - 1}
                      aria-label={t('scoring:moveDown', { name: c.name })}
                      onClick={() => void moveCriterion(db, plan.id, c.id, 1)}
                    >
                      ↓
                    </button>
                    {!fixed && (
                      <button type="button" className="quiet small danger" aria-label={t('scoring:deleteCriterion', { name: c.name })} onClick={() => void remove(c)}>
                        {t('common:delete')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!fixed && (
        <form className="inline-form" aria-label={t('scoring:addCriterionForm')} onSubmit={(e) => void add(e)}>
          <label className="grow">
            {t('scoring:newCriterionName')}
            <input value={name} maxLength={MAX_CRITERION_NAME} onChange={(e) => setName(e.target.value)} />
          </label>
          <label>
            {t('scoring:weight')}
            <input type="number" className="weight-input" min={0} max={MAX_WEIGHT} step={0.5} value={weight} onChange={(e) => setWeight(e.target.value)} />
          </label>
          <button type="submit" className="primary">
            {t('scoring:addCriterion')}
          </button>
        </form>
      )}
    </section>
  );
}

/** A text field saved on blur or Enter; Escape puts the saved text back. */
function TextCell({ label, value, maxLength, onSave }: { label: string; value: string; maxLength: number; onSave: (v: string) => Promise<boolean> }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = async () => {
    if (draft === null) return;
    if (await onSave(draft)) setDraft(null);
  };
  return (
    <input
      className="cell-text"
      aria-label={label}
      value={draft ?? value}
      maxLength={maxLength}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => void commit()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') void commit();
        if (e.key === 'Escape') setDraft(null);
      }}
    />
  );
}
