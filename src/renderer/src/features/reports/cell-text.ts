/**
 * A report table cell as the document shows it (preview, print, Word): numbers in the document's
 * language, whatever the computer's own locale is ("1 234,5" in a French document, "1,234.5" in
 * an English one); text as it is. The spreadsheet and CSV keep numbers as numbers instead.
 */
import type { Cell } from '@core/report';

export function documentLocale(language: string): 'fr-CA' | 'en-CA' {
  return language === 'fr' ? 'fr-CA' : 'en-CA';
}

export function cellText(cell: Cell, locale: string): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? cell.toLocaleString(locale, { maximumFractionDigits: 2 }) : cell;
}
