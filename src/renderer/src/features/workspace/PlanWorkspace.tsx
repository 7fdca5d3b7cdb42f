/**
 * One plan open: the header (name, save state, undo/redo, save), the workshop stages as
 * navigation, and the current stage. Owns the plan-scoped commands (save, undo, redo, close).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { redo, undo } from '../../db/change';
import { usePlan, usePlanState, useUndoState } from '../../hooks/entities';
import { navigate, STAGES, type Stage } from '../../hooks/useRoute';
import { useCommands } from '../../commands/useCommands';
import { shortcutLabel } from '../../commands/registry';
import { platform } from '../../platform';
import { markOpened } from '../../domain/plans';
import { useAnnouncer } from '../../components/Announcer';
import { usePlanFiles } from '../files/PlanFilesProvider';
import { preloadStages, StageView } from './StageView';
import { PresentButton } from '../presenter/PresentButton';
import { RoomParticipation } from '../room/RoomParticipation';

export function PlanWorkspace({ planId, stage }: { planId: string; stage: Stage }) {
  const { t } = useTranslation(['workspace', 'common', 'history']);
  const { data: plan, isLoading } = usePlan(planId);
  const { data: state } = usePlanState(planId);
  const { data: undoState } = useUndoState(planId);
  const files = usePlanFiles();
  const { announce } = useAnnouncer();
  const dirty = state ? state.revision !== state.savedRevision : false;

  useEffect(() => {
    void markOpened(db, planId);
  }, [planId]);

  // Once the workspace is idle, load the other stages' code: their first visit is then instant.
  useEffect(() => {
    const idle = requestIdleCallback(preloadStages, { timeout: 5000 });
    return () => cancelIdleCallback(idle);
  }, []);

  useEffect(() => {
    if (plan) platform.setWindowTitle(`${plan.name || t('common:untitled')} — ${t('common:appName')}`, dirty);
    return () => platform.setWindowTitle(t('common:appName'), false);
  }, [plan, dirty, t]);

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
  if (!plan || state?.deletedAt) {
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
      <header className="workspace-header">
        <button type="button" className="quiet" onClick={close} aria-label={t('workspace:closePlan')}>
          ← {t('workspace:home')}
        </button>
        <div className="plan-title">
          <span className="plan-title-name">{plan.name || t('common:untitled')}</span>
          <span className="save-state" aria-live="polite">
            {dirty ? t('workspace:unsaved') : state?.fileName ? t('workspace:savedTo', { name: state.fileName }) : t('workspace:storedLocally')}
          </span>
        </div>
        <div className="toolbar" role="toolbar" aria-label={t('workspace:planActions')}>
          <button
            type="button"
            onClick={() => void doUndo()}
            disabled={!undoState.undo}
            title={`${undoState.undo ? t('workspace:undoWhat', { what: t(undoState.undo.replace(/^history\./, 'history:')) }) : t('workspace:undo')} (${shortcutLabel('Mod+Z')})`}
          >
            {t('workspace:undo')}
          </button>
          <button
            type="button"
            onClick={() => void doRedo()}
            disabled={!undoState.redo}
            title={`${undoState.redo ? t('workspace:redoWhat', { what: t(undoState.redo.replace(/^history\./, 'history:')) }) : t('workspace:redo')} (${shortcutLabel('Mod+Shift+Z')})`}
          >
            {t('workspace:redo')}
          </button>
          <button type="button" onClick={() => void files.save(planId, false)} title={shortcutLabel('Mod+S')}>
            {t('workspace:save')}
          </button>
          <button type="button" onClick={() => void files.save(planId, true)} title={shortcutLabel('Mod+Shift+S')}>
            {t('workspace:saveAs')}
          </button>
          <PresentButton plan={plan} stage={stage} />
          <RoomParticipation plan={plan} />
        </div>
      </header>
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
