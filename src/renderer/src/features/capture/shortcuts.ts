/**
 * Keyboard shortcuts of the capture line. Alt+letter jumps to a field (matched on the letter or
 * on the physical key, so they also work with Option on macOS); Alt+1..5 picks the kind.
 */
export type CaptureField = 'from' | 'tags' | 'session' | 'text';

const FIELD_KEYS: Record<string, CaptureField> = { w: 'from', t: 'tags', s: 'session', c: 'text' };

export function fieldForShortcut(e: { altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; key: string; code: string }): CaptureField | null {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return null;
  const byKey = FIELD_KEYS[e.key.toLowerCase()];
  if (byKey) return byKey;
  const letter = /^Key([A-Z])$/.exec(e.code)?.[1]?.toLowerCase();
  return letter ? (FIELD_KEYS[letter] ?? null) : null;
}

/** Undo (Ctrl+Z) and redo (Ctrl+Shift+Z, Ctrl+Y) pressed in a text box. */
export function historyShortcut(e: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }, mac: boolean): 'undo' | 'redo' | null {
  const mod = mac ? e.metaKey : e.ctrlKey;
  if (!mod || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}
