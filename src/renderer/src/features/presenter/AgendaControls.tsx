/** The agenda: where the workshop is, and previous / next step (also PageUp / PageDown, ← / →). */
import { useTranslation } from 'react-i18next';
import { AGENDA, AGENDA_STEPS, neighbourStage, stepOfStage } from '@core/presentation';
import { navigate, type Stage } from '../../hooks/useRoute';
import type { AudienceCommand } from '@core/presentation';

export function AgendaControls({ planId, stage, run }: { planId: string; stage: Stage; run: (command: AudienceCommand) => void }) {
  const { t } = useTranslation('presenter');
  const step = stepOfStage(stage);
  return (
    <div className="presenter-group presenter-agenda" role="group" aria-label={t('agenda')}>
      <button type="button" onClick={() => run('previous')} disabled={neighbourStage(stage, -1) === null} title={t('previousKeys')}>
        <span aria-hidden="true">◀ </span>
        {t('previous')}
      </button>
      <label className="compact">
        <span className="visually-hidden">{t('step')}</span>
        <select className="presenter-step"
          value={step}
          onChange={(e) => navigate({ name: 'plan', planId, stage: AGENDA[e.target.value as (typeof AGENDA_STEPS)[number]][0] })}
        >
          {AGENDA_STEPS.map((s, i) => (
            <option key={s} value={s}>
              {t('stepOption', { number: i + 1, name: t(`audience:step.${s}`) })}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="primary" onClick={() => run('next')} disabled={neighbourStage(stage, 1) === null} title={t('nextKeys')}>
        {t('next')}
        <span aria-hidden="true"> ▶</span>
      </button>
    </div>
  );
}
