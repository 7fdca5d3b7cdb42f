/**
 * Stage 2: capture what partners say as cards, keyboard first (type, Enter, the next card), then
 * find any card again by text, kind, organisation, sector, session or tag. Survey exports come in
 * through the import dialog; user-defined catalogue entries are managed here too.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@core/model';
import { createCardIndexer, EMPTY_FILTER, filterCards, isFilterEmpty, type CardFilter } from '@core/search';
import { db } from '../../db/database';
import { useCards } from '../../hooks/entities';
import { useFormat } from '../../hooks/useFormat';
import { restoreCard } from '../../domain/cards';
import { ImportDialog } from '../import/ImportDialog';
import { CardEntryForm } from './CardEntryForm';
import { CardFilters } from './CardFilters';
import { CardList } from './CardList';
import { RecentlyDeleted } from './RecentlyDeleted';
import { CatalogueEntriesDialog } from './CatalogueEntriesDialog';
import { useCaptureData } from './useCaptureData';
import './capture.css';

export function CaptureStage({ plan }: { plan: Plan }) {
  const { t } = useTranslation(['capture', 'catalogue', 'import']);
  const { number } = useFormat();
  const { data: cards } = useCards(plan.id);
  const data = useCaptureData(plan.id);
  const [filter, setFilter] = useState<CardFilter>(EMPTY_FILTER);
  const [dialog, setDialog] = useState<'import' | 'catalogue' | null>(null);
  const deferredFilter = useDeferredValue(filter);

  // Newest first: the card just typed is at the top, next to the capture line.
  const newestFirst = useMemo(() => [...cards].reverse(), [cards]);
  const [indexCards] = useState(createCardIndexer);
  const index = useMemo(() => indexCards(newestFirst, data.people, data.catalogue.labelsOf), [indexCards, newestFirst, data.people, data.catalogue]);
  const shown = useMemo(() => filterCards(index, deferredFilter), [index, deferredFilter]);
  const filterKey = JSON.stringify(deferredFilter);

  return (
    <>
      <div className="stage-heading">
        <h1 id="stage-title">{t('capture:title')}</h1>
        <div className="stage-tools">
          <button type="button" onClick={() => setDialog('import')}>
            {t('import:openImport')}
          </button>
          <button type="button" onClick={() => setDialog('catalogue')}>
            {t('capture:catalogueEntries')}
          </button>
        </div>
      </div>
      <p className="stage-intro">{t('capture:intro')}</p>
      <CardEntryForm planId={plan.id} data={data} />
      <section aria-labelledby="cards-heading" className="capture-cards">
        <div className="section-header">
          <h2 id="cards-heading">{t('capture:cards', { count: cards.length, n: number(cards.length) })}</h2>
          {!isFilterEmpty(filter) && (
            <p className="filter-count" aria-live="polite">
              {t('capture:matching', { count: shown.length, shown: number(shown.length), total: number(cards.length) })}
            </p>
          )}
        </div>
        {cards.length > 0 && <CardFilters filter={filter} onChange={setFilter} index={index} data={data} cards={cards} />}
        {cards.length === 0 ? (
          <p className="empty">{t('capture:noCardsYet')}</p>
        ) : shown.length === 0 ? (
          <p className="empty">{t('capture:noMatch')}</p>
        ) : null}
        <CardList key={filterKey} planId={plan.id} cards={shown} data={data} label={t('capture:cardList')} />
      </section>
      <RecentlyDeleted
        planId={plan.id}
        table="cards"
        title={t('capture:recentlyDeletedCards')}
        nameOf={(c) => c.text}
        describe={(c) => (
          <>
            <span className={`kind-${c.kind}`}><span className="kind-badge">{t(`catalogue:cardKind.${c.kind}`)}</span></span> <span>{c.text}</span>
          </>
        )}
        restore={(seq, id) => restoreCard(db, plan.id, seq, id)}
      />
      <ImportDialog plan={plan} open={dialog === 'import'} onClose={() => setDialog(null)} />
      <CatalogueEntriesDialog planId={plan.id} open={dialog === 'catalogue'} onClose={() => setDialog(null)} catalogue={data.catalogue} />
    </>
  );
}
