/**
 * `useLiveQuery` wrapped to say whether data is still loading, so screens can tell "no partners
 * yet" from "not read yet" (Actual Budget's useQuery pattern).
 *
 * A live query re-runs after every write to the tables it read, and each run returns new objects.
 * Given `same`, a result equal to the previous one keeps the previous object, so the components
 * that depend on it are not drawn again for nothing (every change bumps the plan's `updatedAt`,
 * which the workspace never shows).
 */
import { useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { sameData } from '@core/charts';

export interface QueryResult<T> {
  data: T;
  isLoading: boolean;
}

const LOADING = Symbol('loading');

export function useQuery<T>(query: () => Promise<T> | T, deps: unknown[], fallback: T, same?: (a: T, b: T) => boolean): QueryResult<T> {
  const value = useLiveQuery<T | typeof LOADING, typeof LOADING>(query, deps, LOADING);
  const kept = useRef<{ value: T } | null>(null);
  if (value === LOADING) return { data: fallback, isLoading: true };
  if (!same || !kept.current || !same(kept.current.value, value)) kept.current = { value };
  return { data: kept.current.value, isLoading: false };
}

/** Equal when every own property but the ones named holds the same data (deep, plain data). */
export function sameExcept<T extends object>(...ignored: (keyof T)[]): (a: T | undefined, b: T | undefined) => boolean {
  const skip = new Set<PropertyKey>(ignored);
  return (a, b) => {
    if (a === b) return true;
    if (!a || !b) return false;
    const keys = Object.keys(a).filter((k) => !skip.has(k));
    if (keys.length !== Object.keys(b).filter((k) => !skip.has(k)).length) return false;
    return keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  };
}
