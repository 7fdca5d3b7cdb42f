/** The audience window: is it there, and open it (again). Stop presenting closes it. */
import { useTranslation } from 'react-i18next';
import type { AudienceStatus } from './usePresenterSession';

interface Props {
  status: AudienceStatus;
  open: () => Promise<void>;
}

export function AudienceWindowControls({ status, open }: Props) {
  const { t } = useTranslation('presenter');
  return (
    <div className="presenter-group presenter-window" role="group" aria-label={t('audienceWindow')}>
      <span className={`presenter-connection is-${status}`} role="status">
        {t(`audienceStatus.${status}`)}
      </span>
      {status !== 'connected' && status !== 'opening' && (
        <button type="button" onClick={() => void open()}>
          {t('openAudience')}
        </button>
      )}
    </div>
  );
}
