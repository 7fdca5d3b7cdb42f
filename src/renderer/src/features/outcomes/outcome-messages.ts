/** The message (catalogue key and values) for each outcome problem, so every refusal names what is wrong. */
import type { TFunction } from 'i18next';
import { MAX_MEASURE_TEXT, MAX_STATEMENT, type OutcomeDraft, type OutcomeProblem } from '@core/outcomes';

export function problemMessage(t: TFunction, problem: OutcomeProblem, draft: OutcomeDraft): string {
  switch (problem.code) {
    case 'required':
      return t(problem.field === 'indicator' ? 'outcomes:indicatorRequired' : 'outcomes:statementRequired');
    case 'tooLong':
      return t('outcomes:tooLong', { max: problem.field === 'statement' ? MAX_STATEMENT : MAX_MEASURE_TEXT });
    case 'badDate':
      return t('outcomes:badDate', { value: problem.field === 'targetDate' ? draft.targetDate : draft.baselineDate });
    case 'targetBeforeBaseline':
      return t('outcomes:targetBeforeBaseline', { target: draft.targetDate.trim(), baseline: draft.baselineDate.trim() });
    case 'noSubject':
      return t('outcomes:noSubject');
    case 'badLevel':
      return t('outcomes:badLevel');
  }
}
