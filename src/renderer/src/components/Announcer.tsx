/**
 * Live-region announcements and brief status toasts: "Card added", "Saved to plan.cswb". Screen
 * readers hear them (polite region); sighted users see the same text in the status bar.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
}

interface AnnouncerApi {
  announce: (message: string, opts?: { tone?: 'info' | 'error'; action?: Toast['action'] }) => void;
}

const TOAST_MS = 6000;
const ACTION_TOAST_MS = 20_000;
const ACTION_TOAST_RECHECK_MS = 5000;

const AnnouncerContext = createContext<AnnouncerApi>({ announce: () => {} });

export function AnnouncerProvider({ children, dismissLabel }: { children: ReactNode; dismissLabel: string }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((ts) => ts.filter((t) => t.id !== id)), []);
  // A toast with a button stays longer, and never goes while focus is in it (someone reaching
  // for its Undo with the keyboard); the toolbar's Undo and Redo do not expire.
  const focused = useRef(new Set<number>());
  const expire = useCallback(
    (id: number, after: number): ReturnType<typeof setTimeout> =>
      setTimeout(() => (focused.current.has(id) ? expire(id, ACTION_TOAST_RECHECK_MS) : dismiss(id)), after),
    [dismiss],
  );
  const announce = useCallback<AnnouncerApi['announce']>(
    (message, opts) => {
      const id = next.current++;
      setToasts((ts) => [...ts.slice(-2), { id, message, tone: opts?.tone ?? 'info', action: opts?.action }]);
      if (opts?.action) expire(id, ACTION_TOAST_MS);
      else if (opts?.tone !== 'error') expire(id, TOAST_MS);
    },
    [expire],
  );
  const api = useMemo(() => ({ announce }), [announce]);
  return (
    <AnnouncerContext.Provider value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <div
            key={t.id}
            className={`toast toast-${t.tone}`}
            onFocus={() => focused.current.add(t.id)}
            onBlur={(e) => {
              if (!e.currentTarget.contains(e.relatedTarget as Node | null)) focused.current.delete(t.id);
            }}
          >
            <span>{t.message}</span>
            {t.action && (
              <button
                type="button"
                onClick={() => {
                  t.action!.run();
                  dismiss(t.id);
                }}
              >
                {t.action.label}
              </button>
            )}
            <button type="button" className="toast-dismiss" aria-label={dismissLabel} onClick={() => dismiss(t.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </AnnouncerContext.Provider>
  );
}

export const useAnnouncer = () => useContext(AnnouncerContext);
