/**
 * Structural sharing for chart and table rows. Results are recomputed from scratch after every
 * vote, so every row is a new object even when its values did not change; React (and Recharts)
 * then redraw every bar and every table row. `reuseUnchanged` hands back the previous object for
 * each row whose content is the same, and the previous list itself when nothing changed, so
 * memoised rows and charts skip the work for what the vote did not touch.
 */

/** Deep equality of plain data (numbers, strings, booleans, null, arrays, plain objects). */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], other[i])) return false;
    return true;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const key of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, key)) return false;
    if (!sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/**
 * `next`, with each row replaced by the row of `previous` that has the same id and the same
 * content. Returns `previous` itself when both lists hold the same rows in the same order.
 */
export function reuseUnchanged<T>(previous: readonly T[], next: readonly T[], idOf: (row: T) => string): readonly T[] {
  if (previous === next) return previous;
  const before = new Map<string, T>();
  for (const row of previous) before.set(idOf(row), row);
  let same = previous.length === next.length;
  const out = next.map((row, i) => {
    const old = before.get(idOf(row));
    const kept = old !== undefined && sameData(old, row) ? old : row;
    if (same && kept !== previous[i]) same = false;
    return kept;
  });
  return same ? previous : out;
}
