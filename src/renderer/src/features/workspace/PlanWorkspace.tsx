/**
 * One plan open: the header (name, save state, undo/redo, save), the workshop stages as
 * navigation, and the current stage. Owns the plan-scoped commands (save, undo, redo, close).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { redo, undo } from '../../db/change';
import { usePlan, usePlanDeleted } from '../../hooks/entities';
import { navigate, STAGES, type Stage } from '../../hooks/useRoute';
import { useCommands } from '../../commands/useCommands';
import { markOpened } from '../../domain/plans';
import { useAnnouncer } from '../../components/Announcer';
import { usePlanFiles } from '../files/PlanFilesProvider';
import { preloadStages, StageView } from './StageView';
import { WorkspaceHeader } from './WorkspaceHeader';

export function PlanWorkspace({ planId, stage }: { planId: string; stage: Stage }) {
  const { t } = useTranslation(['workspace', 'common', 'history']);
  const { data: plan, isLoading } = usePlan(planId);
  const deleted = usePlanDeleted(planId);
  const files = usePlanFiles();
  const { announce } = useAnnouncer();

  useEffect(() => {
    void markOpened(db, planId);
  }, [planId]);

  // Once the workspace is idle, load the other stages' code: their first visit is then instant.
  useEffect(() => {
    const idle = requestIdleCallback(preloadStages, { timeout: 5000 });
    return () => cancelIdleCallback(idle);
  }, []);

  const doUndo = async () => {
    const label = await undo(db, planId);
    announce(label ? t('workspace:undone', { what: t(label.replace(/^history\./, 'history:')) }) : t('workspace:nothingToUndo'));
  };
  const doRedo = async () => {
    const label = await redo(db, planId);
    announce(label ? t('workspace:redone', { what: t(label.replace(/^history\./, 'history:')) }) : t('workspace:nothingToRedo'));
  };
  const close = () => navigate({ name: 'home' });

  useCommands({
    'plan.save': () => void files.save(planId, false),
    'plan.saveAs': () => void files.save(planId, true),
    'plan.close': close,
    'edit.undo': () => void doUndo(),
    'edit.redo': () => void doRedo(),
  });

  if (isLoading) return <main className="workspace" aria-busy="true" />;
  if (!plan || deleted) {
    return (
      <main className="workspace missing">
        <h1>{t('workspace:notFound')}</h1>
        <button type="button" onClick={close}>
          {t('workspace:backHome')}
        </button>
      </main>
    );
  }

  return (
    <div className="workspace">
      <WorkspaceHeader plan={plan} stage={stage} onClose={close} onUndo={() => void doUndo()} onRedo={() => void doRedo()} />
      {/* On a narrow window (200% zoom) the stages are a scrolling strip, and Chromium scrolls a
          focused link into view only when it is wholly hidden: show the whole link and its ring. */}
      <nav className="stage-nav" aria-label={t('workspace:stages')} onFocus={(e) => e.target.scrollIntoView({ block: 'nearest', inline: 'nearest' })}>
        <ol>
          {STAGES.map((s, i) => (
            <li key={s}>
              <a href={`#/plan/${planId}/${s}`} aria-current={s === stage ? 'page' : undefined}>
                <span className="stage-number" aria-hidden="true">
                  {i + 1}
                </span>
                {t(`workspace:stage.${s}`)}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {/* Screen readers hear which stage a stage link opened (focus stays on the link). */}
      <p className="visually-hidden" aria-live="polite">
        {t('workspace:stageOpened', { stage: t(`workspace:stage.${stage}`) })}
      </p>
      <main className="stage" aria-labelledby="stage-title">
        <StageView plan={plan} stage={stage} />
      </main>
    </div>
  );
}
