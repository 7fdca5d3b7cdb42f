/**
 * What a projector can show: a bar chart of 300 risks is a wall of unreadable bars (and slow to
 * draw), so charts show the top of the ranking and say so ("top 25 of 300"); the ranking table
 * beside them keeps every risk. A cut that falls inside a tie is reported, so the chart can say
 * that risks tied with its last bar continue in the table rather than silently dropping them.
 */

/** Bars a projected chart shows at most: about what a room can read on one screen. */
export const PROJECTOR_BARS = 25;

export interface TopBars<T> {
  /** The first `limit` rows, in the order given. */
  data: T[];
  /** Rows before the cut (what "of N" counts). */
  total: number;
  /** Whether rows were left out at all. */
  cut: boolean;
  /** The last row shown ties with the first row left out. */
  tieAtCut: boolean;
}

/**
 * The first `limit` rows of an already ranked list. `tied` says whether two neighbouring rows
 * share their place (for ranked data: same rank).
 */
export function topBars<T>(rows: readonly T[], limit: number = PROJECTOR_BARS, tied: (a: T, b: T) => boolean = () => false): TopBars<T> {
  const n = Math.max(0, Math.floor(limit));
  if (rows.length <= n) return { data: [...rows], total: rows.length, cut: false, tieAtCut: false };
  const last = rows[n - 1];
  const next = rows[n]!;
  return { data: rows.slice(0, n), total: rows.length, cut: true, tieAtCut: last !== undefined && tied(last, next) };
}

/** Ties for rows carrying a competition rank (rankedBarData, contributionBarData, hanlonBarData). */
export const sameRank = (a: { rank: number | null }, b: { rank: number | null }): boolean => a.rank !== null && a.rank === b.rank;
