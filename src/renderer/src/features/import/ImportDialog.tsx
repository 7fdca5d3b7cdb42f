/**
 * Import of pre-workshop survey exports (CSV). Choose a file, check how it was read (encoding,
 * separator), map its columns to card fields, look at the preview with every row's problems and
 * likely duplicates, then confirm. Nothing is written before the confirmation, and the import is
 * one change: one undo takes it all back out.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardKind, Plan } from '@core/model';
import {
  decodeCsvBytes,
  guessMapping,
  organisationsToCreate,
  parseCsv,
  prepareImport,
  rowsToImport,
  type ColumnMapping,
  type CsvEncodingChoice,
} from '@core/import';
import { db } from '../../db/database';
import { useCards } from '../../hooks/entities';
import { importCards } from '../../domain/import-cards';
import { Dialog } from '../../components/Dialog';
import { useAnnouncer } from '../../components/Announcer';
import { useUndoAction } from '../../components/useUndoAction';
import { useCaptureData } from '../capture/useCaptureData';
import { useImportVocabulary } from './useImportVocabulary';
import { fileErrorMessage, type FileError } from './import-messages';
import { ImportFileStep, type LoadedFile } from './ImportFileStep';
import { ImportMapping, type ImportOptions } from './ImportMapping';
import { ImportPreviewTable } from './ImportPreviewTable';
import './import.css';

export function ImportDialog({ plan, open, onClose }: { plan: Plan; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('import');
  return (
    <Dialog title={t('import:title')} open={open} onClose={onClose}>
      <ImportWizard plan={plan} onClose={onClose} />
    </Dialog>
  );
}

const DEFAULT_OPTIONS: ImportOptions = { defaultKind: 'risk' as CardKind, sessionId: '', createOrganisations: true, keepDuplicates: false };

function ImportWizard({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const { t } = useTranslation(['import', 'common']);
  const { announce } = useAnnouncer();
  const undoAction = useUndoAction();
  const data = useCaptureData(plan.id);
  const { data: cards } = useCards(plan.id);
  const vocabulary = useImportVocabulary(data.catalogue);
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [readError, setReadError] = useState<FileError | null>(null);
  const [encoding, setEncoding] = useState<CsvEncodingChoice>('auto');
  const [delimiter, setDelimiter] = useState('');
  const [chosenMapping, setChosenMapping] = useState<{ key: string; mapping: ColumnMapping } | null>(null);
  const [options, setOptions] = useState<ImportOptions>(DEFAULT_OPTIONS);
  const [busy, setBusy] = useState(false);

  const decoded = useMemo(() => (file ? decodeCsvBytes(file.bytes, encoding) : null), [file, encoding]);
  const parsed = useMemo(() => (decoded?.ok ? parseCsv(decoded.text, delimiter || undefined) : null), [decoded, delimiter]);
  const csv = parsed?.ok ? parsed.csv : null;
  const headersKey = csv ? csv.headers.join('\u0001') : '';
  // The guess applies until the user changes a column; a file with other headers is guessed anew.
  const mapping = useMemo(
    () => (!csv ? null : chosenMapping?.key === headersKey ? chosenMapping.mapping : guessMapping(csv.headers, csv.rows.slice(0, 20).map((r) => r.cells))),
    [csv, chosenMapping, headersKey],
  );
  const preview = useMemo(
    () =>
      csv && mapping && mapping.text !== null
        ? prepareImport(csv, mapping, vocabulary, { partners: data.partners, participants: data.participants, cards }, options)
        : null,
    [csv, mapping, vocabulary, data.partners, data.participants, cards, options],
  );
  const toImport = useMemo(() => (preview ? rowsToImport(preview, options.keepDuplicates) : []), [preview, options.keepDuplicates]);
  const newOrganisations = useMemo(() => (preview ? organisationsToCreate(preview, toImport) : []), [preview, toImport]);

  const fileError: string | null = !file
    ? readError && fileErrorMessage(t, readError, '')
    : decoded && !decoded.ok
      ? fileErrorMessage(t, decoded.error, file.name)
      : parsed && !parsed.ok
        ? fileErrorMessage(t, parsed.error, file.name, 'rowNumber' in parsed ? parsed.rowNumber : undefined)
        : null;

  const confirm = async () => {
    if (!toImport.length) return;
    setBusy(true);
    try {
      const result = await importCards(db, plan.id, { rows: toImport, organisations: newOrganisations, sessionId: options.sessionId || null });
      const message = result.partners ? t('import:donePartners', { count: result.partners, cards: result.cards }) : t('import:done', { count: result.cards });
      announce(message, {
        action: undoAction(plan.id),
      });
      onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="import-wizard">
      <ImportFileStep
        file={file}
        onFile={(f) => {
          setFile(f);
          setReadError(null);
          setChosenMapping(null);
        }}
        onReadError={() => {
          setFile(null);
          setReadError('unreadable');
        }}
        encoding={encoding}
        onEncoding={setEncoding}
        delimiter={delimiter}
        onDelimiter={setDelimiter}
        detected={decoded?.ok ? { encoding: decoded.encoding, hadBom: decoded.hadBom, delimiter: csv?.delimiter ?? null, rows: csv?.rows.length ?? 0 } : null}
        error={fileError}
      />
      {csv && mapping && (
        <ImportMapping
          headers={csv.headers}
          mapping={mapping}
          onMapping={(m) => setChosenMapping({ key: headersKey, mapping: m })}
          options={options}
          onOptions={setOptions}
          sessions={data.sessions}
        />
      )}
      {csv && mapping && mapping.text === null && (
        <p className="field-problem" role="alert">
          {t('import:chooseTextColumn')}
        </p>
      )}
      {preview && csv && mapping?.text !== null && mapping && (
        <ImportPreviewTable preview={preview} toImport={toImport} newOrganisations={newOrganisations} data={data} cards={cards} textColumn={csv.headers[mapping.text!] ?? ''} />
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('common:cancel')}
        </button>
        <button type="button" className="primary" disabled={!toImport.length || busy} onClick={() => void confirm()}>
          {t('import:confirm', { count: toImport.length })}
        </button>
      </div>
    </div>
  );
}
