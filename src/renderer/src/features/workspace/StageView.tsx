import type { Plan } from '@core/model';
import type { Stage } from '../../hooks/useRoute';
import { PartnersStage } from '../partners/PartnersStage';
import { CaptureStage } from '../capture/CaptureStage';
import { RisksStage } from '../risks/RisksStage';
import { VotingStage } from '../voting/VotingStage';
import { ResultsStage } from '../results/ResultsStage';
import { MatrixStage } from '../matrix/MatrixStage';
import { ScoringStage } from '../scoring/ScoringStage';
import { ProfilesStage } from '../profiles/ProfilesStage';
import { OutcomesStage } from '../outcomes/OutcomesStage';
import { ActionPlanStage } from '../actions/ActionPlanStage';
import { ReportsStage } from '../reports/ReportsStage';

/** The screen of one workshop stage. Each stage owns its folder under features/. */
export function StageView({ plan, stage }: { plan: Plan; stage: Stage }) {
  switch (stage) {
    case 'partners':
      return <PartnersStage plan={plan} />;
    case 'capture':
      return <CaptureStage plan={plan} />;
    case 'risks':
      return <RisksStage plan={plan} />;
    case 'voting':
      return <VotingStage plan={plan} />;
    case 'results':
      return <ResultsStage plan={plan} />;
    case 'scoring':
      return <ScoringStage plan={plan} />;
    case 'matrix':
      return <MatrixStage plan={plan} />;
    case 'profiles':
      return <ProfilesStage plan={plan} />;
    case 'outcomes':
      return <OutcomesStage plan={plan} />;
    case 'actions':
      return <ActionPlanStage plan={plan} />;
    case 'reports':
      return <ReportsStage plan={plan} />;
  }
}
