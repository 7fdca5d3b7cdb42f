/**
 * The matrix a page of rows at a time. A regional plan has hundreds of priorities with thousands
 * of responses; drawing them all took seconds, and a projector shows about a page anyway. Pure, so
 * the screen and its tests agree on which rows a page holds.
 */

export interface RowPage<T> {
  /** The rows of this page. */
  items: T[];
  /** This page, from 0 (clamped into range). */
  page: number;
  /** How many pages (at least 1, also when there are no rows). */
  pageCount: number;
  /** Position of the first and last row shown, from 1 (0 and 0 when there are no rows). */
  first: number;
  last: number;
  total: number;
}

/** Page `page` (from 0) of `items`, `size` rows a page; a page past the end shows the last page. */
export function pageOf<T>(items: readonly T[], page: number, size: number): RowPage<T> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a whole number from 1, got ${size}`);
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(0, Math.floor(page) || 0), pageCount - 1);
  const start = current * size;
  const shown = items.slice(start, start + size);
  return {
    items: shown,
    page: current,
    pageCount,
    first: shown.length ? start + 1 : 0,
    last: start + shown.length,
    total: items.length,
  };
}

/** The page (from 0) that holds the first item matching `match`, or -1 when none does. */
export function pageContaining<T>(items: readonly T[], match: (item: T) => boolean, size: number): number {
  const index = items.findIndex(match);
  return index < 0 ? -1 : Math.floor(index / size);
}
