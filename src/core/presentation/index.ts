/** Projecting to the room: the agenda, the timer, and the one function that decides what the audience may see. */
export { AGENDA, AGENDA_STEPS, WORKSHOP_STAGES, neighbourStage, stepNumber, stepOfStage, type AgendaStep, type WorkshopStage } from './agenda';
export {
  TIMER_PRESET_MINUTES,
  MINUTE_MS,
  MAX_TIMER_MS,
  addTime,
  formatClock,
  pauseTimer,
  remainingMs,
  resetTimer,
  setTimer,
  startTimer,
  timerPhase,
  type TimerPhase,
  type TimerState,
} from './timer';
export {
  audienceScreenSchema,
  audienceViewSchema,
  timerViewSchema,
  BAR_TAGS,
  RESULT_SOURCES,
  TEXT_SIZES,
  THEMES,
  type AudienceScreen,
  type AudienceTheme,
  type AudienceView,
  type ResultSource,
  type ScreenOf,
  type TextSize,
  type TimerView,
} from './view';
export { LAYOUT_LIMITS, type LayoutLimits } from './limits';
export type { PresentationData, ProjectionRequest } from './data';
export { projectScreen } from './project';
export {
  composeAudienceView,
  initialPresenterState,
  presenterReducer,
  DEFAULT_TIMER_MS,
  type ComposeInput,
  type PresenterAction,
  type PresenterState,
} from './state';
export { trimOnce, trimScreen } from './trim';
export { AUDIENCE_COMMANDS, decodeMessage, encodeMessage, viewMessage, type AudienceCommand, type PresenterMessage } from './messages';
