/**
 * Open and save flows shared by the home screen, the workspace and the menu: picking a file,
 * decoding it, asking when the plan is already in the app, reporting repairs and errors.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanFileRepair } from '@core/plan-file';
import { db } from '../../db/database';
import { platform } from '../../platform';
import type { OpenedFile } from '../../platform/types';
import type { OpenOutcome } from '../../files/plan-files';
import { useAnnouncer } from '../../components/Announcer';
import { Dialog } from '../../components/Dialog';
import { navigate } from '../../hooks/useRoute';
import { fileReadErrorMessage, planFileErrorMessage } from './plan-file-messages';
import { RecoveryDialog } from './RecoveryDialog';
import './files.css';

/** The plan-file codec and its schemas load with the first open or save, not at start-up. */
const planFiles = () => import('../../files/plan-files');

interface PlanFilesApi {
  openFromPicker: () => Promise<void>;
  openRecent: (path: string) => Promise<void>;
  save: (planId: string, as: boolean) => Promise<boolean>;
}

const PlanFilesContext = createContext<PlanFilesApi | null>(null);

type Conflict = Extract<OpenOutcome, { kind: 'conflict' }>;

export function PlanFilesProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation(['files', 'common']);
  const { announce } = useAnnouncer();
  const [error, setError] = useState<{ fileName: string; message: string } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [repairs, setRepairs] = useState<PlanFileRepair[] | null>(null);

  const opened = useCallback(
    (planId: string, found: PlanFileRepair[], migratedFrom: number | null, fileName: string) => {
      navigate({ name: 'plan', planId, stage: 'partners' });
      if (found.length > 0) setRepairs(found);
      announce(migratedFrom !== null ? t('files:openedUpgraded', { name: fileName, version: migratedFrom }) : t('files:opened', { name: fileName }));
    },
    [announce, t],
  );

  const handleFile = useCallback(
    async (file: OpenedFile) => {
      const { openPlanFile } = await planFiles();
      const outcome = await openPlanFile(db, file);
      if (outcome.kind === 'failed') setError({ fileName: outcome.fileName, message: planFileErrorMessage(t, outcome.error) });
      else if (outcome.kind === 'conflict') setConflict(outcome);
      else opened(outcome.planId, outcome.repairs, outcome.migratedFrom, file.name);
    },
    [opened, t],
  );

  const readFailed = useCallback(
    (e: unknown, name: string) => setError({ fileName: name, message: fileReadErrorMessage(t, e) }),
    [t],
  );

  const api = useMemo<PlanFilesApi>(
    () => ({
      openFromPicker: async () => {
        try {
          const file = await platform.openPlanFile();
          if (file) await handleFile(file);
        } catch (e) {
          readFailed(e, '');
        }
      },
      openRecent: async (path) => {
        try {
          await handleFile(await platform.openRecent(path));
        } catch (e) {
          readFailed(e, path);
        }
      },
      save: async (planId, as) => {
        try {
          const { savePlan } = await planFiles();
          const result = await savePlan(db, platform, planId, { as });
          if (result.kind === 'saved') {
            announce(result.backupName ? t('files:savedWithBackup', { name: result.fileName, backup: result.backupName }) : t('files:saved', { name: result.fileName }));
          }
          return result.kind === 'saved';
        } catch (e) {
          announce(t('files:error.save', { detail: e instanceof Error ? e.message : String(e) }), { tone: 'error' });
          return false;
        }
      },
    }),
    [announce, handleFile, readFailed, t],
  );

  const choose = async (choice: 'replace' | 'copy') => {
    if (!conflict) return;
    const c = conflict;
    setConflict(null);
    const { resolveConflict } = await planFiles();
    const planId = await resolveConflict(db, c, choice);
    opened(planId, c.repairs, c.migratedFrom, c.file.name);
  };

  return (
    <PlanFilesContext.Provider value={api}>
      {children}
      <RecoveryDialog save={api.save} />
      <Dialog
        role="alertdialog"
        open={error !== null}
        title={t('files:openFailedTitle')}
        onClose={() => setError(null)}
        actions={
          <button type="button" onClick={() => setError(null)}>
            {t('common:ok')}
          </button>
        }
      >
        {error?.fileName && <p className="file-name">{error.fileName}</p>}
        <p>{error?.message}</p>
        <p>{t('files:nothingChanged')}</p>
      </Dialog>
      <Dialog
        open={conflict !== null}
        title={t('files:conflictTitle')}
        onClose={() => setConflict(null)}
        actions={
          <>
            <button type="button" onClick={() => setConflict(null)}>
              {t('common:cancel')}
            </button>
            <button type="button" onClick={() => void choose('replace')}>
              {t('files:replace')}
            </button>
            <button type="button" className="primary" onClick={() => void choose('copy')}>
              {t('files:openCopy')}
            </button>
          </>
        }
      >
        <p>{t('files:conflictBody', { name: conflict?.snapshot.plan.name ?? '' })}</p>
        {conflict?.localHasUnsavedChanges && <p className="warning">{t('files:conflictUnsaved')}</p>}
      </Dialog>
      <Dialog
        open={repairs !== null}
        title={t('files:repairsTitle', { count: repairs?.length ?? 0 })}
        onClose={() => setRepairs(null)}
        actions={
          <button type="button" className="primary" onClick={() => setRepairs(null)}>
            {t('common:ok')}
          </button>
        }
      >
        <p>{t('files:repairsBody')}</p>
        <ul className="repairs">
          {repairs?.slice(0, 50).map((r, i) => (
            <li key={i}>
              <code>{r.path}</code> {t(`files:repair.${r.code}`, { defaultValue: r.message })}
            </li>
          ))}
        </ul>
        {(repairs?.length ?? 0) > 50 && <p>{t('files:repairsMore', { count: (repairs?.length ?? 0) - 50 })}</p>}
      </Dialog>
    </PlanFilesContext.Provider>
  );
}

export function usePlanFiles(): PlanFilesApi {
  const api = useContext(PlanFilesContext);
  if (!api) throw new Error('usePlanFiles outside PlanFilesProvider');
  return api;
}
