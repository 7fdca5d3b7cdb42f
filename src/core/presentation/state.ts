/**
 * The facilitator's presenting state (blank, freeze, spotlight, timer, display) and how it turns a
 * freshly projected screen into the view the audience window receives. Pure: the clock is passed
 * in, so the facilitator window and the tests drive it the same way.
 */
import type { Id } from '../model';
import { AGENDA_STEPS, stepNumber, stepOfStage, type AgendaStep, type WorkshopStage } from './agenda';
import { addTime, MINUTE_MS, pauseTimer, resetTimer, setTimer, startTimer, type TimerState } from './timer';
import type { AudienceScreen, AudienceTheme, AudienceView, ResultSource, TextSize } from './view';

export interface PresenterState {
  /** The room sees a black screen (B). */
  blank: boolean;
  /** While frozen (F), the room keeps seeing this step and screen; the timer stays live. */
  frozen: { step: AgendaStep; screen: AudienceScreen } | null;
  focusRiskId: Id | null;
  resultSource: ResultSource;
  timer: TimerState;
  theme: AudienceTheme;
  textSize: TextSize;
}

export const DEFAULT_TIMER_MS = 5 * MINUTE_MS;

export function initialPresenterState(display: Partial<Pick<PresenterState, 'theme' | 'textSize'>> = {}): PresenterState {
  return {
    blank: false,
    frozen: null,
    focusRiskId: null,
    resultSource: 'dots',
    timer: setTimer(DEFAULT_TIMER_MS),
    theme: display.theme ?? 'standard',
    textSize: display.textSize ?? 'large',
  };
}

export type PresenterAction =
  | { type: 'toggleBlank' }
  /** `live` is what the room would see now: it becomes the frozen picture. */
  | { type: 'toggleFreeze'; live: { step: AgendaStep; screen: AudienceScreen } }
  | { type: 'focus'; riskId: Id | null }
  | { type: 'resultSource'; source: ResultSource }
  | { type: 'theme'; theme: AudienceTheme }
  | { type: 'textSize'; textSize: TextSize }
  | { type: 'timerSet'; ms: number; now: number }
  | { type: 'timerStart'; now: number }
  | { type: 'timerPause'; now: number }
  | { type: 'timerReset' }
  | { type: 'timerAdd'; ms: number; now: number }
  | { type: 'timerShow'; visible: boolean };

export function presenterReducer(state: PresenterState, action: PresenterAction): PresenterState {
  switch (action.type) {
    case 'toggleBlank':
      return { ...state, blank: !state.blank };
    case 'toggleFreeze':
      return { ...state, frozen: state.frozen ? null : action.live };
    case 'focus':
      return { ...state, focusRiskId: action.riskId };
    case 'resultSource':
      return { ...state, resultSource: action.source };
    case 'theme':
      return { ...state, theme: action.theme };
    case 'textSize':
      return { ...state, textSize: action.textSize };
    case 'timerSet':
      // Choosing a preset replaces a running timer: the facilitator meant a new countdown.
      return { ...state, timer: setTimer(action.ms, state.timer.visible) };
    case 'timerStart':
      return { ...state, timer: startTimer(state.timer, action.now) };
    case 'timerPause':
      return { ...state, timer: pauseTimer(state.timer, action.now) };
    case 'timerReset':
      return { ...state, timer: resetTimer(state.timer) };
    case 'timerAdd':
      return { ...state, timer: addTime(state.timer, action.ms, action.now) };
    case 'timerShow':
      return { ...state, timer: { ...state.timer, visible: action.visible } };
  }
}

export interface ComposeInput {
  planId: Id;
  planName: string;
  language: 'en' | 'fr';
  stage: WorkshopStage;
  /** projectScreen() for the facilitator's current screen. */
  live: AudienceScreen;
  state: PresenterState;
}

/** The message body for the audience window: blank beats freeze, freeze beats live. */
export function composeAudienceView({ planId, planName, language, stage, live, state }: ComposeInput): AudienceView {
  const shown = state.frozen ?? { step: stepOfStage(stage), screen: live };
  const { timer } = state;
  return {
    planId,
    planName,
    language,
    step: shown.step,
    stepNumber: stepNumber(shown.step),
    stepCount: AGENDA_STEPS.length,
    theme: state.theme,
    textSize: state.textSize,
    timer: timer.visible && !state.blank ? { durationMs: timer.durationMs, endsAt: timer.endsAt, remainingMs: timer.remainingMs } : null,
    screen: state.blank ? { kind: 'blank' } : shown.screen,
  };
}
