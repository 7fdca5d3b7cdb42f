/**
 * Stage 6: results. Three views in tabs (dot vote, criteria scores, sector participation), each
 * hiding its totals until revealed, then the priorities with their decision on record.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';
import { Tabs } from './Tabs';
import { DotResults } from './DotResults';
import { ScoreResults } from './ScoreResults';
import { ParticipationResults } from './ParticipationResults';
import { PrioritiesPanel } from './PrioritiesPanel';
import { DecisionDialog } from './DecisionDialog';
import { usePrioritisation } from './usePrioritisation';
import './results.css';

type View = 'dots' | 'scores' | 'participation';

export function ResultsStage({ plan }: { plan: Plan }) {
  const { t } = useTranslation('results');
  const data = usePrioritisation(plan);
  const [view, setView] = useState<View>('dots');
  const [deciding, setDeciding] = useState(false);
  const openDecision = useCallback(() => setDeciding(true), []);
  return (
    <>
      <h1 id="stage-title">{t('results:title')}</h1>
      <p className="stage-intro">{t('results:intro')}</p>
      <Tabs
        label={t('results:views')}
        selected={view}
        onSelect={setView}
        tabs={[
          { key: 'dots', label: t('results:tabDots') },
          { key: 'scores', label: t('results:tabScores') },
          { key: 'participation', label: t('results:tabParticipation') },
        ]}
      >
        {view === 'dots' && <DotResults plan={plan} data={data} />}
        {view === 'scores' && <ScoreResults plan={plan} data={data} />}
        {view === 'participation' && <ParticipationResults plan={plan} data={data} />}
      </Tabs>
      <PrioritiesPanel risks={data.risks} partners={data.partners} onRecordDecision={openDecision} />
      {deciding && <DecisionDialog plan={plan} data={data} onClose={() => setDeciding(false)} />}
    </>
  );
}
