/**
 * Stage 3: group cards into candidate risks, by drag and drop (mouse or keyboard) or by plain
 * keys: select cards with Space, press a risk's number to move them there (0: back to "not
 * grouped"), or name a new risk from the selection. Risks can be renamed, merged, split (a new
 * risk from some of its cards) and categorised from the catalogue. Every move is one undoable change.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DndContext, DragOverlay, MeasuringStrategy, useDroppable, type DragEndEvent } from '@dnd-kit/core';
import type { Card, Plan } from '@core/model';
import { db } from '../../db/database';
import { useCards, useRisks } from '../../hooks/entities';
import { createRisk, groupCards, RiskTitleError } from '../../domain/risks';
import { useAnnouncer } from '../../components/Announcer';
import { useUndoAction } from '../../components/useUndoAction';
import { useCaptureData } from '../capture/useCaptureData';
import { RiskBox } from './RiskBox';
import { SelectionBar } from './SelectionBar';
import { UngroupedColumn } from './UngroupedColumn';
import { dropTarget, groupCollision, NEW_RISK, useGroupingAccessibility, useGroupingSensors, type DropData } from './useGroupingDnd';
import './risks.css';

/** Title of a risk started by dropping a card on "new risk": the card's first words, to rename. */
const titleFromCard = (text: string) => (text.length > 80 ? `${text.slice(0, 77).trimEnd()}…` : text);

