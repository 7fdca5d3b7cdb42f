/**
 * Add or edit an outcome and its measures (the framework's performance measurement table:
 * indicator, baseline, target, data source, collection method, frequency, responsibility).
 * Impossible entries are refused with a message next to the field; nothing is written.
 */
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTCOME_LEVELS, PLANNING_AREAS, type Outcome, type OutcomeLevel, type PlanResponse, type Risk } from '@core/model';
import { RECORD_DEFAULTS } from '@core/records';
import { validateOutcome, type OutcomeDraft, type OutcomeField, type OutcomeProblem } from '@core/outcomes';
import { Dialog } from '../../components/Dialog';
import { useAnnouncer } from '../../components/Announcer';
import { useUndoAction } from '../../components/useUndoAction';
import { db } from '../../db/database';
import { addOutcome, deleteOutcome, OutcomeError, updateOutcome } from '../../domain/outcomes';
import { problemMessage } from './outcome-messages';
import './outcomes.css';

export type OutcomeDialogTarget = { mode: 'add'; risk: Risk; level?: OutcomeLevel; responseId?: string } | { mode: 'edit'; outcome: Outcome; risk: Risk };

interface Props {
  planId: string;
  target: OutcomeDialogTarget | null;
  /** Responses of the plan: those of the target's priority can be measured. */
  responses: PlanResponse[];
  onClose: () => void;
}

export function OutcomeDialog({ planId, target, responses, onClose }: Props) {
  const { t } = useTranslation('outcomes');
  const title = !target ? '' : target.mode === 'add' ? t('addTitle', { risk: target.risk.title }) : t('editTitle', { risk: target.risk.title });
  return (
    <Dialog open={target !== null} title={title} onClose={onClose}>
      {target && (
        <OutcomeForm
          key={target.mode === 'edit' ? target.outcome.id : `${target.risk.id}:${target.level ?? ''}:${target.responseId ?? ''}`}
          planId={planId}
          target={target}
          responses={responses.filter((r) => r.riskId === target.risk.id)}
          onClose={onClose}
        />
      )}
    </Dialog>
  );
}

const FREQUENCIES = ['monthly', 'quarterly', 'twiceYearly', 'yearly'] as const;

function initialDraft(target: OutcomeDialogTarget): OutcomeDraft {
  if (target.mode === 'edit') {
    const { id: _id, planId: _planId, createdAt: _c, updatedAt: _u, ...draft } = target.outcome;
    return draft;
  }
  return {
    ...RECORD_DEFAULTS.outcomes,
    level: target.level ?? 'immediate',
    riskId: target.responseId ? null : target.risk.id,
    responseId: target.responseId ?? null,
  };
}

