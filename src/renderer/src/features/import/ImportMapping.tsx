/** Step 2 of the survey import: which column feeds which card field, and where the cards go. */
import { useTranslation } from 'react-i18next';
import { CARD_KINDS, type CardKind, type WorkshopSession } from '@core/model';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from '@core/import';

export interface ImportOptions {
  defaultKind: CardKind;
  sessionId: string;
  createOrganisations: boolean;
  keepDuplicates: boolean;
}

interface Props {
  headers: string[];
  mapping: ColumnMapping;
  onMapping: (m: ColumnMapping) => void;
  options: ImportOptions;
  onOptions: (o: ImportOptions) => void;
  sessions: WorkshopSession[];
}

export function ImportMapping({ headers, mapping, onMapping, options, onOptions, sessions }: Props) {
  const { t } = useTranslation(['import', 'catalogue', 'capture']);
  const setColumn = (field: ImportField, value: string) => {
    const column = value === '' ? null : Number(value);
    // A column feeds one field: taking it here frees it elsewhere.
    const next = { ...mapping };
    for (const f of IMPORT_FIELDS) if (column !== null && next[f] === column) next[f] = null;
    next[field] = column;
    onMapping(next);
  };
  return (
    <section className="import-step" aria-labelledby="import-map-heading">
      <h3 id="import-map-heading">{t('import:mapStep')}</h3>
      <div className="mapping-grid">
        {IMPORT_FIELDS.map((field) => (
          <label key={field}>
            {t(`import:field.${field}`)}
            <select value={mapping[field] ?? ''} onChange={(e) => setColumn(field, e.target.value)} aria-required={field === 'text'}>
              <option value="">{field === 'text' ? t('import:chooseColumn') : t('import:notInFile')}</option>
              {headers.map((h, i) => (
                <option key={`${h}-${i}`} value={i}>
                  {h}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <div className="mapping-grid">
        <label>
          {t('import:defaultKind')}
          <select value={options.defaultKind} onChange={(e) => onOptions({ ...options, defaultKind: e.target.value as CardKind })}>
            {CARD_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`catalogue:cardKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('import:intoSession')}
          <select value={options.sessionId} onChange={(e) => onOptions({ ...options, sessionId: e.target.value })}>
            <option value="">{t('capture:noSession')}</option>
            {sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="import-checks">
        <label className="compact">
          <input type="checkbox" checked={options.createOrganisations} onChange={(e) => onOptions({ ...options, createOrganisations: e.target.checked })} />
          {t('import:createOrganisations')}
        </label>
        <label className="compact">
          <input type="checkbox" checked={options.keepDuplicates} onChange={(e) => onOptions({ ...options, keepDuplicates: e.target.checked })} />
          {t('import:keepDuplicates')}
        </label>
      </div>
    </section>
  );
}
