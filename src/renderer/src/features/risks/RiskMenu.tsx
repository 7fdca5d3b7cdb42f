/** Merge a risk into another one, or delete it (its cards go back to "not grouped"). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Risk } from '@core/model';
import { db } from '../../db/database';
import { deleteRisk, mergeRisks } from '../../domain/risks';
import { Dialog } from '../../components/Dialog';
import { useAnnouncer } from '../../components/Announcer';
import { useUndoAction } from '../../components/useUndoAction';

export function RiskMenu({ risk, risks }: { risk: Risk; risks: Risk[] }) {
  const { t } = useTranslation(['risks', 'common']);
  const { announce } = useAnnouncer();
  const [merging, setMerging] = useState(false);
  const others = risks.filter((r) => r.id !== risk.id);
  const [target, setTarget] = useState('');
  const undoAction = useUndoAction();

  const merge = () => {
    const into = others.find((r) => r.id === target);
    if (!into) return;
    void mergeRisks(db, risk.planId, into.id, [risk.id]).then(() => {
      announce(t('risks:merged', { from: risk.title, into: into.title }), { action: undoAction(risk.planId) });
      setMerging(false);
    });
  };

  return (
    <>
      {others.length > 0 && (
        <button type="button" className="quiet small" aria-label={t('risks:mergeRisk', { title: risk.title })} onClick={() => setMerging(true)}>
          {t('risks:merge')}
        </button>
      )}
      <button
        type="button"
        className="quiet small"
        aria-label={t('risks:deleteRisk', { title: risk.title })}
        onClick={() => void deleteRisk(db, risk.planId, risk.id).then(() => announce(t('risks:riskDeleted', { title: risk.title }), { action: undoAction(risk.planId) }))}
      >
        {t('common:delete')}
      </button>
      <Dialog
        title={t('risks:mergeTitle', { title: risk.title })}
        open={merging}
        onClose={() => setMerging(false)}
        actions={
          <>
            <button type="button" onClick={() => setMerging(false)}>
              {t('common:cancel')}
            </button>
            <button type="button" className="primary" disabled={!target} onClick={merge}>
              {t('risks:mergeConfirm')}
            </button>
          </>
        }
      >
        <p>{t('risks:mergeExplain')}</p>
        <label>
          {t('risks:mergeInto')}
          <select value={target} onChange={(e) => setTarget(e.target.value)} autoFocus>
            <option value="">{t('risks:chooseRisk')}</option>
            {others.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </label>
      </Dialog>
    </>
  );
}
