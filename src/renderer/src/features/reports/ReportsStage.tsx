/**
 * Publish and export: the plan document in the shape councils publish, as a print view (PDF),
 * a Word document, a spreadsheet of every table, or one table as CSV. The preview below the
 * toolbar is the document itself; the print copy lives in a portal that only print media shows.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';
import { safeFileStem } from '@core/report';
import { platform } from '../../platform';
import { useAnnouncer } from '../../components/Announcer';
import { PlanDocument } from './PlanDocument';
import { useReport, type DocumentLanguage } from './useReport';
import './reports.css';

const PRINT_ROOT_ID = 'cswb-print-root';

type Busy = null | 'pdf' | 'docx' | 'xlsx' | 'csv';

export function ReportsStage({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation(['reports', 'common']);
  const { announce } = useAnnouncer();
  const [language, setLanguage] = useState<DocumentLanguage>(i18n.language === 'fr' ? 'fr' : 'en');
  const { bundle, generatedAt } = useReport(plan.id, language);
  const [csvTable, setCsvTable] = useState('partners');
  const [busy, setBusy] = useState<Busy>(null);
  const printRoot = usePrintRoot();
  const stem = `${safeFileStem(plan.name)}${language === 'fr' ? '-fr' : ''}`;

  const run = async (kind: Exclude<Busy, null>, work: () => Promise<string | null>) => {
    setBusy(kind);
    try {
      const savedName = await work();
      if (savedName) announce(t('reports:ui.exported', { name: savedName }));
    } catch (error) {
      announce(t('reports:ui.exportFailed', { detail: error instanceof Error ? error.message : String(error) }), { tone: 'error' });
    } finally {
      setBusy(null);
    }
  };

  const printPdf = () =>
    run('pdf', async () => {
      if (!platform.printToPdf) {
        // Browser mode: the browser's print dialog, where "Save as PDF" is a destination.
        window.print();
        return null;
      }
      const pdf = await platform.printToPdf();
      return (await platform.exportFile(`${stem}.pdf`, pdf, [{ name: t('reports:ui.pdfFilter'), extensions: ['pdf'] }]))?.name ?? null;
    });

  const exportDocx = () =>
    run('docx', async () => {
      if (!bundle) return null;
      const [{ planReportDocx }, { chartPng }] = await Promise.all([import('./export/docx'), import('./export/rasterise')]);
      const data = await planReportDocx(bundle.report, { chartImage: (chart) => chartPng(chart), appName: t('common:appName') });
      return (await platform.exportFile(`${stem}.docx`, data, [{ name: t('reports:ui.docxFilter'), extensions: ['docx'] }]))?.name ?? null;
    });

  const exportXlsx = () =>
    run('xlsx', async () => {
      if (!bundle) return null;
      const { tablesXlsx } = await import('./export/xlsx');
      const { report } = bundle;
      const data = await tablesXlsx(bundle.tables, { title: report.title, subtitle: report.subtitle, preparedLine: report.preparedLine, appName: t('common:appName'), generatedAt });
      return (await platform.exportFile(`${stem}-tables.xlsx`, data, [{ name: t('reports:ui.xlsxFilter'), extensions: ['xlsx'] }]))?.name ?? null;
    });

  const exportCsv = () =>
    run('csv', async () => {
      const table = bundle?.tables.find((tb) => tb.id === csvTable);
      if (!table) return null;
      const { tableCsv } = await import('./export/csv');
      return (await platform.exportFile(`${stem}-${table.id}.csv`, tableCsv(table), [{ name: t('reports:ui.csvFilter'), extensions: ['csv'] }]))?.name ?? null;
    });

  return (
    <>
      <h1 id="stage-title">{t('reports:ui.title')}</h1>
      <p className="stage-intro">{t('reports:ui.intro')}</p>
      <section className="reports-toolbar" aria-label={t('reports:ui.exportLabel')} aria-busy={busy !== null}>
        <label className="compact">
          {t('reports:ui.language')}
          <select value={language} onChange={(e) => setLanguage(e.target.value === 'fr' ? 'fr' : 'en')}>
            <option value="en">{t('common:languageName.en')}</option>
            <option value="fr">{t('common:languageName.fr')}</option>
          </select>
        </label>
        <div className="reports-group" role="group" aria-labelledby="reports-document-group">
          <span id="reports-document-group" className="reports-group-title">
            {t('reports:ui.documentGroup')}
          </span>
          <button type="button" className="primary" disabled={!bundle || busy !== null} onClick={() => void printPdf()}>
            {platform.printToPdf ? t('reports:ui.savePdf') : t('reports:ui.print')}
          </button>
          <button type="button" disabled={!bundle || busy !== null} onClick={() => void exportDocx()}>
            {t('reports:ui.docx')}
          </button>
        </div>
        <div className="reports-group" role="group" aria-labelledby="reports-tables-group">
          <span id="reports-tables-group" className="reports-group-title">
            {t('reports:ui.tablesGroup')}
          </span>
          <button type="button" disabled={!bundle || busy !== null} onClick={() => void exportXlsx()}>
            {t('reports:ui.xlsx')}
          </button>
          <span className="reports-csv">
            <label className="compact">
              {t('reports:ui.csvTable')}
              <select value={csvTable} onChange={(e) => setCsvTable(e.target.value)}>
                {bundle?.tables.map((table) => (
                  <option key={table.id} value={table.id}>
                    {t('reports:ui.tableOption', { name: table.caption, count: table.rows.length })}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" disabled={!bundle || busy !== null} onClick={() => void exportCsv()}>
              {t('reports:ui.csv')}
            </button>
          </span>
        </div>
        {busy && <p className="hint">{t('reports:ui.working')}</p>}
        {!platform.printToPdf && <p className="hint">{t('reports:ui.printHint')}</p>}
      </section>
      {bundle ? (
        <div className="report-preview">
          <PlanDocument report={bundle.report} idPrefix="preview-" label={t('reports:ui.previewLabel')} scrollable />
        </div>
      ) : (
        <p className="empty">{t('reports:ui.loading')}</p>
      )}
      {bundle && printRoot && createPortal(<PlanDocument report={bundle.report} idPrefix="print-" />, printRoot)}
    </>
  );
}

/** A container directly under <body> that only print media shows (see reports.css). */
function usePrintRoot(): HTMLElement | null {
  const [root, setRoot] = useState<HTMLElement | null>(null);
  useEffect(() => {
    const el = document.createElement('div');
    el.id = PRINT_ROOT_ID;
    document.body.append(el);
    setRoot(el);
    return () => el.remove();
  }, []);
  return root;
}
