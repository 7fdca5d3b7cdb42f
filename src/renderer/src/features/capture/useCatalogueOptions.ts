/**
 * The risk catalogue as the interface shows it: built-in categories and factors with their
 * labels in the interface language and the other one, plus the plan's own entries. One place
 * answers "what is the label of this tag?" for cards, filters, risks and the survey import.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { RISK_CATEGORIES } from '@core/catalogue';
import type { CatalogueEntry } from '@core/model';
import type { CatalogueOption } from '@core/search';
import { useCatalogueEntries } from '../../hooks/entities';

export interface CatalogueLabels {
  options: CatalogueOption[];
  /** Label in the interface language; an unknown id (deleted entry) shows as itself. */
  labelOf: (id: string) => string;
  /** Labels in both languages, for search. */
  labelsOf: (id: string) => string[];
  /** Whether the id is a category (built-in or a user entry without parent). */
  isCategory: (id: string) => boolean;
  entries: CatalogueEntry[];
}

export function useCatalogueOptions(planId: string): CatalogueLabels {
  const { i18n } = useTranslation();
  const { data: entries } = useCatalogueEntries(planId);
  const lang = i18n.language === 'fr' ? 'fr' : 'en';
  return useMemo(() => {
    const other = lang === 'fr' ? 'en' : 'fr';
    const tIn = (l: string) => i18next.getFixedT(l, 'catalogue');
    const [here, there] = [tIn(lang), tIn(other)];
    const options: CatalogueOption[] = [];
    const byId = new Map<string, CatalogueOption>();
    const push = (o: CatalogueOption) => {
      options.push(o);
      byId.set(o.id, o);
    };
    for (const c of RISK_CATEGORIES) {
      const label = here(`riskCategory.${c.id}`);
      const altLabel = there(`riskCategory.${c.id}`);
      push({ id: c.id, label, altLabel, parentLabel: null, altParentLabel: null, userDefined: false });
      for (const f of c.factors) {
        push({ id: `${c.id}.${f}`, label: here(`riskFactor.${c.id}.${f}`), altLabel: there(`riskFactor.${c.id}.${f}`), parentLabel: label, altParentLabel: altLabel, userDefined: false });
      }
    }
    for (const e of entries) {
      const parent = e.parentCategory;
      push({
        id: e.id,
        label: lang === 'fr' ? e.labelFr : e.labelEn,
        altLabel: lang === 'fr' ? e.labelEn : e.labelFr,
        parentLabel: parent ? here(`riskCategory.${parent}`) : null,
        altParentLabel: parent ? there(`riskCategory.${parent}`) : null,
        userDefined: true,
      });
    }
    return {
      options,
      entries,
      labelOf: (id) => byId.get(id)?.label ?? id,
      labelsOf: (id) => {
        const o = byId.get(id);
        return o ? [o.label, o.altLabel] : [];
      },
      isCategory: (id) => {
        const o = byId.get(id);
        return !!o && o.parentLabel === null;
      },
    };
  }, [entries, lang]);
}
