/**
 * The workshop agenda the facilitator steps through while projecting. Each agenda step covers one
 * or more screens of the app (stage ids, as in the renderer's routes): the room sees the step's
 * audience layout whichever of its screens the facilitator is on, and next / previous jump to the
 * first screen of the neighbouring step.
 */

/** The app's workshop screens, in route order: the renderer's routes (hooks/useRoute.ts) use this list. */
export const WORKSHOP_STAGES = [
  'partners',
  'capture',
  'risks',
  'voting',
  'scoring',
  'results',
  'matrix',
  'profiles',
  'outcomes',
  'actions',
  'reports',
] as const;
export type WorkshopStage = (typeof WORKSHOP_STAGES)[number];

export const AGENDA_STEPS = ['welcome', 'capture', 'grouping', 'voting', 'results', 'matrix', 'outcomes', 'wrapUp'] as const;
export type AgendaStep = (typeof AGENDA_STEPS)[number];

/** Screens of each step; the first one is where next / previous land. */
export const AGENDA: Readonly<Record<AgendaStep, readonly [WorkshopStage, ...WorkshopStage[]]>> = {
  welcome: ['partners'],
  capture: ['capture'],
  grouping: ['risks'],
  // Dot voting and criteria scoring are both "prioritise": the room sees the ballot or the criteria.
  voting: ['voting', 'scoring'],
  results: ['results'],
  // Priority profiles are worked on with the matrix in view.
  matrix: ['matrix', 'profiles'],
  outcomes: ['outcomes', 'actions'],
  wrapUp: ['reports'],
};

export function stepOfStage(stage: WorkshopStage): AgendaStep {
  return AGENDA_STEPS.find((step) => AGENDA[step].includes(stage)) ?? 'welcome';
}

/** 1-based position of a step, for "3 / 8". */
export function stepNumber(step: AgendaStep): number {
  return AGENDA_STEPS.indexOf(step) + 1;
}

/** The screen to open for the step after (+1) or before (-1) the current screen's; null at either end. */
export function neighbourStage(stage: WorkshopStage, direction: 1 | -1): WorkshopStage | null {
  const next = AGENDA_STEPS[AGENDA_STEPS.indexOf(stepOfStage(stage)) + direction];
  return next ? AGENDA[next][0] : null;
}
