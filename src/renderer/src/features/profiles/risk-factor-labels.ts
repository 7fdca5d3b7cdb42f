/** Labels of risk-catalogue ids: built-in categories and factors from the catalogue, user entries from the plan. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueEntry } from '@core/model';

export function useRiskFactorLabel(entries: readonly CatalogueEntry[]): (id: string) => string {
  const { t, i18n } = useTranslation('catalogue');
  const french = i18n.language === 'fr';
  return useCallback(
    (id: string) => {
      const entry = entries.find((e) => e.id === id);
      if (entry) return (french ? entry.labelFr || entry.labelEn : entry.labelEn || entry.labelFr) || id;
      const [category, factor] = id.split('.');
      return factor ? t(`catalogue:riskFactor.${category}.${factor}`, { defaultValue: id }) : t(`catalogue:riskCategory.${category}`, { defaultValue: id });
    },
    [entries, french, t],
  );
}
