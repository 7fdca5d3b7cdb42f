/** A calendar date (yyyy-mm-dd) in the interface language, without time-zone drift. */
import { useMemo } from 'react';
import { useFormat } from '../../hooks/useFormat';

export function useDateFormat(): (isoDate: string) => string {
  const { locale } = useFormat();
  return useMemo(() => {
    const f = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    return (isoDate: string) => {
      const d = new Date(`${isoDate}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? isoDate : f.format(d);
    };
  }, [locale]);
}
