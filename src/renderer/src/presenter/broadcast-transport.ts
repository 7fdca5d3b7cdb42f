/**
 * Browser mode: the audience view is a pop-up window of the same origin, and the two windows talk
 * over a BroadcastChannel named after the plan (a channel never delivers to its own sender).
 */
import type { PresenterTransport } from '../platform/types';

const AUDIENCE_WINDOW_NAME = 'cswb-audience';
let popup: Window | null = null;

export function broadcastTransport(planId: string): PresenterTransport {
  const channel = new BroadcastChannel(`cswb-presenter:${planId}`);
  const listeners = new Set<(text: string) => void>();
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (typeof event.data !== 'string') return;
    for (const listener of listeners) listener(event.data);
  };
  return {
    send: (text) => channel.postMessage(text),
    onMessage: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => {
      listeners.clear();
      channel.close();
    },
  };
}

export function audiencePath(planId: string): string {
  return `${window.location.pathname}${window.location.search}#/audience/${encodeURIComponent(planId)}`;
}

/** Opens (or brings forward) the audience pop-up; false when the browser blocked it. */
export function openAudiencePopup(planId: string): boolean {
  const url = audiencePath(planId);
  if (popup && !popup.closed) {
    if (!popup.location.hash.endsWith(`/${planId}`)) popup.location.replace(url);
    popup.focus();
    return true;
  }
  // A named window: opening again after a reload finds the same window instead of a second one.
  popup = window.open(url, AUDIENCE_WINDOW_NAME, 'popup,width=1280,height=720');
  return popup !== null;
}

export function closeAudiencePopup(): void {
  if (popup && !popup.closed) popup.close();
  popup = null;
}
