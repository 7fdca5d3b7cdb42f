/** Stage 8: priority profiles, one page per priority (tabs), in the planning framework's shape. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';
import { priorityProfile } from '@core/matrix';
import { useCards, useCatalogueEntries, useOutcomes, usePartners, useResponses, useRisks } from '../../hooks/entities';
import { Tabs } from '../matrix/Tabs';
import { OutcomeDialog, type OutcomeDialogTarget } from '../outcomes/OutcomeDialog';
import { PriorityProfile } from './PriorityProfile';
import { useRiskFactorLabel } from './risk-factor-labels';
import './profiles.css';

export function ProfilesStage({ plan }: { plan: Plan }) {
  const { t } = useTranslation('profiles');
  const { data: risks, isLoading } = useRisks(plan.id);
  const { data: cards } = useCards(plan.id);
  const { data: responses } = useResponses(plan.id);
  const { data: outcomes } = useOutcomes(plan.id);
  const { data: partners } = usePartners(plan.id);
  const { data: entries } = useCatalogueEntries(plan.id);
  const labelOf = useRiskFactorLabel(entries);
  const [chosen, setChosen] = useState<string | null>(null);
  const [dialog, setDialog] = useState<OutcomeDialogTarget | null>(null);

  const priorities = useMemo(() => risks.filter((r) => r.isPriority), [risks]);
  const selected = priorities.find((r) => r.id === chosen) ?? priorities[0];
  const profile = useMemo(() => selected && priorityProfile(selected, cards, responses, outcomes), [selected, cards, responses, outcomes]);

  return (
    <>
      <h1 id="stage-title">{t('title')}</h1>
      <p className="stage-intro">{t('intro')}</p>
      {!isLoading && !profile && <p className="empty">{t('noPriorities')}</p>}
      {profile && (
        <Tabs
          label={t('priorities')}
          idPrefix="profile"
          tabs={priorities.map((r) => ({ id: r.id, label: r.title }))}
          selected={profile.risk.id}
          onSelect={setChosen}
        >
          <PriorityProfile
            planId={plan.id}
            profile={profile}
            partners={partners}
            entries={entries}
            labelOf={labelOf}
            onAddOutcome={(level) => setDialog({ mode: 'add', risk: profile.risk, level })}
            onEditOutcome={(outcome) => setDialog({ mode: 'edit', outcome, risk: profile.risk })}
          />
        </Tabs>
      )}
      <OutcomeDialog planId={plan.id} target={dialog} responses={responses} onClose={() => setDialog(null)} />
    </>
  );
}
