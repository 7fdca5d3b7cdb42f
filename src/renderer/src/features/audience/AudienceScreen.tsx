/**
 * One audience view, as the room sees it: a quiet header (plan, agenda step), the step's layout,
 * and the timer. Sized from its container (container query units), so the same component fills
 * the projector and the facilitator's small preview alike.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trimScreen, type AudienceView } from '@core/presentation';
import { CaptureLayout, GroupingLayout, WelcomeLayout } from './GatheringLayouts';
import { MatrixLayout, OutcomesLayout, WrapUpLayout } from './PlanLayouts';
import { ResultsHiddenLayout, ResultsLayout, ScoringLayout, VotingLayout } from './PrioritisingLayouts';
import { RoomTimer } from './RoomTimer';
import './audience.css';

function Layout({ view }: { view: AudienceView }) {
  const { screen, language, planName } = view;
  switch (screen.kind) {
    case 'welcome':
      return <WelcomeLayout screen={screen} planName={planName} language={language} />;
    case 'capture':
      return <CaptureLayout screen={screen} />;
    case 'grouping':
      return <GroupingLayout screen={screen} />;
    case 'voting':
      return <VotingLayout screen={screen} />;
    case 'scoring':
      return <ScoringLayout screen={screen} />;
    case 'resultsHidden':
      return <ResultsHiddenLayout screen={screen} />;
    case 'results':
      return <ResultsLayout screen={screen} language={language} />;
    case 'matrix':
      return <MatrixLayout screen={screen} />;
    case 'outcomes':
      return <OutcomesLayout screen={screen} />;
    case 'wrapUp':
      return <WrapUpLayout screen={screen} language={language} />;
    case 'blank':
      return null;
  }
}

/**
 * The layout, made to fit: while it is taller than the screen, one more item of its main list
 * moves into "and N more" (never smaller text). Starts over when the screen is resized.
 */
function FittedLayout({ view }: { view: AudienceView }) {
  const body = useRef<HTMLDivElement>(null);
  const [trim, setTrim] = useState(0);
  const fitted = useMemo(() => trimScreen(view.screen, trim), [view.screen, trim]);
  useLayoutEffect(() => {
    const el = body.current;
    if (el && fitted.canTrimMore && el.scrollHeight > el.clientHeight + 1) setTrim((n) => n + 1);
  }, [fitted]);
  useEffect(() => {
    const el = body.current;
    if (!el) return;
    let size = `${el.clientWidth}x${el.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const now = `${el.clientWidth}x${el.clientHeight}`;
      if (now !== size) {
        size = now;
        setTrim(0);
      }
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="aud-body" ref={body}>
      <Layout view={{ ...view, screen: fitted.screen }} />
    </div>
  );
}

export function AudienceScreen({ view }: { view: AudienceView }) {
  const { t } = useTranslation('audience');
  const rootClass = `audience-root theme-${view.theme} size-${view.textSize}`;
  if (view.screen.kind === 'blank') {
    // Nothing at all: not the plan, not the timer.
    return <div className={`${rootClass} is-blank`} data-screen="blank" />;
  }
  return (
    <div className={rootClass} data-screen={view.screen.kind}>
      <div className="audience-frame">
        <header className="aud-header">
          <span className="aud-plan">{view.planName}</span>
          <span className="aud-step">{t('stepOf', { number: view.stepNumber, count: view.stepCount, name: t(`step.${view.step}`) })}</span>
          {view.timer && <RoomTimer timer={view.timer} />}
        </header>
        <FittedLayout key={JSON.stringify([view.screen, view.textSize])} view={view} />
      </div>
    </div>
  );
}
