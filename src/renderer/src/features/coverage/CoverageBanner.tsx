/**
 * One plain sentence per gap, on top of the partners stage: which legislated seats nobody fills
 * and which groups the consultation has not reached, so the facilitator can invite someone
 * before the plan is written.
 */
import { useTranslation } from 'react-i18next';
import type { Coverage } from '@core/coverage';
import './coverage.css';

export function CoverageBanner({ coverage, hasPartners, onShow }: { coverage: Coverage; hasPartners: boolean; onShow: () => void }) {
  const { t } = useTranslation(['coverage', 'catalogue']);
  if (!hasPartners) return null;
  const seats = coverage.missingSeats.map((s) => t(`catalogue:seat.${s}`));
  const groups = coverage.missingGroups.map((g) => t(`catalogue:group.${g}`));
  if (!seats.length && !groups.length) {
    return (
      <p className="coverage-banner complete" role="status">
        {t('coverage:allCovered')}
      </p>
    );
  }
  return (
    <div className="coverage-banner gaps" role="status" aria-label={t('coverage:bannerLabel')}>
      <ul>
        {seats.length > 0 && <li>{t('coverage:seatsMissing', { count: seats.length, list: seats.join('; ') })}</li>}
        {groups.length > 0 && <li>{t('coverage:groupsMissing', { count: groups.length, list: groups.join('; ') })}</li>}
      </ul>
      <button type="button" className="small" onClick={onShow}>
        {t('coverage:showCoverage')}
      </button>
    </div>
  );
}
