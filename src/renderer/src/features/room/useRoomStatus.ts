/**
 * The room's status (is it on, for which plan, who joined, what waits), kept fresh by polling
 * while it matters and by every control answer (`accept`).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RoomControlAnswer, RoomStatus } from '@core/room';
import { platform } from '../../platform';
import { isRoomUnavailable, roomControl } from './room-client';

const POLL_MS = 2500;
const HINT_KEY = 'cswb.room.on';

/**
 * Whether a room may be running, so the page asks on load (to resume adding what phones send
 * after a reload). Without the hint it asks only when the room panel opens: in browser mode, a
 * server without the room (a plain static server) would otherwise answer every page load with an
 * error. Electron's IPC always answers.
 */
function roomMayBeOn(): boolean {
  return platform.kind === 'electron' || globalThis.localStorage?.getItem(HINT_KEY) === '1';
}

function rememberRoom(status: RoomStatus): void {
  if (status.room) globalThis.localStorage?.setItem(HINT_KEY, '1');
  else globalThis.localStorage?.removeItem(HINT_KEY);
}

export interface RoomStatusState {
  status: RoomStatus | null;
  /** This shell cannot host a room. */
  unavailable: boolean;
  refresh(): Promise<void>;
  /** Takes the status carried by any control answer. */
  accept(answer: RoomControlAnswer): void;
}

export function useRoomStatus(options: { poll: boolean }): RoomStatusState {
  const [status, setStatus] = useState<RoomStatus | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  // A poll answered before a change but received after it must not undo it on screen.
  const accepted = useRef(0);

  const refresh = useCallback(async () => {
    const since = accepted.current;
    try {
      const answer = await roomControl({ op: 'status' });
      rememberRoom(answer.status);
      if (accepted.current === since) setStatus(answer.status);
      setUnavailable(false);
    } catch (error) {
      if (isRoomUnavailable(error)) setUnavailable(true);
    }
  }, []);
  const accept = useCallback((answer: RoomControlAnswer) => {
    accepted.current++;
    rememberRoom(answer.status);
    setStatus(answer.status);
  }, []);

  const ask = options.poll || roomMayBeOn();
  useEffect(() => {
    if (ask) void refresh();
  }, [ask, refresh]);

  const polling = options.poll || Boolean(status?.room);
  useEffect(() => {
    if (!polling || unavailable) return;
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [polling, unavailable, refresh]);

  return { status, unavailable, refresh, accept };
}
