/** Number and date formats for the audience view, in the language the facilitator presents in. */
export function localeOf(language: string): string {
  return language === 'fr' ? 'fr-CA' : 'en-CA';
}

export function formatNumber(value: number, decimals: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** "Tuesday, October 7, 2025" from "2025-10-07" (no time zone shift: it is a calendar date). */
export function formatDay(date: string, language: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'full', timeZone: 'UTC' }).format(day);
}
