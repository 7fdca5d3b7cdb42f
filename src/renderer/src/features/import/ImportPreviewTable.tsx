/**
 * Step 3 of the survey import: what would be imported, row by row, with each row's problems
 * (skipped), warnings (imported with a fallback) and likely duplicates. Nothing is written yet.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card } from '@core/model';
import type { ImportPreview, NewOrganisation, PreparedRow } from '@core/import';
import type { CaptureData } from '../capture/useCaptureData';
import { problemMessage, warningMessage } from './import-messages';

const MAX_SHOWN = 300;

interface Props {
  preview: ImportPreview;
  toImport: PreparedRow[];
  newOrganisations: NewOrganisation[];
  data: CaptureData;
  cards: Card[];
  textColumn: string;
}

export function ImportPreviewTable({ preview, toImport, newOrganisations, data, cards, textColumn }: Props) {
  const { t } = useTranslation(['import', 'catalogue', 'capture']);
  const [onlyIssues, setOnlyIssues] = useState(false);
  const cardText = useMemo(() => new Map(cards.map((c) => [c.id, c.text])), [cards]);
  const skipped = preview.rows.filter((r) => r.problems.length > 0);
  const duplicates = preview.rows.filter((r) => r.duplicate);
  // "New partner" is news, not a problem: it does not make a row one to check.
  const withIssues = preview.rows.filter((r) => r.problems.length || r.duplicate || r.warnings.some((w) => w.code !== 'newOrganisation'));
  const rows = (onlyIssues ? withIssues : preview.rows).slice(0, MAX_SHOWN);
  const importing = new Set(toImport.map((r) => r.rowNumber));

  const from = (r: PreparedRow) =>
    r.newOrganisation ? t('import:newPartner', { name: r.newOrganisation }) : data.describeFrom({ participantId: r.participantId, partnerId: r.partnerId, sector: r.sector });

  return (
    <section className="import-step" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading">{t('import:previewStep')}</h3>
      <ul className="import-summary" aria-label={t('import:summary')}>
        <li className="ok">{t('import:willImport', { count: toImport.length })}</li>
        {skipped.length > 0 && <li className="bad">{t('import:willSkip', { count: skipped.length })}</li>}
        {duplicates.length > 0 && <li className="dup">{t('import:duplicatesFound', { count: duplicates.length })}</li>}
        {newOrganisations.length > 0 && <li>{t('import:newOrganisations', { count: newOrganisations.length, list: newOrganisations.map((o) => o.name).join(', ') })}</li>}
      </ul>
      <label className="compact">
        <input type="checkbox" checked={onlyIssues} onChange={(e) => setOnlyIssues(e.target.checked)} />
        {t('import:onlyIssues', { count: withIssues.length })}
      </label>
      <div className="table-scroll import-preview" tabIndex={0} role="region" aria-label={t('import:previewCaption')}>
        <table className="data-table">
          <caption className="visually-hidden">{t('import:previewCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import:row')}</th>
              <th scope="col">{t('import:status')}</th>
              <th scope="col">{t('import:field.text')}</th>
              <th scope="col">{t('capture:kind')}</th>
              <th scope="col">{t('capture:from')}</th>
              <th scope="col">{t('capture:tags')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const status = r.problems.length ? 'skipped' : importing.has(r.rowNumber) ? 'imported' : 'duplicate';
              return (
                <tr key={r.rowNumber} className={`import-row ${status}`}>
                  <th scope="row">{r.rowNumber}</th>
                  <td>
                    <span className={`status-badge ${status}`}>{t(`import:statusName.${status}`)}</span>
                    <ul className="row-notes">
                      {r.problems.map((p, i) => (
                        <li key={`p${i}`} className="problem">
                          {problemMessage(t, p, textColumn)}
                        </li>
                      ))}
                      {r.duplicate && (
                        <li className="duplicate">
                          {r.duplicate.of === 'card'
                            ? t('import:duplicateOfCard', { text: cardText.get(r.duplicate.cardId) ?? '' })
                            : t('import:duplicateOfRow', { row: r.duplicate.rowNumber })}
                        </li>
                      )}
                      {r.warnings
                        .filter((w) => w.code !== 'newOrganisation')
                        .map((w, i) => (
                          <li key={`w${i}`} className="warning-note">
                            {warningMessage(t, w)}
                          </li>
                        ))}
                    </ul>
                  </td>
                  <td>
                    <div className="import-text">{r.text}</div>
                  </td>
                  <td>{t(`catalogue:cardKind.${r.kind}`)}</td>
                  <td>{from(r)}</td>
                  <td>{r.tags.map((tag) => data.catalogue.labelOf(tag)).join(', ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {(onlyIssues ? withIssues : preview.rows).length > MAX_SHOWN && <p className="hint">{t('import:previewTruncated', { shown: MAX_SHOWN, total: preview.rows.length })}</p>}
    </section>
  );
}
