/** The words a survey file may use (kind, sector, tag labels in English and French), for matching. */
import { useMemo } from 'react';
import i18next from 'i18next';
import { SECTOR_IDS } from '@core/catalogue';
import { CARD_KINDS, type CardKind } from '@core/model';
import { buildVocabulary, type ImportVocabulary } from '@core/import';
import type { CatalogueLabels } from '../capture/useCatalogueOptions';

const LANGS = ['en', 'fr'] as const;

export function useImportVocabulary(catalogue: CatalogueLabels): ImportVocabulary {
  return useMemo(() => {
    const ts = LANGS.map((l) => i18next.getFixedT(l, 'catalogue'));
    return buildVocabulary({
      kinds: Object.fromEntries(CARD_KINDS.map((k) => [k, ts.map((t) => t(`cardKind.${k}`))])) as Record<CardKind, string[]>,
      sectors: new Map(SECTOR_IDS.map((s) => [s, ts.map((t) => t(`sector.${s}`))])),
      tags: new Map(catalogue.options.map((o) => [o.id, [o.label, o.altLabel]])),
    });
  }, [catalogue]);
}