function OutcomeForm({ planId, target, responses, onClose }: Props & { target: OutcomeDialogTarget }) {
  const { t } = useTranslation(['outcomes', 'catalogue', 'common']);
  const { announce } = useAnnouncer();
  const undoAction = useUndoAction();
  const ids = useId();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<OutcomeDraft>(() => initialDraft(target));
  const [problems, setProblems] = useState<OutcomeProblem[]>([]);
  const set = <K extends keyof OutcomeDraft>(key: K, value: OutcomeDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const problemOf = (field: OutcomeField) => problems.find((p) => p.field === field);
  const fieldId = (field: string) => `${ids}-${field}`;

  const subject = draft.responseId ?? '';
  const setSubject = (value: string) => setDraft((d) => ({ ...d, responseId: value || null, riskId: value ? null : target.risk.id }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = validateOutcome(draft);
    setProblems(found);
    if (found.length > 0) {
      focusFirst(found);
      return;
    }
    try {
      if (target.mode === 'add') await addOutcome(db, planId, draft);
      else await updateOutcome(db, planId, target.outcome.id, draft);
      announce(t(target.mode === 'add' ? 'outcomes:added' : 'outcomes:saved', { statement: draft.statement.trim() }));
      onClose();
    } catch (error) {
      if (error instanceof OutcomeError) {
        setProblems(error.problems);
        focusFirst(error.problems);
      } else announce(t('outcomes:changeFailed'), { tone: 'error' });
    }
  };

  const focusFirst = (found: OutcomeProblem[]) => {
    const first = found[0];
    if (first) form.current?.querySelector<HTMLElement>(`#${CSS.escape(fieldId(first.field))}`)?.focus();
  };

  const remove = async () => {
    if (target.mode !== 'edit') return;
    await deleteOutcome(db, planId, target.outcome.id);
    onClose();
    announce(t('outcomes:deleted', { statement: target.outcome.statement }), { action: undoAction(planId) });
  };

  const field = (name: OutcomeField, label: string, control: (props: FieldProps) => ReactNode, opts: { hint?: string; wide?: boolean } = {}) => {
    const problem = problemOf(name);
    const hintId = opts.hint ? `${fieldId(name)}-hint` : undefined;
    const problemId = problem ? `${fieldId(name)}-problem` : undefined;
    return (
      <div className={opts.wide ? 'field span-2' : 'field'}>
        <label htmlFor={fieldId(name)}>{label}</label>
        {control({ id: fieldId(name), 'aria-invalid': problem ? true : undefined, 'aria-describedby': [problemId, hintId].filter(Boolean).join(' ') || undefined })}
        {opts.hint && (
          <span id={hintId} className="field-hint">
            {opts.hint}
          </span>
        )}
        {problem && (
          <p id={problemId} className="field-problem">
            {problemMessage(t, problem, draft)}
          </p>
        )}
      </div>
    );
  };
  const text = (name: Exclude<OutcomeField, 'riskId' | 'responseId' | 'level'>, max = 1000) => (props: FieldProps) => (
    <input {...props} value={draft[name]} maxLength={max} onChange={(e) => set(name, e.target.value)} />
  );

  return (
    <form ref={form} className="outcome-form" onSubmit={(e) => void submit(e)} noValidate>
      {problems.length > 0 && (
        <p className="form-problems span-2" role="alert">
          {t('outcomes:notSaved', { count: problems.length })}
        </p>
      )}
      {field('statement', t('outcomes:statement'), (props) => (
        <textarea {...props} rows={2} value={draft.statement} maxLength={600} autoFocus onChange={(e) => set('statement', e.target.value)} />
      ), { wide: true, hint: t('outcomes:statementHint') })}
      {field('riskId', t('outcomes:measures'), (props) => (
        <select {...props} value={subject} onChange={(e) => setSubject(e.target.value)}>
          <option value="">{t('outcomes:wholePriority', { risk: target.risk.title })}</option>
          {PLANNING_AREAS.map((area) => {
            const inArea = responses.filter((r) => r.area === area);
            return inArea.length === 0 ? null : (
              <optgroup key={area} label={t(`catalogue:area.${area}`)}>
                {inArea.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.title}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
      ), { wide: true })}
      <fieldset className="level-choice span-2">
        <legend>{t('outcomes:level')}</legend>
        {OUTCOME_LEVELS.map((level) => (
          <label key={level} className="compact">
            <input type="radio" name={`${ids}-level`} checked={draft.level === level} onChange={() => set('level', level)} />
            {t(`catalogue:outcomeLevel.${level}`)}
          </label>
        ))}
      </fieldset>
      {field('indicator', t('outcomes:indicator'), text('indicator'), { wide: true, hint: t('outcomes:indicatorHint') })}
      {field('baseline', t('outcomes:baseline'), text('baseline', 200))}
      {field('baselineDate', t('outcomes:baselineDate'), text('baselineDate', 20), { hint: t('outcomes:dateHint') })}
      {field('target', t('outcomes:target'), text('target', 200))}
      {field('targetDate', t('outcomes:targetDate'), text('targetDate', 20), { hint: t('outcomes:dateHint') })}
      {field('dataSource', t('outcomes:dataSource'), text('dataSource'))}
      {field('collectionMethod', t('outcomes:collectionMethod'), text('collectionMethod'))}
      {field('frequency', t('outcomes:frequency'), (props) => (
        <>
          <input {...props} list={`${ids}-frequencies`} value={draft.frequency} maxLength={200} onChange={(e) => set('frequency', e.target.value)} />
          <datalist id={`${ids}-frequencies`}>
            {FREQUENCIES.map((f) => (
              <option key={f} value={t(`outcomes:frequencies.${f}`)} />
            ))}
          </datalist>
        </>
      ))}
      {field('responsibility', t('outcomes:responsibility'), text('responsibility'))}
      <div className="dialog-actions span-2">
        {target.mode === 'edit' && (
          <button type="button" className="danger push-left" onClick={() => void remove()}>
            {t('common:delete')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('common:cancel')}
        </button>
        <button type="submit" className="primary">
          {target.mode === 'add' ? t('outcomes:add') : t('outcomes:save')}
        </button>
      </div>
    </form>
  );
}

interface FieldProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}
