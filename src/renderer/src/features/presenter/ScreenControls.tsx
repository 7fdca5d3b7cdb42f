/** Blank and freeze (B / F), as in presentation software: what the room sees, right now. */
import { useTranslation } from 'react-i18next';
import type { PresenterState } from '@core/presentation';
import type { AudienceCommand } from '@core/presentation';

export function ScreenControls({ state, run }: { state: PresenterState; run: (command: AudienceCommand) => void }) {
  const { t } = useTranslation(['presenter', 'audience']);
  return (
    <div className="presenter-group presenter-screen" role="group" aria-label={t('presenter:roomScreen')}>
      <span className={`presenter-status ${state.blank ? 'is-blank' : state.frozen ? 'is-frozen' : 'is-live'}`} aria-live="polite">
        {state.blank
          ? t('presenter:statusBlank')
          : state.frozen
            ? t('presenter:statusFrozen', { step: t(`audience:step.${state.frozen.step}`) })
            : t('presenter:statusLive')}
      </span>
      <button type="button" aria-pressed={state.blank} onClick={() => run('blank')} title={t('presenter:blankKey')}>
        {t('presenter:blank')}
      </button>
      <button type="button" aria-pressed={state.frozen !== null} onClick={() => run('freeze')} title={t('presenter:freezeKey')}>
        {t('presenter:freeze')}
      </button>
    </div>
  );
}