export function RisksStage({ plan }: { plan: Plan }) {
  const { t } = useTranslation(['risks', 'common']);
  const { data: cards } = useCards(plan.id);
  const { data: risks } = useRisks(plan.id);
  const data = useCaptureData(plan.id);
  const { announce } = useAnnouncer();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [activeId, setActiveId] = useState<string | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const sensors = useGroupingSensors();

  const cardById = useMemo(() => new Map(cards.map((c) => [c.id, c])), [cards]);
  const liveSelected = useMemo(() => new Set([...selected].filter((id) => cardById.has(id))), [selected, cardById]);
  const { ungrouped, byRisk } = useMemo(() => {
    const riskIds = new Set(risks.map((r) => r.id));
    const m = new Map<string, Card[]>();
    const none: Card[] = [];
    for (const c of cards) {
      if (c.riskId && riskIds.has(c.riskId)) m.set(c.riskId, [...(m.get(c.riskId) ?? []), c]);
      else none.push(c);
    }
    return { ungrouped: none, byRisk: m };
  }, [cards, risks]);
  const moving = useMemo(() => (activeId ? (liveSelected.has(activeId) ? [...liveSelected] : [activeId]) : []), [activeId, liveSelected]);
  const movingIds = useMemo(() => new Set(moving), [moving]);
  const cardText = useCallback((id: string) => cardById.get(id)?.text ?? '', [cardById]);
  const accessibility = useGroupingAccessibility(cardText, moving.length);

  // After a keyboard move the card leaves its list: focus the next card once the lists update.
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    const el = document.querySelector<HTMLInputElement>(`[data-card-id="${CSS.escape(id)}"] input[type=checkbox]`);
    if (el) {
      el.focus();
      pendingFocus.current = null;
    }
  }, [cards]);

  const toggle = useCallback(
    (id: string) =>
      setSelected((s) => {
        const n = new Set(s);
        if (n.has(id)) n.delete(id);
        else n.add(id);
        return n;
      }),
    [],
  );

  const undoAction = useUndoAction();

  const move = async (ids: string[], riskId: string | null) => {
    const toMove = ids.filter((id) => (cardById.get(id)?.riskId ?? null) !== riskId);
    if (!toMove.length) return;
    await groupCards(db, plan.id, toMove, riskId);
    const where = riskId ? (risks.find((r) => r.id === riskId)?.title ?? '') : t('risks:notGrouped');
    announce(t('risks:moved', { count: toMove.length, where }), { action: undoAction(plan.id) });
    setSelected((s) => new Set([...s].filter((id) => !toMove.includes(id))));
  };

  const create = async (title: string, ids = [...liveSelected]): Promise<string | null> => {
    try {
      const risk = await createRisk(db, plan.id, { title }, ids);
      announce(t('risks:riskCreated', { title: risk.title, count: ids.length }), { action: undoAction(plan.id) });
      // Only the cards now in the risk leave the selection: one ticked while it was stored stays.
      setSelected((s) => new Set([...s].filter((id) => !ids.includes(id))));
      return null;
    } catch (err) {
      if (!(err instanceof RiskTitleError)) throw err;
      return err.reason === 'empty' ? t('risks:titleRequired') : t('risks:titleTooLong');
    }
  };

  const onBoardKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || activeId) return;
    const target = e.target as HTMLElement;
    const li = target.closest<HTMLElement>('[data-card-id]');
    const digit = /^(?:Digit|Numpad)(\d)$/.exec(e.code)?.[1] ?? (/^\d$/.test(e.key) ? e.key : null);
    if (!li || digit === null || (target instanceof HTMLInputElement && target.type !== 'checkbox')) return;
    e.preventDefault();
    const n = Number(digit);
    const risk = n === 0 ? null : risks[n - 1];
    if (n > 0 && !risk) {
      announce(t('risks:noRiskNumber', { n }));
      return;
    }
    const cardId = li.dataset.cardId!;
    const ids = liveSelected.has(cardId) ? [...liveSelected] : [cardId];
    const siblings = [...(li.parentElement?.querySelectorAll<HTMLElement>('[data-card-id]') ?? [])].map((x) => x.dataset.cardId!);
    const at = siblings.indexOf(cardId);
    pendingFocus.current = [...siblings.slice(at + 1), ...siblings.slice(0, at).reverse()].find((id) => !ids.includes(id)) ?? null;
    void move(ids, risk?.id ?? null);
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setActiveId(null);
    const target = dropTarget(over?.id);
    if (!target) return;
    if (target.type === 'new') void create(titleFromCard(cardText(String(active.id))), moving);
    else void move(moving, target.type === 'risk' ? target.riskId : null);
  };

  return (
    <>
      <h1 id="stage-title">{t('risks:title')}</h1>
      <p className="stage-intro">{t('risks:intro')}</p>
      <DndContext
        sensors={sensors}
        collisionDetection={groupCollision}
        // Drop zones are re-measured while dragging: the keyboard jump scrolls the target into view.
        measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
        accessibility={accessibility}
        onDragStart={({ active }) => setActiveId(String(active.id))}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActiveId(null)}
      >
        <div className="grouping-board" onKeyDown={onBoardKeyDown}>
          <div className="board-side">
            <SelectionBar count={liveSelected.size} risks={risks} onMove={(riskId) => void move([...liveSelected], riskId)} onClear={() => setSelected(new Set())} />
            <UngroupedColumn cards={ungrouped} data={data} selected={liveSelected} movingIds={movingIds} onToggle={toggle} onCreate={(title) => create(title)} />
          </div>
          <section aria-labelledby="risks-heading">
            <h2 id="risks-heading">{t('risks:candidates', { count: risks.length })}</h2>
            <ol className="risk-list" aria-label={t('risks:candidateList')}>
              {risks.map((r, i) => (
                <RiskBox key={r.id} risk={r} number={i + 1} risks={risks} cards={byRisk.get(r.id) ?? []} data={data} selected={liveSelected} movingIds={movingIds} onToggle={toggle} />
              ))}
            </ol>
            <NewRiskDropZone order={risks.length + 1} />
          </section>
        </div>
        <DragOverlay>
          {activeId && (
            <div className="card drag-overlay">
              <span className="card-text">{cardText(activeId)}</span>
              {moving.length > 1 && <span className="overlay-count">{t('risks:plusMore', { count: moving.length - 1 })}</span>}
            </div>
          )}
        </DragOverlay>
      </DndContext>
    </>
  );
}

function NewRiskDropZone({ order }: { order: number }) {
  const { t } = useTranslation('risks');
  const data: DropData = { order, label: t('risks:newRiskZone') };
  const { setNodeRef, isOver } = useDroppable({ id: NEW_RISK, data });
  return (
    <div ref={setNodeRef} className={`new-risk-drop${isOver ? ' drop-over' : ''}`}>
      {t('risks:newRiskZone')}
    </div>
  );
}
