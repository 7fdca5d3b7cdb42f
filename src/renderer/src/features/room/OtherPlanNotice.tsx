/** Participation is on for another plan (open elsewhere, or gone): name it, and allow turning it off. */
import { useTranslation } from 'react-i18next';
import { usePlan } from '../../hooks/entities';

export function OtherPlanNotice({ planId, busy, onStop }: { planId: string; busy: boolean; onStop(): void }) {
  const { t } = useTranslation(['room', 'common']);
  const { data: plan, isLoading } = usePlan(planId);
  if (isLoading) return null;
  const name = plan ? plan.name || t('common:untitled') : t('room:unknownPlan');
  return (
    <div className="room-other-plan">
      <p className="warning">{t('room:otherPlanOn', { name })}</p>
      <button type="button" className="danger" disabled={busy} onClick={onStop}>
        {busy ? t('room:stopping') : t('room:stop')}
      </button>
    </div>
  );
}
