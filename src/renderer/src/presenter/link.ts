/** A typed presenter link for one plan, over whichever transport the platform provides. */
import { platform } from '../platform';
import type { PresenterRole } from '../platform/types';
import { decodeMessage, encodeMessage, type PresenterMessage } from '@core/presentation';

export interface PresenterLink {
  send(message: PresenterMessage): void;
  onMessage(listener: (message: PresenterMessage) => void): () => void;
  close(): void;
}

export function openPresenterLink(planId: string, role: PresenterRole): PresenterLink {
  const transport = platform.presenterTransport(planId, role);
  return {
    send: (message) => transport.send(encodeMessage(message)),
    onMessage: (listener) =>
      transport.onMessage((text) => {
        const message = decodeMessage(text, planId);
        if (message) listener(message);
      }),
    close: () => transport.close(),
  };
}
