/**
 * The plan's own risk-catalogue entries (beyond the situation-table list), with a label in each
 * language and, optionally, the built-in category they refine. Added here or straight from the
 * tag box while capturing; deleting one takes it off the cards and risks that used it.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RISK_CATEGORIES } from '@core/catalogue';
import type { CatalogueEntry } from '@core/model';
import { db } from '../../db/database';
import { addCatalogueEntry, CatalogueEntryError, deleteCatalogueEntry, updateCatalogueEntry, type CatalogueEntryFields } from '../../domain/catalogue-entries';
import { Dialog } from '../../components/Dialog';
import { useAnnouncer } from '../../components/Announcer';
import type { CatalogueLabels } from './useCatalogueOptions';

const BLANK: CatalogueEntryFields = { labelEn: '', labelFr: '', parentCategory: null };

interface Props {
  planId: string;
  open: boolean;
  onClose: () => void;
  catalogue: CatalogueLabels;
}

export function CatalogueEntriesDialog({ planId, open, onClose, catalogue }: Props) {
  const { t } = useTranslation(['capture', 'common']);
  return (
    <Dialog
      title={t('capture:catalogueEntries')}
      open={open}
      onClose={onClose}
      actions={
        <button type="button" onClick={onClose}>
          {t('capture:close')}
        </button>
      }
    >
      <p className="hint">{t('capture:catalogueEntriesIntro')}</p>
      {catalogue.entries.length === 0 ? (
        <p className="empty">{t('capture:noCatalogueEntries')}</p>
      ) : (
        <ul className="catalogue-entries">
          {catalogue.entries.map((e) => (
            <li key={e.id}>
              <EntryForm planId={planId} entry={e} />
            </li>
          ))}
        </ul>
      )}
      <h3>{t('capture:newCatalogueEntry')}</h3>
      <EntryForm planId={planId} />
    </Dialog>
  );
}

function EntryForm({ planId, entry }: { planId: string; entry?: CatalogueEntry }) {
  const { t } = useTranslation(['capture', 'catalogue', 'common']);
  const { announce } = useAnnouncer();
  const [fields, setFields] = useState<CatalogueEntryFields>(entry ? { labelEn: entry.labelEn, labelFr: entry.labelFr, parentCategory: entry.parentCategory } : BLANK);
  const [problem, setProblem] = useState<string | null>(null);
  const changed = !entry || fields.labelEn !== entry.labelEn || fields.labelFr !== entry.labelFr || fields.parentCategory !== entry.parentCategory;
  const name = entry ? entry.labelEn : t('capture:newCatalogueEntry');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      if (entry) await updateCatalogueEntry(db, planId, entry.id, fields);
      else {
        await addCatalogueEntry(db, planId, fields);
        setFields(BLANK);
      }
      setProblem(null);
      announce(entry ? t('capture:catalogueEntrySaved') : t('capture:catalogueEntryAdded', { label: fields.labelEn || fields.labelFr }));
    } catch (err) {
      if (!(err instanceof CatalogueEntryError)) throw err;
      setProblem(t(`capture:catalogueProblem.${err.reason}`));
    }
  };

  return (
    <form className="catalogue-entry-form" onSubmit={(e) => void submit(e)} aria-label={name}>
      <label>
        {t('capture:labelEn')}
        <input lang="en" value={fields.labelEn} onChange={(e) => setFields({ ...fields, labelEn: e.target.value })} maxLength={120} />
      </label>
      <label>
        {t('capture:labelFr')}
        <input lang="fr" value={fields.labelFr} onChange={(e) => setFields({ ...fields, labelFr: e.target.value })} maxLength={120} />
      </label>
      <label>
        {t('capture:parentCategory')}
        <select value={fields.parentCategory ?? ''} onChange={(e) => setFields({ ...fields, parentCategory: e.target.value || null })}>
          <option value="">{t('capture:newCategory')}</option>
          {RISK_CATEGORIES.map((c) => (
            <option key={c.id} value={c.id}>
              {t(`catalogue:riskCategory.${c.id}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="editor-actions">
        <button type="submit" className={entry ? '' : 'primary'} disabled={!changed}>
          {entry ? t('capture:saveEntry') : t('capture:addEntry')}
        </button>
        {entry && (
          <button
            type="button"
            className="danger"
            aria-label={t('capture:deleteEntry', { label: entry.labelEn })}
            onClick={() => void deleteCatalogueEntry(db, planId, entry.id).then(() => announce(t('capture:catalogueEntryDeleted', { label: entry.labelEn })))}
          >
            {t('common:delete')}
          </button>
        )}
      </div>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
