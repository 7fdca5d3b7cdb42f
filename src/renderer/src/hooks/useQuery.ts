/**
 * `useLiveQuery` wrapped to say whether data is still loading, so screens can tell "no partners
 * yet" from "not read yet" (Actual Budget's useQuery pattern).
 */
import { useLiveQuery } from 'dexie-react-hooks';

export interface QueryResult<T> {
  data: T;
  isLoading: boolean;
}

const LOADING = Symbol('loading');

export function useQuery<T>(query: () => Promise<T> | T, deps: unknown[], fallback: T): QueryResult<T> {
  const value = useLiveQuery<T | typeof LOADING, typeof LOADING>(query, deps, LOADING);
  return value === LOADING ? { data: fallback, isLoading: true } : { data: value, isLoading: false };
}
