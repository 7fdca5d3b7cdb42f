/**
 * Every table of the plan as one spreadsheet (.xlsx, one sheet per table) with ExcelJS: header
 * row in bold and frozen, filters on, numbers kept as numbers, widths that fit the content.
 */
import ExcelJS from 'exceljs';
import type { ReportTable } from '@core/report';

export interface XlsxMeta {
  title: string;
  subtitle: string;
  preparedLine: string;
  appName: string;
  generatedAt: string;
}

/** Excel forbids []:*?/\ in sheet names and caps them at 31 characters; names must be unique. */
export function sheetName(caption: string, taken: Set<string>): string {
  const base = caption.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

export async function tablesXlsx(tables: readonly ReportTable[], meta: XlsxMeta): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.appName;
  workbook.title = meta.title;
  workbook.subject = meta.subtitle;
  workbook.created = new Date(meta.generatedAt);
  const taken = new Set<string>();

  const about = workbook.addWorksheet(sheetName(meta.title, taken));
  about.addRows([[meta.title], [meta.subtitle], [meta.preparedLine], [], ...tables.map((t) => [t.caption, t.rows.length])]);
  about.getRow(1).font = { bold: true, size: 14 };
  about.getColumn(1).width = Math.min(60, Math.max(20, meta.title.length + 2));
  about.getColumn(2).width = 10;

  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.caption, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((column, i) => ({
      header: column.label,
      key: column.key,
      width: columnWidth(column.label, table.rows.map((row) => row[i] ?? null)),
    }));
    for (const row of table.rows) sheet.addRow(row.map((cell) => (cell === null ? null : cell)));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE5E7EB' } };
    table.columns.forEach((column, i) => {
      const col = sheet.getColumn(i + 1);
      col.alignment = { vertical: 'top', wrapText: !column.numeric, horizontal: column.numeric ? 'right' : 'left' };
    });
    if (table.rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function columnWidth(label: string, cells: readonly (string | number | null)[]): number {
  const longest = Math.max(label.length, ...cells.map((c) => (c === null ? 0 : String(c).split('\n').reduce((m, line) => Math.max(m, line.length), 0))));
  return Math.min(60, Math.max(8, longest + 2));
}
