/** The home screen: start a plan, open a file, try the sample, or pick up a plan in the app. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { usePlanList } from '../../hooks/entities';
import { navigate } from '../../hooks/useRoute';
import { platform } from '../../platform';
import type { RecentFile } from '../../platform/types';
import { deletePlan, purgePlan, restorePlan } from '../../domain/plans';
import { useAnnouncer } from '../../components/Announcer';
import { usePlanFiles } from '../files/PlanFilesProvider';
import { NewPlanDialog } from './NewPlanDialog';
import { useFormat } from '../../hooks/useFormat';

export function HomeScreen() {
  const { t } = useTranslation(['home', 'common']);
  const { data: plans, isLoading } = usePlanList();
  const files = usePlanFiles();
  const { announce } = useAnnouncer();
  const { dateTime } = useFormat();
  const [creating, setCreating] = useState(false);
  const [recent, setRecent] = useState<RecentFile[]>([]);

  useEffect(() => {
    platform.recentFiles().then(setRecent, () => setRecent([]));
  }, []);

  const active = plans.filter((p) => !p.state.deletedAt);
  const deleted = plans.filter((p) => p.state.deletedAt);

  const trySample = async () => {
    // Loaded on demand: the sample's builder is not needed to start the app.
    const { createSamplePlan } = await import('./sample');
    const planId = await createSamplePlan(db, t('home:sampleName'));
    navigate({ name: 'plan', planId, stage: 'partners' });
  };

  const remove = async (planId: string, name: string) => {
    await deletePlan(db, planId);
    announce(t('home:deleted', { name }), { action: { label: t('common:undo'), run: () => void restorePlan(db, planId) } });
  };

  return (
    <main className="home" aria-labelledby="home-title">
      <header className="home-header">
        <h1 id="home-title">{t('common:appName')}</h1>
        <p className="lede">{t('home:lede')}</p>
      </header>
      <section className="home-actions" aria-label={t('home:start')}>
        <button type="button" className="big primary" onClick={() => setCreating(true)}>
          {t('home:newPlan')}
        </button>
        <button type="button" className="big" onClick={() => void files.openFromPicker()}>
          {t('home:openFile')}
        </button>
        <button type="button" className="big" onClick={() => void trySample()}>
          {t('home:trySample')}
        </button>
      </section>

      <section aria-labelledby="plans-title" className="home-list">
        <h2 id="plans-title">{t('home:plansInApp')}</h2>
        {!isLoading && active.length === 0 && <p className="empty">{t('home:noPlans')}</p>}
        <ul className="plan-list">
          {active.map(({ plan, state }) => (
            <li key={plan.id} className="plan-item">
              <a href={`#/plan/${plan.id}/partners`} className="plan-link">
                <span className="plan-name">{plan.name || t('common:untitled')}</span>
                <span className="plan-meta">
                  {plan.municipality && <>{plan.municipality} · </>}
                  {t('home:edited', { when: dateTime(plan.updatedAt) })}
                  {state.fileName && <> · {state.fileName}</>}
                  {state.revision !== state.savedRevision && <> · {t('common:unsaved')}</>}
                </span>
              </a>
              <button type="button" className="quiet" onClick={() => void remove(plan.id, plan.name)} aria-label={t('home:deletePlan', { name: plan.name })}>
                {t('common:delete')}
              </button>
            </li>
          ))}
        </ul>
      </section>

      {recent.length > 0 && (
        <section aria-labelledby="recent-title" className="home-list">
          <h2 id="recent-title">{t('home:recentFiles')}</h2>
          <ul className="plan-list">
            {recent.map((f) => (
              <li key={f.path} className="plan-item">
                <button type="button" className="link" onClick={() => void files.openRecent(f.path)}>
                  {f.name}
                </button>
                <span className="plan-meta">{dateTime(f.openedAt)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {deleted.length > 0 && (
        <section aria-labelledby="deleted-title" className="home-list">
          <h2 id="deleted-title">{t('home:recentlyDeleted')}</h2>
          <ul className="plan-list">
            {deleted.map(({ plan }) => (
              <li key={plan.id} className="plan-item">
                <span className="plan-name">{plan.name || t('common:untitled')}</span>
                <button type="button" onClick={() => void restorePlan(db, plan.id)} aria-label={t('home:restorePlan', { name: plan.name })}>
                  {t('home:restore')}
                </button>
                <button type="button" className="quiet danger" onClick={() => void purgePlan(db, plan.id)} aria-label={t('home:purgePlan', { name: plan.name })}>
                  {t('home:purge')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <NewPlanDialog open={creating} onClose={() => setCreating(false)} />
    </main>
  );
}
