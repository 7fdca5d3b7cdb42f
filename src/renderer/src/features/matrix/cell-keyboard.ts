/**
 * Keyboard dragging between matrix cells. dnd-kit's default keyboard getter moves 25 px per key
 * press, which takes dozens of presses to cross a cell; this one jumps to the centre of the
 * nearest drop target in the arrow's direction, so Right means "next planning area" and Down
 * means "next priority".
 */
import type { ClientRect, KeyboardCoordinateGetter } from '@dnd-kit/core';

const DIRECTIONS: Record<string, { x: number; y: number }> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowDown: { x: 0, y: 1 },
  ArrowUp: { x: 0, y: -1 },
};

const centre = (r: ClientRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });

export const cellKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const direction = DIRECTIONS[event.code];
  const { collisionRect, droppableRects, droppableContainers, over } = context;
  if (!direction || !collisionRect) return undefined;
  event.preventDefault();
  // Start from the cell we are over (not the item's own box), so each press is one cell.
  const overRect = over ? droppableRects.get(over.id) : undefined;
  const from = centre(overRect ?? collisionRect);
  let best: { x: number; y: number } | null = null;
  let bestScore = Infinity;
  for (const container of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(container.id);
    if (!rect) continue;
    const to = centre(rect);
    const along = (to.x - from.x) * direction.x + (to.y - from.y) * direction.y;
    if (along <= 1) continue;
    const across = Math.abs(direction.x !== 0 ? to.y - from.y : to.x - from.x);
    const score = along + across * 3;
    if (score < bestScore) {
      bestScore = score;
      best = to;
    }
  }
  if (!best) return undefined;
  const itemCentre = centre(collisionRect);
  return { x: currentCoordinates.x + best.x - itemCentre.x, y: currentCoordinates.y + best.y - itemCentre.y };
};
