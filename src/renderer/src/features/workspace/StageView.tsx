import type { Plan } from '@core/model';
import type { Stage } from '../../hooks/useRoute';
import { PartnersStage } from '../partners/PartnersStage';
import { CaptureStage } from '../capture/CaptureStage';
import { RisksStage } from '../risks/RisksStage';
import { VotingStage } from '../voting/VotingStage';
import { ResultsStage } from '../results/ResultsStage';
import { MatrixStage } from '../matrix/MatrixStage';

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
    case 'matrix':
      return <MatrixStage plan={plan} />;
  }
}
