/** Stage 3: group cards into candidate risks (select cards, name the risk; move cards between risks). */
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card, Plan, Risk } from '@core/model';
import { db } from '../../db/database';
import { useCards, usePartners, useRisks } from '../../hooks/entities';
import { createRisk, deleteRisk, groupCards } from '../../domain/risks';
import { useAnnouncer } from '../../components/Announcer';

export function RisksStage({ plan }: { plan: Plan }) {
  const { t } = useTranslation(['risks', 'catalogue', 'common']);
  const { data: cards } = useCards(plan.id);
  const { data: risks } = useRisks(plan.id);
  const { data: partners } = usePartners(plan.id);
  const { announce } = useAnnouncer();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState(false);

  const partnerName = useMemo(() => new Map(partners.map((p) => [p.id, p.name])), [partners]);
  const ungrouped = cards.filter((c) => !c.riskId);
  const cardsByRisk = useMemo(() => {
    const m = new Map<string, Card[]>();
    for (const c of cards) if (c.riskId) m.set(c.riskId, [...(m.get(c.riskId) ?? []), c]);
    return m;
  }, [cards]);

  const toggle = (id: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) {
      setProblem(true);
      return;
    }
    const ids = [...selected].filter((id) => ungrouped.some((c) => c.id === id));
    const risk = await createRisk(db, plan.id, { title }, ids);
    announce(t('risks:riskCreated', { title: risk.title, count: ids.length }));
    setTitle('');
    setSelected(new Set());
    setProblem(false);
  };

  const moveCard = (card: Card, riskId: string) => void groupCards(db, plan.id, [card.id], riskId || null);

  const from = (c: Card) => (c.partnerId ? partnerName.get(c.partnerId) : t('risks:anonymous'));

  return (
    <>
      <h1 id="stage-title">{t('risks:title')}</h1>
      <p className="stage-intro">{t('risks:intro')}</p>
      <div className="two-columns">
        <section aria-labelledby="ungrouped-heading">
          <h2 id="ungrouped-heading">{t('risks:ungrouped', { count: ungrouped.length })}</h2>
          <form className="inline-form" onSubmit={(e) => void submit(e)} aria-label={t('risks:newRiskForm')}>
            <label className="grow">
              {t('risks:riskTitle')}
              <input
                value={title}
                maxLength={200}
                onChange={(e) => setTitle(e.target.value)}
                aria-invalid={problem}
                aria-describedby={problem ? 'risk-title-problem' : undefined}
              />
            </label>
            <button type="submit" className="primary">
              {t('risks:createRisk', { count: selected.size })}
            </button>
            {problem && (
              <p id="risk-title-problem" className="field-problem">
                {t('risks:titleRequired')}
              </p>
            )}
          </form>
          <ul className="card-list" aria-label={t('risks:ungroupedList')}>
            {ungrouped.map((c) => (
              <li key={c.id} className={`card kind-${c.kind}`}>
                <label className="card-select">
                  <input type="checkbox" checked={selected.has(c.id)} onChange={() => toggle(c.id)} />
                  <span className="kind-badge">{t(`catalogue:cardKind.${c.kind}`)}</span>
                  <span className="card-text">{c.text}</span>
                </label>
                <span className="card-from">{from(c)}</span>
                <MoveSelect card={c} risks={risks} onMove={moveCard} />
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="risks-heading">
          <h2 id="risks-heading">{t('risks:candidates', { count: risks.length })}</h2>
          <ol className="risk-list">
            {risks.map((r) => {
              const rc = cardsByRisk.get(r.id) ?? [];
              const sources = [...new Set(rc.map(from))].join(', ');
              return (
                <li key={r.id} className="risk">
                  <div className="risk-header">
                    <h3>{r.title}</h3>
                    <button
                      type="button"
                      className="quiet"
                      aria-label={t('risks:deleteRisk', { title: r.title })}
                      onClick={() => void deleteRisk(db, plan.id, r.id).then(() => announce(t('risks:riskDeleted', { title: r.title })))}
                    >
                      {t('common:delete')}
                    </button>
                  </div>
                  {sources && <p className="risk-sources">{t('risks:raisedBy', { list: sources })}</p>}
                  <ul className="card-list compact" aria-label={t('risks:cardsOf', { title: r.title })}>
                    {rc.map((c) => (
                      <li key={c.id} className={`card kind-${c.kind}`}>
                        <span className="card-text">{c.text}</span>
                        <MoveSelect card={c} risks={risks} onMove={moveCard} />
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ol>
        </section>
      </div>
    </>
  );
}

function MoveSelect({ card, risks, onMove }: { card: Card; risks: Risk[]; onMove: (card: Card, riskId: string) => void }) {
  const { t } = useTranslation('risks');
  return (
    <select
      className="move-select"
      aria-label={t('risks:moveCard', { text: card.text })}
      value={card.riskId ?? ''}
      onChange={(e) => onMove(card, e.target.value)}
    >
      <option value="">{t('risks:notGrouped')}</option>
      {risks.map((r) => (
        <option key={r.id} value={r.id}>
          {r.title}
        </option>
      ))}
    </select>
  );
}
