/** Search and filters over the cards: text, kind, organisation, sector, session, tag. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_KINDS, type Card, type CardKind } from '@core/model';
import { EMPTY_FILTER, isFilterEmpty, NO_SESSION, type CardFilter, type IndexedCard } from '@core/search';
import type { CaptureData } from './useCaptureData';

interface CardFiltersProps {
  filter: CardFilter;
  onChange: (f: CardFilter) => void;
  index: readonly IndexedCard[];
  data: CaptureData;
  cards: readonly Card[];
}

export function CardFilters({ filter, onChange, index, data, cards }: CardFiltersProps) {
  const { t } = useTranslation(['capture', 'catalogue']);
  const set = <K extends keyof CardFilter>(key: K, value: CardFilter[K]) => onChange({ ...filter, [key]: value });
  // Offer only what the cards use, so every choice finds something.
  const used = useMemo(() => {
    const kinds = new Map<CardKind, number>();
    const partners = new Set<string>();
    const sectors = new Set<string>();
    const tags = new Set<string>();
    for (const e of index) {
      kinds.set(e.card.kind, (kinds.get(e.card.kind) ?? 0) + 1);
      if (e.partnerId) partners.add(e.partnerId);
      if (e.sector) sectors.add(e.sector);
    }
    for (const c of cards) for (const tag of c.tags) tags.add(tag);
    return { kinds, partners, sectors, tags: [...tags].sort((a, b) => data.catalogue.labelOf(a).localeCompare(data.catalogue.labelOf(b))) };
  }, [index, cards, data.catalogue]);

  return (
    <div role="search" className="card-filters" aria-label={t('capture:filters')}>
      <label className="grow">
        {t('capture:search')}
        <input type="search" value={filter.query} onChange={(e) => set('query', e.target.value)} placeholder={t('capture:searchPlaceholder')} />
      </label>
      <label>
        {t('capture:kind')}
        <select value={filter.kind ?? ''} onChange={(e) => set('kind', (e.target.value || null) as CardKind | null)}>
          <option value="">{t('capture:allKinds')}</option>
          {CARD_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`catalogue:cardKind.${k}`)} ({used.kinds.get(k) ?? 0})
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('capture:organisation')}
        <select value={filter.partnerId ?? ''} onChange={(e) => set('partnerId', e.target.value || null)}>
          <option value="">{t('capture:allOrganisations')}</option>
          {data.partners
            .filter((p) => used.partners.has(p.id))
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
        </select>
      </label>
      <label>
        {t('capture:sector')}
        <select value={filter.sector ?? ''} onChange={(e) => set('sector', e.target.value || null)}>
          <option value="">{t('capture:allSectors')}</option>
          {[...used.sectors].map((s) => (
            <option key={s} value={s}>
              {t(`catalogue:sector.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('capture:session')}
        <select value={filter.sessionId ?? ''} onChange={(e) => set('sessionId', e.target.value || null)}>
          <option value="">{t('capture:allSessions')}</option>
          {data.sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
          <option value={NO_SESSION}>{t('capture:noSession')}</option>
        </select>
      </label>
      <label>
        {t('capture:tag')}
        <select value={filter.tag ?? ''} onChange={(e) => set('tag', e.target.value || null)}>
          <option value="">{t('capture:allTags')}</option>
          {used.tags.map((tag) => (
            <option key={tag} value={tag}>
              {data.catalogue.labelOf(tag)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="quiet" disabled={isFilterEmpty(filter)} onClick={() => onChange(EMPTY_FILTER)}>
        {t('capture:clearFilters')}
      </button>
    </div>
  );
}
