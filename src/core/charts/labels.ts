/**
 * Text layout for chart labels, computed without a browser so it can be tested: wrapping long
 * risk titles on axis ticks, and moving point labels on the priority map apart so that two risks
 * with close scores do not print their names over each other.
 */

/** Splits `text` into lines of at most `maxChars` at spaces (a longer word stays whole). */
export function wrapLabel(text: string, maxChars: number, maxLines = 3): string[] {
  const words = text.split(' ').filter((w) => w !== '');
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

export interface LabelBox {
  id: string;
  /** Anchor in pixels (the point), label drawn to its right, vertically centred. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Something labels must not cover (a point's marker), as a box by its top-left corner. */
export interface Obstacle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Vertical offsets (px) for point labels so that no two label boxes overlap, nor cover an
 * obstacle: labels are taken top to bottom and each is pushed down just below any box (earlier
 * label or obstacle) it would collide with.
 */
export function spreadLabels(boxes: readonly LabelBox[], gap = 2, obstacles: readonly Obstacle[] = []): Record<string, number> {
  const placed: { x: number; top: number; bottom: number; width: number }[] = obstacles.map((o) => ({
    x: o.x,
    top: o.y,
    bottom: o.y + o.height,
    width: o.width,
  }));
  const offsets: Record<string, number> = {};
  for (const box of [...boxes].sort((a, b) => a.y - b.y || a.x - b.x)) {
    let top = box.y - box.height / 2;
    let moved = true;
    while (moved) {
      moved = false;
      for (const p of placed) {
        const overlapX = box.x < p.x + p.width && p.x < box.x + box.width;
        const overlapY = top < p.bottom + gap && p.top < top + box.height + gap;
        if (overlapX && overlapY) {
          top = p.bottom + gap;
          moved = true;
        }
      }
    }
    placed.push({ x: box.x, top, bottom: top + box.height, width: box.width });
    offsets[box.id] = top - (box.y - box.height / 2);
  }
  return offsets;
}
