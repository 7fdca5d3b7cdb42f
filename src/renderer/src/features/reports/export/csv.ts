/**
 * One table as CSV (Papa Parse): UTF-8 with a byte-order mark so Excel reads accents, CRLF line
 * ends, and text that a spreadsheet would run as a formula (=, +, -, @ first) prefixed with an
 * apostrophe, the usual defence against CSV injection.
 */
import Papa from 'papaparse';
import type { Cell, ReportTable } from '@core/report';

const FORMULA_START = /^[=+\-@\t\r]/;

export function guardCell(cell: Cell): string | number {
  if (cell === null) return '';
  if (typeof cell === 'number') return cell;
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function tableCsv(table: ReportTable): string {
  const csv = Papa.unparse(
    { fields: table.columns.map((c) => guardCell(c.label) as string), data: table.rows.map((row) => row.map(guardCell)) },
    { newline: '\r\n', quotes: false },
  );
  return `\uFEFF${csv}\r\n`;
}
