/**
 * The open plan's header: back to home, the plan's name and save state, and the toolbar (undo,
 * redo, save, present, room). Its own component because it follows every change (the save state
 * and the undo label change after each one): the stage navigation and the stage beside it do not
 * redraw with it.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';
import { usePlanState, useUndoState } from '../../hooks/entities';
import { type Stage } from '../../hooks/useRoute';
import { shortcutLabel } from '../../commands/registry';
import { platform } from '../../platform';
import { usePlanFiles } from '../files/PlanFilesProvider';
import { PresentButton } from '../presenter/PresentButton';
import { RoomParticipation } from '../room/RoomParticipation';

interface WorkspaceHeaderProps {
  plan: Plan;
  stage: Stage;
  onClose: () => void;
  onUndo: () => void;
  onRedo: () => void;
}

const historyKey = (label: string) => label.replace(/^history\./, 'history:');

export function WorkspaceHeader({ plan, stage, onClose, onUndo, onRedo }: WorkspaceHeaderProps) {
  const { t } = useTranslation(['workspace', 'common', 'history']);
  const { data: state } = usePlanState(plan.id);
  const { data: undoState } = useUndoState(plan.id);
  const files = usePlanFiles();
  const dirty = state ? state.revision !== state.savedRevision : false;
  const name = plan.name || t('common:untitled');

  useEffect(() => {
    platform.setWindowTitle(`${name} — ${t('common:appName')}`, dirty);
  }, [name, dirty, t]);
  useEffect(() => () => platform.setWindowTitle(t('common:appName'), false), [t]);

  return (
    <header className="workspace-header">
      <button type="button" className="quiet" onClick={onClose} aria-label={t('workspace:closePlan')}>
        ← {t('workspace:home')}
      </button>
      <div className="plan-title">
        <span className="plan-title-name">{name}</span>
        <span className="save-state" aria-live="polite">
          {dirty ? t('workspace:unsaved') : state?.fileName ? t('workspace:savedTo', { name: state.fileName }) : t('workspace:storedLocally')}
        </span>
      </div>
      <div className="toolbar" role="toolbar" aria-label={t('workspace:planActions')}>
        <button
          type="button"
          onClick={onUndo}
          disabled={!undoState.undo}
          title={`${undoState.undo ? t('workspace:undoWhat', { what: t(historyKey(undoState.undo)) }) : t('workspace:undo')} (${shortcutLabel('Mod+Z')})`}
        >
          {t('workspace:undo')}
        </button>
        <button
          type="button"
          onClick={onRedo}
          disabled={!undoState.redo}
          title={`${undoState.redo ? t('workspace:redoWhat', { what: t(historyKey(undoState.redo)) }) : t('workspace:redo')} (${shortcutLabel('Mod+Shift+Z')})`}
        >
          {t('workspace:redo')}
        </button>
        <button type="button" onClick={() => void files.save(plan.id, false)} title={shortcutLabel('Mod+S')}>
          {t('workspace:save')}
        </button>
        <button type="button" onClick={() => void files.save(plan.id, true)} title={shortcutLabel('Mod+Shift+S')}>
          {t('workspace:saveAs')}
        </button>
        <PresentButton plan={plan} stage={stage} />
        <RoomParticipation plan={plan} />
      </div>
    </header>
  );
}
