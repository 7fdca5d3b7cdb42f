/** Stage 2: capture what partners say as cards, keyboard first: type, Enter, the next card. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_KINDS, type CardKind, type Plan } from '@core/model';
import { db } from '../../db/database';
import { useCards, usePartners } from '../../hooks/entities';
import { deleteCard } from '../../domain/cards';
import { useAnnouncer } from '../../components/Announcer';
import { CardEntryForm } from './CardEntryForm';

export function CaptureStage({ plan }: { plan: Plan }) {
  const { t } = useTranslation(['capture', 'catalogue', 'common']);
  const { data: cards } = useCards(plan.id);
  const { data: partners } = usePartners(plan.id);
  const { announce } = useAnnouncer();
  const [filter, setFilter] = useState<CardKind | 'all'>('all');
  const partnerName = useMemo(() => new Map(partners.map((p) => [p.id, p.name])), [partners]);
  const shown = filter === 'all' ? cards : cards.filter((c) => c.kind === filter);
  const counts = useMemo(() => {
    const m = new Map<CardKind, number>();
    for (const c of cards) m.set(c.kind, (m.get(c.kind) ?? 0) + 1);
    return m;
  }, [cards]);

  return (
    <>
      <h1 id="stage-title">{t('capture:title')}</h1>
      <p className="stage-intro">{t('capture:intro')}</p>
      <CardEntryForm planId={plan.id} partners={partners} />
      <section aria-labelledby="cards-heading">
        <div className="section-header">
          <h2 id="cards-heading">{t('capture:cards', { count: cards.length })}</h2>
          <label className="compact">
            {t('capture:showKind')}
            <select value={filter} onChange={(e) => setFilter(e.target.value as CardKind | 'all')}>
              <option value="all">{t('capture:allKinds')}</option>
              {CARD_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`catalogue:cardKind.${k}`)} ({counts.get(k) ?? 0})
                </option>
              ))}
            </select>
          </label>
        </div>
        <ul className="card-list" aria-label={t('capture:cardList')}>
          {shown.map((c) => (
            <li key={c.id} className={`card kind-${c.kind}`}>
              <span className="kind-badge">{t(`catalogue:cardKind.${c.kind}`)}</span>
              <span className="card-text">{c.text}</span>
              <span className="card-from">{c.partnerId ? partnerName.get(c.partnerId) : t('capture:anonymous')}</span>
              <button
                type="button"
                className="quiet"
                aria-label={t('capture:deleteCard', { text: c.text })}
                onClick={() =>
                  void deleteCard(db, plan.id, c.id).then(() => announce(t('capture:cardDeleted')))
                }
              >
                {t('common:delete')}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
