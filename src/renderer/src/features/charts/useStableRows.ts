/**
 * Rows that keep their identity while their content does not change (reuseUnchanged in
 * src/core/charts), so memoised charts and table rows skip what a vote did not touch. The
 * previous rows are remembered after each commit; the result always has the content of `rows`,
 * only object identity is borrowed from the last rows drawn.
 */
import { useEffect, useMemo, useRef } from 'react';
import { reuseUnchanged } from '@core/charts';

export function useStableRows<T>(rows: readonly T[], idOf: (row: T) => string): readonly T[] {
  const previous = useRef<readonly T[]>(rows);
  const stable = useMemo(() => reuseUnchanged(previous.current, rows, idOf), [rows, idOf]);
  useEffect(() => {
    previous.current = stable;
  }, [stable]);
  return stable;
}

/** Id getters for useStableRows, defined once so the memo above keeps its dependencies. */
export const rowId = (row: { id: string }): string => row.id;
export const itself = (value: string): string => value;
export const seriesKey = (series: { key: string }): string => series.key;
