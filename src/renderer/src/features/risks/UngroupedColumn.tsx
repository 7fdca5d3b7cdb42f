/**
 * The cards not grouped yet (a drop target too), filterable by kind and words, a page at a time,
 * and the form that makes a new candidate risk from the selected cards.
 */
import { useDeferredValue, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDroppable } from '@dnd-kit/core';
import { CARD_KINDS, type Card, type CardKind } from '@core/model';
import { EMPTY_FILTER, filterCards, indexCards } from '@core/search';
import { useFormat } from '../../hooks/useFormat';
import type { CaptureData } from '../capture/useCaptureData';
import { GroupCard } from './GroupCard';
import { UNGROUPED, type DropData } from './useGroupingDnd';

const PAGE = 100;

interface Props {
  cards: Card[];
  data: CaptureData;
  selected: ReadonlySet<string>;
  movingIds: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onCreate: (title: string) => Promise<string | null>;
}

export function UngroupedColumn({ cards, data, selected, movingIds, onToggle, onCreate }: Props) {
  const { t } = useTranslation(['risks', 'catalogue', 'capture']);
  const { number } = useFormat();
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [kind, setKind] = useState<CardKind | null>(null);
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const deferredQuery = useDeferredValue(query);
  const dropData: DropData = { order: 0, label: t('risks:notGrouped') };
  const { setNodeRef, isOver } = useDroppable({ id: UNGROUPED, data: dropData });
  const index = useMemo(() => indexCards(cards, data.people, data.catalogue.labelsOf), [cards, data.people, data.catalogue]);
  const shown = useMemo(() => filterCards(index, { ...EMPTY_FILTER, kind, query: deferredQuery }), [index, kind, deferredQuery]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const message = await onCreate(title);
    setProblem(message);
    if (!message) setTitle('');
  };

  return (
    <section ref={setNodeRef} aria-labelledby="ungrouped-heading" className={`ungrouped-column${isOver ? ' drop-over' : ''}`}>
      <h2 id="ungrouped-heading">{t('risks:ungrouped', { count: cards.length, n: number(cards.length) })}</h2>
      <form className="inline-form" onSubmit={(e) => void submit(e)} aria-label={t('risks:newRiskForm')}>
        <label className="grow">
          {t('risks:riskTitle')}
          <input
            value={title}
            maxLength={200}
            onChange={(e) => setTitle(e.target.value)}
            aria-invalid={problem !== null}
            aria-describedby={problem ? 'risk-title-problem' : undefined}
          />
        </label>
        <button type="submit" className="primary">
          {t('risks:createRisk', { count: selected.size })}
        </button>
        {problem && (
          <p id="risk-title-problem" className="field-problem" role="alert">
            {problem}
          </p>
        )}
      </form>
      {cards.length > 0 && (
        <div className="ungrouped-filters" role="search" aria-label={t('risks:findCards')}>
          <label className="grow">
            {t('capture:search')}
            <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          </label>
          <label>
            {t('capture:kind')}
            <select value={kind ?? ''} onChange={(e) => setKind((e.target.value || null) as CardKind | null)}>
              <option value="">{t('capture:allKinds')}</option>
              {CARD_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`catalogue:cardKind.${k}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {cards.length === 0 && <p className="empty">{t('risks:allGrouped')}</p>}
      <ul className="card-list" aria-label={t('risks:ungroupedList')}>
        {shown.slice(0, limit).map((c) => (
          <GroupCard key={c.id} card={c} from={data.describeFrom(c)} selected={selected.has(c.id)} dimmed={movingIds.has(c.id)} onToggle={onToggle} />
        ))}
      </ul>
      {shown.length > limit && (
        <button type="button" className="show-more-button" onClick={() => setLimit((l) => l + PAGE)}>
          {t('risks:showMore', { shown: number(limit), total: number(shown.length) })}
        </button>
      )}
    </section>
  );
}
