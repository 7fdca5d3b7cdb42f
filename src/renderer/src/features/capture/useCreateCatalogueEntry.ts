/**
 * Adds a plan catalogue entry from a label typed in a tag box (in the interface language; the
 * other language's label starts as the same text until someone translates it in the catalogue
 * dialog). Returns the new entry's id, or null when it could not be added.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { addCatalogueEntry } from '../../domain/catalogue-entries';
import { useAnnouncer } from '../../components/Announcer';

export function useCreateCatalogueEntry(planId: string): (label: string) => Promise<string | null> {
  const { t, i18n } = useTranslation('capture');
  const { announce } = useAnnouncer();
  return useCallback(
    async (label: string) => {
      const fr = i18n.language === 'fr';
      const entry = await addCatalogueEntry(db, planId, { labelEn: fr ? '' : label, labelFr: fr ? label : '', parentCategory: null }).catch(() => null);
      if (entry) announce(t('capture:catalogueEntryAdded', { label }));
      return entry?.id ?? null;
    },
    [announce, i18n.language, planId, t],
  );
}
