import { lazy, memo, Suspense, type ComponentType } from 'react';
import type { Plan } from '@core/model';
import type { Stage } from '../../hooks/useRoute';

type StageComponent = ComponentType<{ plan: Plan }>;

/**
 * Each stage is its own chunk, loaded when first opened: start-up parses only the shell and the
 * first stage, and the heavy export libraries (Word, Excel) load only on the Publish stage.
 */
const loaders: (() => Promise<unknown>)[] = [];
const named = <K extends string>(load: () => Promise<Record<K, StageComponent>>, name: K, preload = true) => {
  if (preload) loaders.push(load);
  return lazy(async () => ({ default: (await load())[name] }));
};

/**
 * Loads the stages' code while the facilitator is idle, so the first visit of a stage in front of
 * the room does not wait for it (the module loader keeps each chunk; React.lazy then resolves at
 * once). Publish is left out: its export libraries are large and rarely needed mid-workshop.
 */
export function preloadStages(): void {
  for (const load of loaders) void load().catch(() => undefined); // a failure shows when the stage opens
}

const STAGE_VIEWS: Record<Stage, StageComponent> = {
  partners: named(() => import('../partners/PartnersStage'), 'PartnersStage'),
  capture: named(() => import('../capture/CaptureStage'), 'CaptureStage'),
  risks: named(() => import('../risks/RisksStage'), 'RisksStage'),
  voting: named(() => import('../voting/VotingStage'), 'VotingStage'),
  scoring: named(() => import('../scoring/ScoringStage'), 'ScoringStage'),
  results: named(() => import('../results/ResultsStage'), 'ResultsStage'),
  matrix: named(() => import('../matrix/MatrixStage'), 'MatrixStage'),
  profiles: named(() => import('../profiles/ProfilesStage'), 'ProfilesStage'),
  outcomes: named(() => import('../outcomes/OutcomesStage'), 'OutcomesStage'),
  actions: named(() => import('../actions/ActionPlanStage'), 'ActionPlanStage'),
  reports: named(() => import('../reports/ReportsStage'), 'ReportsStage', false),
};

/**
 * The screen of one workshop stage. Each stage owns its folder under features/. Memoised: the
 * workspace header redraws after every change (save state, undo label), the stage need not.
 */
export const StageView = memo(function StageView({ plan, stage }: { plan: Plan; stage: Stage }) {
  const View = STAGE_VIEWS[stage];
  return (
    <Suspense fallback={<div className="stage-loading" aria-busy="true" />}>
      <View plan={plan} />
    </Suspense>
  );
});
