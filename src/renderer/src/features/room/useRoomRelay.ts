/**
 * The facilitator's side of the relay: while the room is on for this plan, pull what phones sent
 * (a long poll), add each submission to the plan in arrival order (apply-submission.ts), and
 * acknowledge it so the phone hears the answer. Nothing is acknowledged before it is written, so
 * a reload or a crash of this page loses nothing: the room hands the rest over again.
 */
import { useEffect, useRef, type MutableRefObject } from 'react';
import type { AckResult, MemberProfile, RoomControlAnswer } from '@core/room';
import { db } from '../../db/database';
import { applySubmission } from './apply-submission';
import { roomControl } from './room-client';

const PULL_WAIT_MS = 10_000;
/** A submission that fails this often for a reason that is not the participant's is refused. */
const MAX_ATTEMPTS = 3;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface RelayOptions {
  planId: string;
  sessionId: string | null;
  /** Only while the room is on for this plan. */
  active: boolean;
  unnamed(member: MemberProfile): string;
  onAnswer(answer: RoomControlAnswer): void;
}

/** Returns the sequence number of the last submission added (for what phones are shown). */
export function useRoomRelay(options: RelayOptions): MutableRefObject<number> {
  const appliedThrough = useRef(0);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const { active, planId, sessionId } = options;

  useEffect(() => {
    if (!active) return;
    let stopped = false;
    const attempts = new Map<string, number>();
    const ctx = { db, planId, sessionId, unnamed: (m: MemberProfile) => latest.current.unnamed(m) };

    async function loop(): Promise<void> {
      while (!stopped) {
        let answer: RoomControlAnswer;
        try {
          answer = await roomControl({ op: 'pull', after: 0, waitMs: PULL_WAIT_MS });
        } catch {
          await sleep(2000);
          continue;
        }
        // Unmounted meanwhile: leave the submissions queued for the next page.
        if (stopped) return;
        latest.current.onAnswer(answer);
        if (!answer.ok) {
          if (answer.code === 'notRunning') return;
          await sleep(1000);
          continue;
        }
        const results: AckResult[] = [];
        let blocked = false;
        for (const item of answer.items) {
          if (stopped) break;
          let result = await applySubmission(ctx, item);
          if (!result) {
            const tries = (attempts.get(item.id) ?? 0) + 1;
            attempts.set(item.id, tries);
            if (tries < MAX_ATTEMPTS) {
              blocked = true; // keep the order: try this one again before anything after it
              break;
            }
            result = { id: item.id, outcome: 'refused', reason: 'notApplied', limit: null };
          }
          results.push(result);
          appliedThrough.current = Math.max(appliedThrough.current, item.seq);
        }
        if (results.length > 0) {
          try {
            latest.current.onAnswer(await roomControl({ op: 'ack', results }));
          } catch {
            // Not acknowledged: the room hands them over again; the markers make that harmless.
          }
        }
        if (blocked) await sleep(1000);
      }
    }
    void loop();
    return () => {
      stopped = true;
    };
  }, [active, planId, sessionId]);

  return appliedThrough;
}
