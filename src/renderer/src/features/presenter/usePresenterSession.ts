/**
 * The facilitator's side of presenting: holds the presenter state, projects the plan for the room
 * (src/core/presentation: public data only), sends the view to the audience window whenever it
 * changes or the audience window asks, and runs the presenter commands (next / previous step,
 * blank, freeze), from the keyboard, the buttons, or keys pressed in the audience window.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';
import {
  composeAudienceView,
  initialPresenterState,
  neighbourStage,
  presenterReducer,
  projectScreen,
  stepOfStage,
  viewMessage,
  type AudienceCommand,
  type AudienceView,
  type PresenterAction,
  type PresenterState,
  type PresentationData,
  type WorkshopStage,
} from '@core/presentation';
import { navigate, type Stage } from '../../hooks/useRoute';
import { useAnnouncer } from '../../components/Announcer';
import { platform } from '../../platform';
import { openPresenterLink, type PresenterLink } from '../../presenter/link';
import { presenterKeyCommand } from '../../presenter/keys';
import { loadDisplayPrefs, saveDisplayPrefs, type DisplayPrefs } from './display-prefs';
import { usePresentationData } from './usePresentationData';

// The agenda (src/core/presentation) names the app's routes: this stops compiling if they drift apart.
type SameStages = [Stage] extends [WorkshopStage] ? ([WorkshopStage] extends [Stage] ? true : false) : false;
const stagesMatch: SameStages = true;
void stagesMatch;

export type AudienceStatus = 'opening' | 'connected' | 'closed' | 'blocked';

export interface PresenterSession {
  state: PresenterState;
  dispatch: (action: PresenterAction) => void;
  view: AudienceView;
  data: PresentationData;
  audience: AudienceStatus;
  sound: boolean;
  setSound: (on: boolean) => void;
  run: (command: AudienceCommand) => void;
  openAudience: () => Promise<void>;
  closeAudience: () => Promise<void>;
}

/** How long to wait for the audience window to say hello before telling the facilitator it did not open. */
const HELLO_TIMEOUT_MS = 4000;

const localDate = () => new Date().toLocaleDateString('en-CA');

export function usePresenterSession(plan: Plan, stage: Stage): PresenterSession {
  const { t, i18n } = useTranslation('presenter');
  const { announce } = useAnnouncer();
  const [prefs] = useState<DisplayPrefs>(loadDisplayPrefs);
  const [state, dispatch] = useReducer(presenterReducer, prefs, (p) => initialPresenterState(p));
  const [sound, setSound] = useState(prefs.sound);
  const [audience, setAudience] = useState<AudienceStatus>('closed');
  const data = usePresentationData(plan);
  const language = i18n.language === 'fr' ? 'fr' : 'en';

  const live = useMemo(
    () => projectScreen(data, { stage, focusRiskId: state.focusRiskId, resultSource: state.resultSource, textSize: state.textSize, today: localDate() }),
    [data, stage, state.focusRiskId, state.resultSource, state.textSize],
  );
  const view = useMemo(
    () => composeAudienceView({ planId: plan.id, planName: plan.name, language, stage, live, state }),
    [plan.id, plan.name, language, stage, live, state],
  );

  useEffect(() => {
    saveDisplayPrefs({ theme: state.theme, textSize: state.textSize, sound });
  }, [state.theme, state.textSize, sound]);

  // Commands read the latest values through refs, so the keyboard listener is installed once.
  const latest = useRef({ stage, live, view });
  latest.current = { stage, live, view };
  const run = useCallback((command: AudienceCommand) => {
    const { stage: current, live: screen } = latest.current;
    if (command === 'next' || command === 'previous') {
      const target = neighbourStage(current, command === 'next' ? 1 : -1);
      if (target) navigate({ name: 'plan', planId: plan.id, stage: target });
    } else if (command === 'blank') {
      dispatch({ type: 'toggleBlank' });
    } else {
      dispatch({ type: 'toggleFreeze', live: { step: stepOfStage(current), screen } });
    }
  }, [plan.id]);

  // The link to the audience window, for as long as the facilitator presents.
  const link = useRef<PresenterLink | null>(null);
  useEffect(() => {
    const presenter = openPresenterLink(plan.id, 'facilitator');
    link.current = presenter;
    const off = presenter.onMessage((message) => {
      if (message.type === 'hello') {
        setAudience('connected');
        presenter.send(viewMessage(latest.current.view));
      } else if (message.type === 'bye') {
        setAudience('closed');
      } else if (message.type === 'command') {
        run(message.command);
      }
    });
    // Closing or reloading this window ends presenting too: the room is not left on a stale screen.
    const end = () => presenter.send({ type: 'end', planId: plan.id });
    window.addEventListener('pagehide', end);
    return () => {
      end();
      window.removeEventListener('pagehide', end);
      off();
      presenter.close();
      link.current = null;
    };
  }, [plan.id, run]);

  // Sent when what the room sees really changed (not on every re-render), and first of all at once:
  // an audience window left open from before shows the new view without having to say hello.
  const viewJson = useMemo(() => JSON.stringify(view), [view]);
  useEffect(() => {
    link.current?.send(viewMessage(latest.current.view));
  }, [viewJson]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = presenterKeyCommand(e);
      if (!command) return;
      e.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  useEffect(() => {
    if (audience !== 'opening') return;
    const timer = setTimeout(() => setAudience((now) => (now === 'opening' ? 'blocked' : now)), HELLO_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [audience]);

  // Through a ref: switching language must not make "open the audience window" a new function
  // (the console opens the window when openAudience changes, i.e. once).
  const say = useRef({ t, announce });
  say.current = { t, announce };
  const openAudience = useCallback(async () => {
    setAudience((now) => (now === 'connected' ? now : 'opening'));
    try {
      const opened = await platform.openAudienceWindow(plan.id);
      const { t: tr, announce: tell } = say.current;
      if (!opened) setAudience('blocked');
      else tell(opened.placement === 'secondDisplay' ? tr('openedOnSecondDisplay') : tr('openedInWindow'));
    } catch (error) {
      console.warn(`Could not open the audience window: ${(error as Error).message}`);
      setAudience('blocked');
    }
  }, [plan.id]);

  const closeAudience = useCallback(async () => {
    link.current?.send({ type: 'close', planId: plan.id });
    await platform.closeAudienceWindow();
    setAudience('closed');
  }, [plan.id]);

  return { state, dispatch, view, data, audience, sound, setSound, run, openAudience, closeAudience };
}
