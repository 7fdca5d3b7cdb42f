/**
 * The matrix screen's grid view: assets waiting to be placed, the grid, drag and drop of
 * responses between cells and of assets into cells (pointer or keyboard), and the dialogs.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import type { Card, Partner, Plan, PlanResponse, PlanningArea, Risk } from '@core/model';
import { assetsNotInMatrix, type PlanMatrix } from '@core/matrix';
import { db } from '../../db/database';
import { addResponseFromAsset, moveResponse } from '../../domain/responses';
import { useAnnouncer } from '../../components/Announcer';
import { createCellKeyboardMover } from './cell-keyboard';
import { dragAnnouncements, dragInstructions } from './drag-announcements';
import { sourceTitle, type CellTargetData, type DragSource } from './drag-data';
import type { MatrixLabels } from './matrix-labels';
import { AssetStrip } from './AssetStrip';
import { MatrixGrid } from './MatrixGrid';
import { DragPreview } from './ResponseItem';
import { PlaceAssetDialog } from './PlaceAssetDialog';
import { ResponseDialog, type ResponseDialogTarget } from './ResponseDialog';

interface Props {
  plan: Plan;
  matrix: PlanMatrix;
  risks: Risk[];
  cards: Card[];
  responses: PlanResponse[];
  partners: Partner[];
  labels: MatrixLabels;
}

/**
 * Assets not placed yet, and all asset cards, found among the plan's 5,000 cards: remembered for
 * the live tables' arrays (which keep their identity until a card or response changes), so going
 * back to the stage does not walk every card again.
 */
const assetsCache = new WeakMap<readonly Card[], WeakMap<readonly PlanResponse[], Card[] & { total: number }>>();
function assetsOf(cards: readonly Card[], responses: readonly PlanResponse[]): Card[] & { total: number } {
  let byResponses = assetsCache.get(cards);
  if (!byResponses) assetsCache.set(cards, (byResponses = new WeakMap()));
  let found = byResponses.get(responses);
  if (!found) {
    found = Object.assign(assetsNotInMatrix(cards, responses), { total: cards.filter((c) => c.kind === 'asset').length });
    byResponses.set(responses, found);
  }
  return found;
}

/** The pointer decides where a mouse drop lands; keyboard drags (no pointer) use the moved box. */
const collision: CollisionDetection = (args) => (args.pointerCoordinates ? pointerWithin(args) : rectIntersection(args));

export function MatrixBoard({ plan, matrix, risks, cards, responses, partners, labels }: Props) {
  const { t } = useTranslation('matrix');
  const { announce } = useAnnouncer();
  const [dialog, setDialog] = useState<ResponseDialogTarget | null>(null);
  const [placing, setPlacing] = useState<Card | null>(null);
  const [dragging, setDragging] = useState<DragSource | null>(null);
  const [mover] = useState(createCellKeyboardMover);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: mover.coordinateGetter }),
  );

  const partnerName = useMemo(() => new Map(partners.map((p) => [p.id, p.name])), [partners]);
  const assets = assetsOf(cards, responses);
  const totalAssets = assets.total;
  const priorities = useMemo(() => matrix.rows.map((row) => row.risk), [matrix]);
  // Stable, so a memoised row is not redrawn for a new callback.
  const onAdd = useCallback((risk: Risk, area: PlanningArea) => setDialog({ mode: 'add', risk, area }), []);
  const onEdit = useCallback((response: PlanResponse) => setDialog({ mode: 'edit', response }), []);
  const accessibility = useMemo(() => ({ announcements: dragAnnouncements(t), screenReaderInstructions: dragInstructions(t) }), [t]);

  const onDragStart = ({ active }: DragStartEvent) => {
    mover.reset();
    setDragging((active.data.current as DragSource | undefined) ?? null);
  };
  const onDragEnd = async ({ active, over }: DragEndEvent) => {
    setDragging(null);
    // A keyboard drag lands where the arrow keys sent it, even if dnd-kit's `over` lags behind.
    const target = mover.target() ?? (over?.data.current as CellTargetData | undefined);
    mover.reset();
    const source = active.data.current as DragSource | undefined;
    if (!source) return;
    if (!target) {
      announce(t('dropOutside', { title: sourceTitle(source) }));
      return;
    }
    try {
      if (source.kind === 'response') {
        const moved = await moveResponse(db, plan.id, source.response.id, { riskId: target.riskId, area: target.area });
        announce(t(moved ? 'moved' : 'notMoved', { title: source.response.title, cell: target.label }));
      } else {
        const response = await addResponseFromAsset(db, plan.id, source.card.id, { riskId: target.riskId, area: target.area });
        announce(t('assetPlaced', { title: response.title, cell: target.label }));
      }
    } catch {
      announce(t('changeFailed'), { tone: 'error' });
    }
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      // Scroll only when the pointer is really at an edge: assets sit just above the grid.
      autoScroll={{ threshold: { x: 0.08, y: 0.08 } }}
      onDragStart={onDragStart}
      onDragEnd={(e) => void onDragEnd(e)}
      onDragCancel={() => {
        mover.reset();
        setDragging(null);
      }}
      accessibility={accessibility}
    >
      <AssetStrip assets={assets} totalAssets={totalAssets} partnerName={partnerName} labels={labels} onPlace={setPlacing} />
      <MatrixGrid matrix={matrix} partnerName={partnerName} labels={labels} onAdd={onAdd} onEdit={onEdit} />
      <DragOverlay dropAnimation={null}>{dragging && <DragPreview title={sourceTitle(dragging)} />}</DragOverlay>
      <ResponseDialog planId={plan.id} target={dialog} risks={risks} partners={partners} onClose={() => setDialog(null)} />
      <PlaceAssetDialog planId={plan.id} card={placing} priorities={priorities} onClose={() => setPlacing(null)} />
    </DndContext>
  );
}
