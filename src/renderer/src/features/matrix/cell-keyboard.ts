/**
 * Keyboard dragging between matrix cells. dnd-kit's default keyboard getter moves 25 px per key
 * press, which takes dozens of presses to cross a cell; this one jumps to the centre of the
 * nearest drop target in the arrow's direction, so Right means "next planning area" and Down
 * means "next priority".
 *
 * The mover remembers the cell it sent the item to and starts the next jump from there. dnd-kit's
 * `over` only catches up after React has drawn the move (and after any scroll), so a getter that
 * started from `over` landed one cell short when arrows came faster than the screen. For the same
 * reason the board drops a keyboard drag on `target()`, not on `over`.
 */
import type { ClientRect, KeyboardCoordinateGetter, UniqueIdentifier } from '@dnd-kit/core';
import type { CellTargetData } from './drag-data';

const DIRECTIONS: Record<string, { x: number; y: number }> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowDown: { x: 0, y: 1 },
  ArrowUp: { x: 0, y: -1 },
};

/** Land this far below the top of a tall cell at most, so a long cell does not scroll the page away. */
const MAX_LANDING_DEPTH = 48;

const centre = (r: ClientRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });

export interface CellKeyboardMover {
  coordinateGetter: KeyboardCoordinateGetter;
  /** The cell the arrow keys last sent the item to; null before the first arrow (and for pointer drags). */
  target: () => CellTargetData | null;
  /** Forget the target: call when a drag starts and when it ends. */
  reset: () => void;
}

interface Target {
  id: UniqueIdentifier;
  data: CellTargetData | undefined;
}

export function createCellKeyboardMover(): CellKeyboardMover {
  let target: Target | null = null;

  const coordinateGetter: KeyboardCoordinateGetter = (event, { context }) => {
    const direction = DIRECTIONS[event.code];
    const { collisionRect, droppableRects, droppableContainers, over } = context;
    if (!direction || !collisionRect) return undefined;
    event.preventDefault();
    // Start from our own last target; before the first arrow, from the cell the item is over;
    // failing both, from the item's box. The start and the candidates come from the same
    // measurements (droppableRects, which follow scrolling), so the choice does not depend on
    // whether the screen has caught up.
    const fromId = target && droppableRects.has(target.id) ? target.id : (over?.id ?? null);
    const fromRect = fromId !== null ? droppableRects.get(fromId) : undefined;
    const from = centre(fromRect ?? collisionRect);
    let best: Target | null = null;
    let bestNode: HTMLElement | null = null;
    let bestRect: ClientRect | null = null;
    let bestScore = Infinity;
    for (const container of droppableContainers.getEnabled()) {
      const rect = droppableRects.get(container.id);
      if (!rect || container.id === fromId) continue;
      const to = centre(rect);
      const along = (to.x - from.x) * direction.x + (to.y - from.y) * direction.y;
      if (along <= 1) continue;
      const across = Math.abs(direction.x !== 0 ? to.y - from.y : to.x - from.x);
      const score = along + across * 3;
      if (score < bestScore) {
        bestScore = score;
        best = { id: container.id, data: container.data.current as CellTargetData | undefined };
        bestNode = container.node.current;
        bestRect = rect;
      }
    }
    if (!best || !bestRect) return undefined;
    target = best;
    // Bring the cell on screen and measure it there: the item is drawn in a fixed overlay, so it
    // goes to where the cell is now (dnd-kit would otherwise scroll instead of moving when the cell
    // lies past the middle of a scrolled page).
    bestNode?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const rect = bestNode?.getBoundingClientRect() ?? bestRect;
    return {
      x: rect.left + rect.width / 2 - collisionRect.width / 2,
      y: rect.top + Math.min(rect.height / 2, MAX_LANDING_DEPTH) - collisionRect.height / 2,
    };
  };

  return {
    coordinateGetter,
    target: () => target?.data ?? null,
    reset: () => {
      target = null;
    },
  };
}
