/**
 * The export builders in Chromium, where they run: CSV guards and encoding, sheet names, and the
 * Word and Excel files read back (JSZip, ExcelJS) from a report of the Riverbend sample.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildPlanReport, type PlanReport, type PlanReportBundle, type ReportTable } from '@core/report';
import { buildRiverbendSample } from '@core/sample/riverbend';
import i18next, { i18nReady } from '@renderer/i18n';
import { guardCell, tableCsv } from '@renderer/features/reports/export/csv';
import { sheetName, tablesXlsx } from '@renderer/features/reports/export/xlsx';
import { planReportDocx } from '@renderer/features/reports/export/docx';
import { chartPng } from '@renderer/features/reports/export/rasterise';

let bundle: PlanReportBundle;
beforeAll(async () => {
  await i18nReady;
  let n = 0;
  const t = i18next.getFixedT('en');
  bundle = buildPlanReport(buildRiverbendSample({ newId: () => `r${++n}`, now: () => '2025-10-21T12:00:00.000Z' }), {
    t: (key, params) => t(key, params ?? {}) as string,
    language: 'en',
    locale: 'en-CA',
    generatedAt: '2025-11-04T12:00:00.000Z',
  });
});

describe('CSV', () => {
  const table: ReportTable = {
    id: 'cards',
    caption: 'Cards',
    emptyText: '',
    columns: [
      { key: 'text', label: 'Text' },
      { key: 'n', label: 'Count', numeric: true },
    ],
    rows: [
      ['=HYPERLINK("http://evil","click")', -3],
      ['+1 more', 2],
      ['@sum', null],
      ['Line one\nline "two", three', 0],
      ['Île-des-Chênes', 1.5],
    ],
  };
  it('guards cells a spreadsheet would run as formulas, keeps numbers and accents', () => {
    expect(guardCell('=1+1')).toBe("'=1+1");
    expect(guardCell(-3)).toBe(-3);
    const csv = tableCsv(table);
    expect(csv.startsWith('\uFEFFText,Count\r\n')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""click"")",-3\r\n`);
    expect(csv).toContain("'+1 more,2\r\n");
    expect(csv).toContain("'@sum,\r\n");
    expect(csv).toContain('"Line one\nline ""two"", three",0\r\n');
    expect(csv).toContain('Île-des-Chênes,1.5\r\n');
  });
});

describe('sheet names', () => {
  it('removes characters Excel refuses, caps at 31, and keeps names unique', () => {
    const taken = new Set<string>();
    expect(sheetName('Risks: [draft] 1/2?', taken)).toBe('Risks draft 1 2');
    expect(sheetName('A very long caption that goes on and on', taken)).toBe('A very long caption that goes o');
    expect(sheetName('A very long caption that goes on and on', taken)).toBe('A very long caption that goes 2');
    expect(sheetName('risks draft 1 2', taken)).toBe('risks draft 1 2 2');
    expect(sheetName('', taken)).toBe('Sheet');
  });
});

describe('Excel workbook', () => {
  it('one sheet per table after the cover sheet, header frozen, values typed', async () => {
    const data = await tablesXlsx(bundle.tables, { title: 'Riverbend', subtitle: 'CSWB plan', preparedLine: 'Prepared', appName: 'CSWB Workshop', generatedAt: '2025-11-04T12:00:00.000Z' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(data.buffer as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Riverbend', ...bundle.tables.map((t) => t.caption)]);
    const risks = book.getWorksheet('Risks')!;
    expect(risks.getRow(1).font?.bold).toBe(true);
    expect((risks.getRow(2).values as unknown[]).slice(0, 4)).toEqual([undefined, 1, 'Substance use and overdose', 13]);
    expect(book.getWorksheet('Riverbend')!.getRow(5).values).toEqual([undefined, 'Partners', 16]);
  });
});

describe('Word document', () => {
  it('headings, tables and chart images with alt text', async () => {
    const data = await planReportDocx(bundle.report, { chartImage: (chart) => chartPng(chart), appName: 'CSWB Workshop' });
    const zip = await JSZip.loadAsync(data);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(7);
    expect(xml).toContain('descr="Bar chart of dots per risk, highest first: Substance use and overdose 13,');
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))).toHaveLength(3);
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('w:val="en-CA"');
  });

  it('without chart images, the chart description stands in their place', async () => {
    const data = await planReportDocx(bundle.report, { chartImage: async () => null, appName: 'CSWB Workshop' });
    const zip = await JSZip.loadAsync(data);
    expect(Object.keys(zip.files).some((f) => f.startsWith('word/media/'))).toBe(false);
    expect(await zip.file('word/document.xml')!.async('string')).toContain('Bar chart of participants per sector:');
  });
});

describe('numbers in the document', () => {
  // One numeric table; the computer running the test has its own locale, which must not matter.
  const report = (language: string): PlanReport => ({
    language,
    title: 'Riverbend',
    subtitle: '',
    preparedLine: '',
    description: '',
    contentsTitle: 'Contents',
    sections: [
      {
        id: 'engagement',
        title: 'Engagement',
        blocks: [{ kind: 'table', table: { id: 'cards', caption: 'Cards', emptyText: '', columns: [{ key: 'n', label: 'Cards', numeric: true }], rows: [[1234.5]] } }],
      },
    ],
  });
  const wordText = async (language: string) => {
    const zip = await JSZip.loadAsync(await planReportDocx(report(language), { chartImage: async () => null, appName: 'CSWB Workshop' }));
    return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ');
  };

  it('read the French way in a French Word document, the English way in an English one', async () => {
    expect(await wordText('fr')).toMatch(/ 1\s234,5 /);
    expect(await wordText('en')).toContain(' 1,234.5 ');
  });
});
