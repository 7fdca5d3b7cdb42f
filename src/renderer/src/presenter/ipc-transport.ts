/**
 * Electron: the two windows are separate BrowserWindows; main relays each message to the other
 * one only (src/main/presenter-window.ts), after checking the sender and the payload.
 */
import type { DesktopBridge, PresenterRole } from '@shared/ipc-contract';
import type { PresenterTransport } from '../platform/types';

export function ipcTransport(bridge: DesktopBridge, role: PresenterRole): PresenterTransport {
  const to: PresenterRole = role === 'facilitator' ? 'audience' : 'facilitator';
  const unsubscribers = new Set<() => void>();
  return {
    send: (text) => {
      bridge.relayPresenterMessage(to, text).catch((error: Error) => console.error(`Presenter message not relayed: ${error.message}`));
    },
    onMessage: (listener) => {
      const off = bridge.onPresenterMessage(listener);
      unsubscribers.add(off);
      return () => {
        off();
        unsubscribers.delete(off);
      };
    },
    close: () => {
      for (const off of unsubscribers) off();
      unsubscribers.clear();
    },
  };
}
