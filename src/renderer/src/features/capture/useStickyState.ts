/**
 * State that survives leaving the stage and coming back in the same window (kind, speaker and
 * session of the capture line stay as the facilitator left them), kept in sessionStorage.
 */
import { useEffect, useState } from 'react';

export function useStickyState<T>(key: string, initial: T): [T, (v: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = globalThis.sessionStorage?.getItem(key);
      return raw === null || raw === undefined ? initial : (JSON.parse(raw) as T);
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      globalThis.sessionStorage?.setItem(key, JSON.stringify(value));
    } catch {
      // Storage full or disabled: the value simply is not remembered.
    }
  }, [key, value]);
  return [value, setValue];
}
