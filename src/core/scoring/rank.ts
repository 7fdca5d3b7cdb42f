/**
 * Competition ranking ("1, 2, 2, 4"): equal keys share a rank and are flagged as tied, because a
 * tie is information the room should discuss, not something to hide behind a sort order.
 */

export interface Ranked<T> {
  item: T;
  /** 1-based; null when the item has no key (no votes, no scores): it is listed last. */
  rank: number | null;
  tied: boolean;
}

export interface RankOptions<T> {
  /** Lower tiers rank first whatever their key (e.g. Hanlon: risks failing the screen come after). */
  tier?: (item: T) => number;
}

const titleOrder = new Intl.Collator('en-CA', { numeric: true, sensitivity: 'base' });

/** Keys are compared at 9 decimals so that 31/7 computed two ways still ties. */
function normalise(key: number | null): number | null {
  return key === null || !Number.isFinite(key) ? null : Math.round(key * 1e9) / 1e9;
}

/** Highest key first; ties, then items without a key, ordered by title (then input order). */
export function rankRisks<T extends { title: string }>(
  items: readonly T[],
  key: (item: T) => number | null,
  options: RankOptions<T> = {},
): Ranked<T>[] {
  const tierOf = options.tier ?? (() => 0);
  const rows = items.map((item, index) => ({ item, index, key: normalise(key(item)), tier: tierOf(item) }));
  rows.sort((a, b) => {
    if (a.key === null || b.key === null) {
      if (a.key !== b.key) return a.key === null ? 1 : -1;
    } else if (a.tier !== b.tier) {
      return a.tier - b.tier;
    } else if (a.key !== b.key) {
      return b.key - a.key;
    }
    return titleOrder.compare(a.item.title, b.item.title) || a.index - b.index;
  });
  const same = (a: (typeof rows)[number] | undefined, b: (typeof rows)[number] | undefined) =>
    a !== undefined && b !== undefined && a.key !== null && a.key === b.key && a.tier === b.tier;
  const ranked: Ranked<T>[] = [];
  rows.forEach((row, i) => {
    const previous = ranked[i - 1];
    const rank = row.key === null ? null : same(rows[i - 1], row) ? (previous?.rank ?? i + 1) : i + 1;
    ranked.push({ item: row.item, rank, tied: same(rows[i - 1], row) || same(rows[i + 1], row) });
  });
  return ranked;
}
