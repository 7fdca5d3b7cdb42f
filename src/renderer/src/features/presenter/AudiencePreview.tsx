/**
 * What the room sees right now, small, in the facilitator's window (like the current slide in a
 * presenter view): the same component and the same view the audience window renders.
 */
import { useTranslation } from 'react-i18next';
import type { AudienceView } from '@core/presentation';
import { AudienceScreen } from '../audience/AudienceScreen';

export function AudiencePreview({ view }: { view: AudienceView }) {
  const { t } = useTranslation('presenter');
  return (
    <figure className="presenter-preview" aria-label={t('preview')}>
      <div className="presenter-preview-screen" aria-hidden="true" inert>
        <AudienceScreen view={view} />
      </div>
    </figure>
  );
}
