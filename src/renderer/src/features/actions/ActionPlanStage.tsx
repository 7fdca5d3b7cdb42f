import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';

/** Scaffold replaced by the feature's own screen. */
export function ActionPlanStage({ plan: _plan }: { plan: Plan }) {
  const { t } = useTranslation('workspace');
  return (
    <>
      <h1 id="stage-title">{t('stage.actions')}</h1>
      <p className="empty">{t('stageComingUp')}</p>
    </>
  );
}
