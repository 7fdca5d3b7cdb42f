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

const AnnouncerContext = createContext<AnnouncerApi>({ announce: () => {} });

export function AnnouncerProvider({ children, dismissLabel }: { children: ReactNode; dismissLabel: string }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((ts) => ts.filter((t) => t.id !== id)), []);
  const announce = useCallback<AnnouncerApi['announce']>(
    (message, opts) => {
      const id = next.current++;
      setToasts((ts) => [...ts.slice(-2), { id, message, tone: opts?.tone ?? 'info', action: opts?.action }]);
      if (!opts?.action && opts?.tone !== 'error') setTimeout(() => dismiss(id), 6000);
    },
    [dismiss],
  );
  const api = useMemo(() => ({ announce }), [announce]);
  return (
    <AnnouncerContext.Provider value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast-${t.tone}`}>
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
