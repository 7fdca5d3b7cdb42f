/**
 * The facilitator's presenting controls, docked at the bottom of the window while presenting:
 * the preview of what the room sees, the agenda, blank and freeze, the timer, what the current
 * step shows, and the audience window. Everything here also works from the keyboard.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';
import type { Stage } from '../../hooks/useRoute';
import { AgendaControls } from './AgendaControls';
import { AudiencePreview } from './AudiencePreview';
import { AudienceWindowControls } from './AudienceWindowControls';
import { DisplayControls } from './DisplayControls';
import { FocusControls } from './FocusControls';
import { ScreenControls } from './ScreenControls';
import { TimerControls } from './TimerControls';
import { usePresenterSession } from './usePresenterSession';
import './presenter.css';

export function PresenterConsole({ plan, stage, onStop }: { plan: Plan; stage: Stage; onStop: () => void }) {
  const { t } = useTranslation('presenter');
  const session = usePresenterSession(plan, stage);
  const { openAudience } = session;

  // The page keeps room under the docked controls for its last lines and its notifications.
  const dock = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = dock.current;
    if (!el) return;
    const body = document.body;
    body.classList.add('presenting');
    const observer = new ResizeObserver(() => body.style.setProperty('--presenter-height', `${el.offsetHeight}px`));
    observer.observe(el);
    return () => {
      observer.disconnect();
      body.classList.remove('presenting');
      body.style.removeProperty('--presenter-height');
    };
  }, []);

  useEffect(() => {
    void openAudience();
  }, [openAudience]);

  return (
    <section className="presenter-console" aria-label={t('console')} ref={dock}>
      <AudiencePreview view={session.view} />
      <div className="presenter-controls">
        <AgendaControls planId={plan.id} stage={stage} run={session.run} />
        <ScreenControls state={session.state} run={session.run} />
        <TimerControls timer={session.state.timer} dispatch={session.dispatch} sound={session.sound} />
        <FocusControls plan={plan} stage={stage} risks={session.data.risks} state={session.state} dispatch={session.dispatch} />
        <DisplayControls state={session.state} dispatch={session.dispatch} sound={session.sound} setSound={session.setSound} />
        <AudienceWindowControls status={session.audience} open={openAudience} />
        <button type="button" className="presenter-stop" onClick={() => void session.closeAudience().then(onStop)}>
          {t('stop')}
        </button>
      </div>
    </section>
  );
}
