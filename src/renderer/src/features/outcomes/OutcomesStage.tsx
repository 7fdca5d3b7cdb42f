/**
 * Stage 9: outcomes and measures. Per priority, the performance measurement table: each outcome
 * (of the priority or of one of its responses) with its level, indicator, baseline, target, data
 * source, collection method, frequency and responsibility, and what is still missing.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outcome, Plan, PlanResponse, Risk } from '@core/model';
import { outcomePriorityId } from '@core/matrix';
import { useOutcomes, useResponses, useRisks } from '../../hooks/entities';
import { OutcomeDialog, type OutcomeDialogTarget } from './OutcomeDialog';
import { MeasurementTable } from './MeasurementTable';
import './outcomes.css';

export function OutcomesStage({ plan }: { plan: Plan }) {
  const { t } = useTranslation('outcomes');
  const { data: risks, isLoading } = useRisks(plan.id);
  const { data: responses } = useResponses(plan.id);
  const { data: outcomes } = useOutcomes(plan.id);
  const [dialog, setDialog] = useState<OutcomeDialogTarget | null>(null);

  const byPriority = useMemo(() => {
    const map = new Map<string, Outcome[]>();
    for (const o of outcomes) {
      const riskId = outcomePriorityId(o, responses);
      if (riskId) map.set(riskId, [...(map.get(riskId) ?? []), o]);
    }
    return map;
  }, [outcomes, responses]);
  // Priorities first; a risk that is no longer a priority keeps its outcomes visible.
  const shown = risks.filter((r) => r.isPriority || byPriority.has(r.id)).sort((a, b) => Number(b.isPriority) - Number(a.isPriority) || a.order - b.order);

  return (
    <>
      <h1 id="stage-title">{t('title')}</h1>
      <p className="stage-intro">{t('intro')}</p>
      {!isLoading && shown.length === 0 && <p className="empty">{t('noPriorities')}</p>}
      {shown.map((risk) => (
        <PrioritySection
          key={risk.id}
          risk={risk}
          outcomes={byPriority.get(risk.id) ?? []}
          responses={responses}
          onAdd={() => setDialog({ mode: 'add', risk })}
          onEdit={(outcome) => setDialog({ mode: 'edit', outcome, risk })}
        />
      ))}
      <OutcomeDialog planId={plan.id} target={dialog} responses={responses} onClose={() => setDialog(null)} />
    </>
  );
}

interface SectionProps {
  risk: Risk;
  outcomes: Outcome[];
  responses: PlanResponse[];
  onAdd: () => void;
  onEdit: (outcome: Outcome) => void;
}

function PrioritySection({ risk, outcomes, responses, onAdd, onEdit }: SectionProps) {
  const { t } = useTranslation('outcomes');
  const headingId = `outcomes-${risk.id}`;
  return (
    <section className="outcome-section" aria-labelledby={headingId}>
      <div className="section-header">
        <h2 id={headingId}>
          {risk.title}
          {!risk.isPriority && <span className="not-priority"> {t('notPriority')}</span>}
        </h2>
        <button type="button" className="primary" onClick={onAdd} aria-label={t('addFor', { risk: risk.title })}>
          {t('addOutcome')}
        </button>
      </div>
      {outcomes.length === 0 ? (
        <p className="empty">{t('none')}</p>
      ) : (
        <MeasurementTable caption={t('tableCaption', { risk: risk.title })} outcomes={outcomes} responses={responses} onEdit={onEdit} />
      )}
    </section>
  );
}
