/** Dates and numbers formatted for the interface language (en-CA / fr-CA). */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'fr' ? 'fr-CA' : 'en-CA';
  return useMemo(() => {
    const dt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    return {
      locale,
      dateTime: (iso: string) => (iso ? dt.format(new Date(iso)) : ''),
      number: (n: number) => nf.format(n),
    };
  }, [locale]);
}
