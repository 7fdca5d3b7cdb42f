/**
 * The matrix grid: priority risks by planning area, drag and drop of responses between cells and
 * of assets into cells (pointer or keyboard), gap marking and the "only gaps" filter.
 */
import { useMemo, useState } from 'react';
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
import type { Card, Partner, Plan, PlanResponse, Risk } from '@core/model';
import { assetsNotInMatrix, gapSummary, rowsWithGaps, type PlanMatrix } from '@core/matrix';
import { db } from '../../db/database';
import { addResponseFromAsset, moveResponse } from '../../domain/responses';
import { useAnnouncer } from '../../components/Announcer';
import { cellKeyboardCoordinates } from './cell-keyboard';
import { dragAnnouncements, dragInstructions } from './drag-announcements';
import { sourceTitle, type CellTargetData, type DragSource } from './drag-data';
import { AssetStrip } from './AssetStrip';
import { MatrixCell } from './MatrixCell';
import { DragPreview } from './ResponseItem';
import { PlaceAssetDialog } from './PlaceAssetDialog';
import { ResponseDialog, type ResponseDialogTarget } from './ResponseDialog';

interface Props {
  plan: Plan;
  matrix: PlanMatrix;
  risks: Risk[];
  responses: PlanResponse[];
  cards: Card[];
  partners: Partner[];
}

/** The pointer decides where a mouse drop lands; keyboard drags (no pointer) use the moved box. */
const collision: CollisionDetection = (args) => (args.pointerCoordinates ? pointerWithin(args) : rectIntersection(args));

export function MatrixBoard({ plan, matrix, risks, responses, cards, partners }: Props) {
  const { t } = useTranslation(['matrix', 'catalogue']);
  const { announce } = useAnnouncer();
  const [gapsOnly, setGapsOnly] = useState(false);
  const [dialog, setDialog] = useState<ResponseDialogTarget | null>(null);
  const [placing, setPlacing] = useState<Card | null>(null);
  const [dragging, setDragging] = useState<DragSource | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: cellKeyboardCoordinates }),
  );

  const partnerName = useMemo(() => new Map(partners.map((p) => [p.id, p.name])), [partners]);
  const summary = gapSummary(matrix);
  const shown = gapsOnly ? rowsWithGaps(matrix) : matrix;
  const assets = assetsNotInMatrix(cards, responses);
  const totalAssets = cards.filter((c) => c.kind === 'asset').length;
  const priorities = matrix.rows.map((row) => row.risk);

  const onDragStart = ({ active }: DragStartEvent) => setDragging((active.data.current as DragSource | undefined) ?? null);
  const onDragEnd = async ({ active, over }: DragEndEvent) => {
    setDragging(null);
    const source = active.data.current as DragSource | undefined;
    const target = over?.data.current as CellTargetData | undefined;
    if (!source) return;
    if (!target) {
      announce(t('matrix:dropOutside', { title: sourceTitle(source) }));
      return;
    }
    try {
      if (source.kind === 'response') {
        const moved = await moveResponse(db, plan.id, source.response.id, { riskId: target.riskId, area: target.area });
        announce(t(moved ? 'matrix:moved' : 'matrix:notMoved', { title: source.response.title, cell: target.label }));
      } else {
        const response = await addResponseFromAsset(db, plan.id, source.card.id, { riskId: target.riskId, area: target.area });
        announce(t('matrix:assetPlaced', { title: response.title, cell: target.label }));
      }
    } catch {
      announce(t('matrix:changeFailed'), { tone: 'error' });
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
      onDragCancel={() => setDragging(null)}
      accessibility={{ announcements: dragAnnouncements(t), screenReaderInstructions: dragInstructions(t) }}
    >
      <AssetStrip assets={assets} totalAssets={totalAssets} partnerName={partnerName} onPlace={setPlacing} />
      <div className="matrix-toolbar">
        <p className="gap-summary" aria-live="polite">
          <strong>{t('matrix:gapCount', { count: summary.gaps })}</strong> {t('matrix:gapOf', { cells: summary.cells })}
        </p>
        <label className="compact">
          <input type="checkbox" checked={gapsOnly} onChange={(e) => setGapsOnly(e.target.checked)} />
          {t('matrix:showOnlyGaps')}
        </label>
      </div>
      {gapsOnly && shown.rows.length < matrix.rows.length && (
        <p className="hint">{t('matrix:hiddenComplete', { count: matrix.rows.length - shown.rows.length })}</p>
      )}
      {gapsOnly && shown.rows.length === 0 ? (
        <p className="empty">{t('matrix:noGaps')}</p>
      ) : (
        <div className="table-scroll">
          <table className="matrix">
            <caption className="visually-hidden">{t('matrix:caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('matrix:priority')}</th>
                {shown.areas.map((a) => (
                  <th scope="col" key={a} className={`area-${a}`}>
                    {t(`catalogue:area.${a}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.rows.map((row) => (
                <tr key={row.risk.id}>
                  <th scope="row">{row.risk.title}</th>
                  {shown.areas.map((area) => (
                    <MatrixCell
                      key={area}
                      risk={row.risk}
                      area={area}
                      responses={row.cells[area]}
                      collapsed={gapsOnly}
                      partnerName={partnerName}
                      onAdd={() => setDialog({ mode: 'add', risk: row.risk, area })}
                      onEdit={(response) => setDialog({ mode: 'edit', response })}
                    />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <DragOverlay dropAnimation={null}>{dragging && <DragPreview title={sourceTitle(dragging)} />}</DragOverlay>
      <ResponseDialog planId={plan.id} target={dialog} risks={risks} partners={partners} onClose={() => setDialog(null)} />
      <PlaceAssetDialog planId={plan.id} card={placing} priorities={priorities} onClose={() => setPlacing(null)} />
    </DndContext>
  );
}
