/**
 * CSV text to a header and rows, with papaparse (RFC 4180: quoted fields with commas, doubled
 * quotes and line breaks). The delimiter is detected (comma, semicolon as written by French
 * Excel, tab, pipe). Row numbers are the ones a spreadsheet shows (a quoted field with line breaks is one row);
 * the first non-blank row is the header.
 */
import Papa from 'papaparse';

export const MAX_CSV_ROWS = 10_000;
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;

export interface CsvRow {
  /** Spreadsheet row number (header = 1). */
  rowNumber: number;
  cells: string[];
}

export interface ParsedCsv {
  /** Column names, trimmed; blank or repeated names are made unique ("Column 3", "Comment (2)"). */
  headers: string[];
  rows: CsvRow[];
  delimiter: string;
}

export type ParseResult =
  | { ok: true; csv: ParsedCsv }
  | { ok: false; error: 'noRows' | 'tooManyRows' | 'onlyHeader' }
  | { ok: false; error: 'unclosedQuote'; rowNumber: number };

function uniqueHeaders(raw: string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    const base = h.replace(/^\uFEFF/, '').trim() || `#${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

export function parseCsv(text: string, delimiter?: string): ParseResult {
  const result = Papa.parse<string[]>(text, {
    header: false,
    // Blank lines are dropped below, after numbering, so row numbers match the spreadsheet.
    skipEmptyLines: false,
    delimiter: delimiter ?? '',
    delimitersToGuess: [...CSV_DELIMITERS],
  });
  const quoteError = result.errors.find((e) => e.code === 'MissingQuotes');
  if (quoteError) return { ok: false, error: 'unclosedQuote', rowNumber: (quoteError.row ?? 0) + 1 };
  const numbered = result.data
    .map((cells, i) => ({ rowNumber: i + 1, cells }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const [header, ...body] = numbered;
  if (!header) return { ok: false, error: 'noRows' };
  if (body.length === 0) return { ok: false, error: 'onlyHeader' };
  if (body.length > MAX_CSV_ROWS) return { ok: false, error: 'tooManyRows' };
  return {
    ok: true,
    csv: {
      headers: uniqueHeaders(header.cells),
      rows: body,
      // A one-column file has no delimiter to detect; papaparse then reports a comma.
      delimiter: result.meta.delimiter,
    },
  };
}
