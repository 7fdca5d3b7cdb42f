import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';

/** Scaffold replaced by the feature's own screen. */
export function ReportsStage({ plan: _plan }: { plan: Plan }) {
  const { t } = useTranslation('workspace');
  return (
    <>
      <h1 id="stage-title">{t('stage.reports')}</h1>
      <p className="empty">{t('stageComingUp')}</p>
    </>
  );
}
