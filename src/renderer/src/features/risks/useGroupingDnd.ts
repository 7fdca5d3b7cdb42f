/**
 * Drag and drop for grouping, with @dnd-kit: pointer, and keyboard (Space or Enter picks a card
 * up, arrows jump from one group to the next, Space or Enter drops, Escape cancels), with
 * screen-reader announcements in the interface language.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type ScreenReaderInstructions,
} from '@dnd-kit/core';

export const UNGROUPED = 'ungrouped';
export const NEW_RISK = 'new-risk';
export const riskDropId = (riskId: string) => `risk:${riskId}`;

/** What a drop target is: the ungrouped column, a new risk, or a risk. */
export function dropTarget(id: string | number | undefined | null): { type: 'ungrouped' } | { type: 'new' } | { type: 'risk'; riskId: string } | null {
  if (id === UNGROUPED) return { type: 'ungrouped' };
  if (id === NEW_RISK) return { type: 'new' };
  if (typeof id === 'string' && id.startsWith('risk:')) return { type: 'risk', riskId: id.slice(5) };
  return null;
}

/** Droppables carry `{ order, label }`: order for keyboard travel, label for announcements. */
export interface DropData {
  order: number;
  label: string;
}

const ARROWS = ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight'];

/** Arrow keys jump to the next or previous group instead of moving 25 pixels at a time. */
export const jumpBetweenGroups: KeyboardCoordinateGetter = (event, { context }) => {
  if (!ARROWS.includes(event.code)) return undefined;
  event.preventDefault();
  const { droppableContainers, droppableRects, collisionRect, over } = context;
  if (!collisionRect) return undefined;
  const targets = droppableContainers
    .getEnabled()
    .filter((c) => droppableRects.get(c.id))
    .sort((a, b) => ((a.data.current as DropData | undefined)?.order ?? 0) - ((b.data.current as DropData | undefined)?.order ?? 0));
  if (!targets.length) return undefined;
  const current = over ? targets.findIndex((c) => c.id === over.id) : -1;
  const forward = event.code === 'ArrowDown' || event.code === 'ArrowRight';
  const next = current < 0 ? (forward ? 0 : targets.length - 1) : (current + (forward ? 1 : -1) + targets.length) % targets.length;
  // Bring the target on screen first and measure it there: dnd-kit's keyboard sensor scrolls
  // instead of moving when the target lies outside the viewport, which stranded the card on a tall
  // first risk.
  const node = targets[next]!.node.current;
  node?.scrollIntoView({ block: 'nearest' });
  const rect = node?.getBoundingClientRect() ?? droppableRects.get(targets[next]!.id)!;
  // Land near the top of the group, so tall groups do not scroll the page away.
  return {
    x: rect.left + rect.width / 2 - collisionRect.width / 2,
    y: rect.top + Math.min(rect.height / 2, 48) - collisionRect.height / 2,
  };
};

/** The pointer's group when dragging with a mouse; the group holding the card's centre otherwise. */
export const groupCollision: CollisionDetection = (args) => {
  const byPointer = pointerWithin(args);
  if (byPointer.length) return byPointer;
  const r = args.collisionRect;
  const cx = r.left + r.width / 2;
  const cy = r.top + r.height / 2;
  const inside = args.droppableContainers.filter((c) => {
    const d = args.droppableRects.get(c.id);
    return d && cx >= d.left && cx <= d.right && cy >= d.top && cy <= d.bottom;
  });
  if (inside.length) return inside.map((c) => ({ id: c.id, data: { droppableContainer: c, value: 0 } }));
  return rectIntersection(args);
};

export function useGroupingSensors() {
  return useSensors(
    // A small distance, so a click on the handle is still a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: jumpBetweenGroups }),
  );
}

export function useGroupingAccessibility(cardText: (id: string) => string, movingCount: number): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  const { t } = useTranslation('risks');
  return useMemo(() => {
    const what = (id: string | number) => (movingCount > 1 ? t('risks:dnd.cards', { count: movingCount }) : t('risks:dnd.card', { text: cardText(String(id)) }));
    const where = (over: { data: { current?: unknown } } | null) => (over?.data.current as DropData | undefined)?.label ?? '';
    return {
      screenReaderInstructions: { draggable: t('risks:dnd.instructions') },
      announcements: {
        onDragStart: ({ active }) => t('risks:dnd.start', { what: what(active.id) }),
        onDragOver: ({ active, over }) => (over ? t('risks:dnd.over', { what: what(active.id), where: where(over) }) : t('risks:dnd.notOver', { what: what(active.id) })),
        onDragEnd: ({ active, over }) => (over ? t('risks:dnd.dropped', { what: what(active.id), where: where(over) }) : t('risks:dnd.droppedNowhere', { what: what(active.id) })),
        onDragCancel: ({ active }) => t('risks:dnd.cancelled', { what: what(active.id) }),
      },
    };
  }, [t, cardText, movingCount]);
}
