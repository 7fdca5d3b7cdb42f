/**
 * Fast score entry for one rater: risks down, criteria across. Type a number and it is saved;
 * with a one-digit scale the cursor moves on by itself, so a ballot is typed "4 5 3 3, 4 4 5 3…".
 * An empty cell is a missing score (left out of the results, never a zero). PEARL feasibility
 * factors are answered yes / no.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion, Plan, Risk, Score } from '@core/model';
import { criterionScale, isYesNoCriterion } from '@core/scoring';
import { db } from '../../db/database';
import { ScoreError, setScore } from '../../domain/scores';
import { focusNext, onGridKey } from './grid-keys';

interface ScoreGridProps {
  plan: Plan;
  raterId: string;
  raterName: string;
  risks: readonly Risk[];
  criteria: readonly Criterion[];
  /** This rater's scores. */
  scores: readonly Score[];
}

export function ScoreGrid({ plan, raterId, raterName, risks, criteria, scores }: ScoreGridProps) {
  const { t } = useTranslation('scoring');
  const [problem, setProblem] = useState<string | null>(null);
  const grid = useRef<HTMLTableElement>(null);
  const value = new Map(scores.map((s) => [`${s.riskId}|${s.criterionId}`, s.value]));

  const save = async (risk: Risk, criterion: Criterion, v: number | null) => {
    try {
      await setScore(db, plan.id, { riskId: risk.id, criterionId: criterion.id, raterId }, v);
      setProblem(null);
      return true;
    } catch (e) {
      if (!(e instanceof ScoreError)) throw e;
      setProblem(t(`scoring:scoreProblem.${e.reason}`, { criterion: criterion.name, risk: risk.title, min: e.scale.scaleMin, max: e.scale.scaleMax }));
      return false;
    }
  };

  return (
    <>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="table-scroll" role="region" tabIndex={0} aria-label={t('scoring:gridCaption', { name: raterName })}>
        <table ref={grid} className="data-table score-grid" data-grid="scores">
          <caption>{t('scoring:gridCaption', { name: raterName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scoring:risk')}</th>
              {criteria.map((c) => (
                <th scope="col" key={c.id} className="criterion-column">
                  {c.name}
                  {!isYesNoCriterion(c) && plan.scoring.method === 'weighted' && <span className="weight-note">{t('scoring:weightShort', { weight: c.weight })}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {risks.map((r, row) => (
              <tr key={r.id}>
                <th scope="row">{r.title}</th>
                {criteria.map((c, col) => (
                  <td key={c.id}>
                    {isYesNoCriterion(c) ? (
                      <select
                        className="score-select"
                        data-row={row}
                        data-col={col}
                        aria-label={t('scoring:scoreFor', { criterion: c.name, risk: r.title })}
                        value={value.get(`${r.id}|${c.id}`) === undefined ? '' : String(value.get(`${r.id}|${c.id}`))}
                        onChange={(e) => void save(r, c, e.target.value === '' ? null : Number(e.target.value))}
                        onKeyDown={(e) => onGridKey(e, row, col)}
                      >
                        <option value="">{t('scoring:noAnswer')}</option>
                        <option value="1">{t('scoring:yes')}</option>
                        <option value="0">{t('scoring:no')}</option>
                      </select>
                    ) : (
                      <ScoreInput
                        label={t('scoring:scoreFor', { criterion: c.name, risk: r.title })}
                        stored={value.get(`${r.id}|${c.id}`)}
                        scale={criterionScale(c, plan.scoring)}
                        row={row}
                        col={col}
                        onSave={(v) => save(r, c, v)}
                        onComplete={() => focusNext(grid.current, row, col, criteria.length)}
                      />
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

interface ScoreInputProps {
  label: string;
  stored: number | undefined;
  scale: { scaleMin: number; scaleMax: number };
  row: number;
  col: number;
  onSave: (value: number | null) => Promise<boolean>;
  onComplete: () => void;
}

function ScoreInput({ label, stored, scale, row, col, onSave, onComplete }: ScoreInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (stored === undefined ? '' : String(stored));
  useEffect(() => setDraft(null), [stored]);
  // One keystroke is a whole score when every value on the scale is one digit.
  const oneDigit = scale.scaleMin >= 0 && scale.scaleMax <= 9;

  const change = async (text: string) => {
    setDraft(text);
    const trimmed = text.trim();
    if (trimmed === '') {
      if (stored !== undefined) await onSave(null);
      return;
    }
    if (trimmed === '-') return;
    const ok = await onSave(Number(trimmed.replace(',', '.')));
    if (ok) {
      setDraft(null);
      if (oneDigit) onComplete();
    }
  };

  return (
    <input
      type="text"
      inputMode="numeric"
      className="score-input"
      data-row={row}
      data-col={col}
      aria-label={label}
      aria-invalid={draft !== null && draft.trim() !== ''}
      value={shown}
      maxLength={4}
      autoComplete="off"
      onChange={(e) => void change(e.target.value)}
      onFocus={(e) => e.target.select()}
      onBlur={() => setDraft(null)}
      onKeyDown={(e) => onGridKey(e, row, col)}
    />
  );
}
