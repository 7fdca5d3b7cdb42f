/**
 * "Present" in the plan's toolbar: starts presenting (opens the audience window and the presenter
 * controls) and stops it. The controls live in a portal so they stay docked whatever the stage.
 */
import { memo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';
import type { Stage } from '../../hooks/useRoute';
import { platform } from '../../platform';
import { PresenterConsole } from './PresenterConsole';

// Memoised: the workspace header redraws after every change; this only when its props change.
export const PresentButton = memo(function PresentButton({ plan, stage }: { plan: Plan; stage: Stage }) {
  const { t } = useTranslation('presenter');
  const [presenting, setPresenting] = useState(false);
  const stop = () => {
    setPresenting(false);
    void platform.closeAudienceWindow();
  };
  return (
    <>
      <button type="button" onClick={() => (presenting ? stop() : setPresenting(true))} title={t('presentHint')}>
        {presenting ? t('stopPresenting') : t('present')}
      </button>
      {presenting && createPortal(<PresenterConsole plan={plan} stage={stage} onStop={stop} />, document.body)}
    </>
  );
});
