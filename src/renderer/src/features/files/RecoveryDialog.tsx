/**
 * Crash recovery, made explicit. Every change is in the local database the moment it is made, so
 * nothing typed before a crash is lost; what the facilitator needs after a crash is to know that,
 * and to save the plans whose latest changes are not in a file yet. Shown once at start when the
 * app last ended without closing and some plan has unsaved changes.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { listPlans, type PlanListItem } from '../../domain/plans';
import { beginSession, databaseSessionDeps } from '../../files/session-marker';
import { Dialog } from '../../components/Dialog';
import { navigate } from '../../hooks/useRoute';
import { useFormat } from '../../hooks/useFormat';

export function RecoveryDialog({ save }: { save: (planId: string, as: boolean) => Promise<boolean> }) {
  const { t } = useTranslation(['files', 'common']);
  const { dateTime } = useFormat();
  const [plans, setPlans] = useState<PlanListItem[] | null>(null);
  const [saved, setSaved] = useState<Set<string>>(new Set());

  useEffect(() => {
    let cancelled = false;
    let end: (() => void) | undefined;
    const onPageHide = () => end?.();
    window.addEventListener('pagehide', onPageHide);
    void beginSession(databaseSessionDeps(db)).then(async (session) => {
      end = session.end;
      if (cancelled) {
        session.end(); // unmounted before it started (React's development double mount)
        return;
      }
      if (!session.previousEndedUnexpectedly) return;
      const unsaved = (await listPlans(db)).filter(({ state }) => !state.deletedAt && state.revision !== state.savedRevision);
      if (!cancelled && unsaved.length > 0) setPlans(unsaved);
    });
    return () => {
      cancelled = true;
      end?.();
      window.removeEventListener('pagehide', onPageHide);
    };
  }, []);

  const close = () => setPlans(null);
  const saveOne = async (planId: string) => {
    if (await save(planId, false)) setSaved((s) => new Set(s).add(planId));
  };

  return (
    <Dialog
      open={plans !== null}
      title={t('files:recovery.title')}
      onClose={close}
      actions={
        <button type="button" className="primary" onClick={close}>
          {t('files:recovery.done')}
        </button>
      }
    >
      <p>{t('files:recovery.body', { count: plans?.length ?? 0 })}</p>
      <ul className="recovery-list" aria-label={t('files:recovery.listLabel')}>
        {plans?.map(({ plan, state }) => {
          const name = plan.name || t('common:untitled');
          return (
            <li key={plan.id} className="recovery-item">
              <span className="recovery-name">{name}</span>
              <span className="recovery-meta">
                {t('files:recovery.meta', { when: dateTime(plan.updatedAt) })}
                {' · '}
                {saved.has(plan.id) ? t('files:recovery.saved') : state.fileName ? t('files:recovery.lastSavedTo', { name: state.fileName }) : t('files:recovery.neverSaved')}
              </span>
              <span className="recovery-actions">
                <button type="button" onClick={() => void saveOne(plan.id)} aria-label={t('files:recovery.saveNamed', { name })}>
                  {t('files:recovery.save')}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    close();
                    navigate({ name: 'plan', planId: plan.id, stage: 'partners' });
                  }}
                  aria-label={t('files:recovery.openNamed', { name })}
                >
                  {t('files:recovery.open')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}
