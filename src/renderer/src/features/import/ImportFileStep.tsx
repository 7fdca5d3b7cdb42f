/** Step 1 of the survey import: the file, and how it was read (encoding and separator, both overridable). */
import { useTranslation } from 'react-i18next';
import { CSV_ENCODINGS, type CsvEncoding, type CsvEncodingChoice } from '@core/import';

export interface LoadedFile {
  name: string;
  bytes: Uint8Array;
}

interface Props {
  file: LoadedFile | null;
  onFile: (f: LoadedFile) => void;
  onReadError: () => void;
  encoding: CsvEncodingChoice;
  onEncoding: (e: CsvEncodingChoice) => void;
  delimiter: string;
  onDelimiter: (d: string) => void;
  detected: { encoding: CsvEncoding; hadBom: boolean; delimiter: string | null; rows: number } | null;
  error: string | null;
}

const DELIMITERS = [
  ['', 'auto'],
  [',', 'comma'],
  [';', 'semicolon'],
  ['\t', 'tab'],
  ['|', 'pipe'],
] as const;

const delimiterName = (d: string) => DELIMITERS.find(([c]) => c === d)?.[1] ?? 'comma';

export function ImportFileStep({ file, onFile, onReadError, encoding, onEncoding, delimiter, onDelimiter, detected, error }: Props) {
  const { t } = useTranslation('import');
  return (
    <section className="import-step" aria-labelledby="import-file-heading">
      <h3 id="import-file-heading">{t('import:fileStep')}</h3>
      <p className="hint">{t('import:fileHint')}</p>
      <div className="inline-fields">
        <label className="grow">
          {t('import:file')}
          <input
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            onChange={(e) => {
              const input = e.target;
              const f = input.files?.[0];
              if (!f) return;
              // Cleared so that choosing the same file again (fixed in the spreadsheet) reads it anew.
              input.value = '';
              f.arrayBuffer().then(
                (buffer) => onFile({ name: f.name, bytes: new Uint8Array(buffer) }),
                () => onReadError(),
              );
            }}
          />
        </label>
        <label>
          {t('import:encoding')}
          <select value={encoding} onChange={(e) => onEncoding(e.target.value as CsvEncodingChoice)}>
            {CSV_ENCODINGS.map((enc) => (
              <option key={enc} value={enc}>
                {t(`import:encodingName.${enc}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('import:separator')}
          <select value={delimiter} onChange={(e) => onDelimiter(e.target.value)}>
            {DELIMITERS.map(([value, name]) => (
              <option key={name} value={value}>
                {t(`import:separatorName.${name}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && (
        <p className="field-problem import-error" role="alert">
          {error}
        </p>
      )}
      {file && detected && !error && (
        <p className="import-read" role="status">
          {t('import:readAs', {
            file: file.name,
            rows: detected.rows,
            count: detected.rows,
            encoding: t(`import:encodingName.${detected.encoding}`),
            separator: t(`import:separatorName.${delimiterName(detected.delimiter ?? ',')}`),
          })}
          {detected.hadBom && ` ${t('import:withBom')}`}
        </p>
      )}
    </section>
  );
}
