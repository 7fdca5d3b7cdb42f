/**
 * Dates of outcome measures. Plans write them at the precision they know: a year ("2029"), a
 * month ("2029-03") or a day ("2029-03-31"). Each is read as the span of days it covers, so
 * "target 2025-06, baseline 2025" is possible and "target 2024, baseline 2025" is not.
 */

export interface DateSpan {
  /** First day covered, yyyy-mm-dd. */
  first: string;
  /** Last day covered, yyyy-mm-dd. */
  last: string;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The span a measure date covers, or null when it is not a year, a month or a day that exists. */
export function parseMeasureDate(text: string): DateSpan | null {
  const m = PATTERN.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900 || year > 2200) return null;
  if (m[2] === undefined) return { first: `${year}-01-01`, last: `${year}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const prefix = `${year}-${pad(month)}`;
  if (m[3] === undefined) return { first: `${prefix}-01`, last: `${prefix}-${pad(daysIn(year, month))}` };
  const day = Number(m[3]);
  if (day < 1 || day > daysIn(year, month)) return null;
  return { first: `${prefix}-${pad(day)}`, last: `${prefix}-${pad(day)}` };
}

/** True when every day of `later` comes before every day of `earlier` (ISO strings compare in order). */
export function isBefore(later: DateSpan, earlier: DateSpan): boolean {
  return later.last < earlier.first;
}
