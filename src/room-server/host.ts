/**
 * The room host: turns participation on and off, and answers the facilitator's control
 * requests (src/core/room/protocol.ts). It owns the phones' HTTP server, which exists only while
 * participation is on, bound to the one interface chosen. Effects (listening, the network
 * interfaces, randomness, the clock) are injected, so tests run it on loopback with a fake clock.
 *
 * Nothing accepted is lost: a submission stays queued until the facilitator's screen
 * acknowledges it, so a reload of that screen just pulls it again; turning participation off
 * is refused while submissions wait, unless the facilitator forces it.
 */
import type { RequestListener } from 'node:http';
import {
  Room,
  ROOM_LIMITS,
  chooseNetwork,
  networkChoices,
  type ControlErrorCode,
  type InterfaceAddress,
  type RandomBytes,
  type RoomControlAnswer,
  type RoomControlRequest,
  type RoomStatus,
  type Submission,
  type SubmissionAnswer,
} from '@core/room';
import { createParticipantHandler } from './participant-server';

export interface ListeningServer {
  port: number;
  close(): Promise<void>;
}

export interface RoomHostEffects {
  /** Starts an HTTP server for `handler` on `address:port` (port 0: any free port). */
  listen(handler: RequestListener, address: string, port: number): Promise<ListeningServer>;
  networkInterfaces(): Record<string, readonly InterfaceAddress[] | undefined>;
  random: RandomBytes;
  now(): number;
  /** The port phones use when it is free (a stable address between sessions); 0: any. */
  preferredPort: number;
}

interface Running {
  room: Room;
  server: ListeningServer;
  address: string;
  port: number;
}

type Waiter<T> = (value: T) => void;

export class RoomHost {
  private running: Running | null = null;
  private starting: Promise<RoomControlAnswer> | null = null;
  private pullWaiters = new Set<Waiter<void>>();
  private answerWaiters = new Map<string, Set<Waiter<SubmissionAnswer | null>>>();

  constructor(private readonly effects: RoomHostEffects) {}

  get room(): Room | null {
    return this.running?.room ?? null;
  }

  status(): RoomStatus {
    const networks = networkChoices(this.effects.networkInterfaces());
    const r = this.running;
    if (!r) return { networks, room: null };
    const url = `http://${r.address}:${r.port}/`;
    return {
      networks,
      room: { ...r.room.summary(), url, joinUrl: `${url}#code=${r.room.joinCode}`, address: r.address, port: r.port },
    };
  }

  async control(request: RoomControlRequest): Promise<RoomControlAnswer> {
    const okAnswer = (items: Submission[] = []): RoomControlAnswer => ({ ok: true, status: this.status(), items });
    const failAnswer = (code: ControlErrorCode, detail = ''): RoomControlAnswer => ({ ok: false, code, status: this.status(), detail });
    switch (request.op) {
      case 'status':
        return okAnswer();
      case 'start': {
        if (this.starting) await this.starting;
        if (this.running) return this.running.room.planId === request.planId ? okAnswer() : failAnswer('otherPlan', this.running.room.planId);
        this.starting = this.start(request).finally(() => (this.starting = null));
        return this.starting;
      }
      case 'stop': {
        const r = this.running;
        if (!r) return okAnswer();
        if (r.room.pending > 0 && !request.force) return failAnswer('pendingSubmissions', String(r.room.pending));
        await this.stop();
        return okAnswer();
      }
      default:
        break;
    }
    const room = this.running?.room;
    if (!room) return failAnswer('notRunning');
    switch (request.op) {
      case 'gates':
        room.setGates(request.gates);
        return okAnswer();
      case 'publish':
        room.publish(request.content);
        return okAnswer();
      case 'pull': {
        let items = room.pull(request.after);
        if (items.length === 0 && request.waitMs > 0) {
          await this.waitForSubmission(request.waitMs);
          if (this.running?.room !== room) return failAnswer('notRunning'); // turned off meanwhile
          items = room.pull(request.after);
        }
        return okAnswer(items);
      }
      case 'ack':
        for (const settled of room.ack(request.results)) this.settle(settled.submission.id, room.answerOf(settled.submission.id));
        return okAnswer();
      case 'remove':
        return room.remove(request.participantId) ? okAnswer() : failAnswer('unknownParticipant');
    }
  }

  /** Stops the phones' server (if on) and releases everything waiting. */
  async stop(): Promise<void> {
    const r = this.running;
    this.running = null;
    this.wakePullers();
    for (const id of [...this.answerWaiters.keys()]) this.settle(id, null);
    await r?.server.close();
  }

  private async start(request: Extract<RoomControlRequest, { op: 'start' }>): Promise<RoomControlAnswer> {
    const network = chooseNetwork(networkChoices(this.effects.networkInterfaces()), request.address);
    const room = new Room(
      { planId: request.planId, sessionId: request.sessionId, gates: request.gates, content: request.content },
      { now: () => this.effects.now(), random: this.effects.random },
    );
    let port = 0;
    const handler = createParticipantHandler({
      room: () => (this.running?.room === room ? room : null),
      expectedHost: () => `${network.address}:${port}`,
      waitForAnswer: (id, ms) => this.waitForAnswer(id, ms),
      enqueued: () => this.wakePullers(),
      now: () => this.effects.now(),
    });
    let server: ListeningServer;
    try {
      server = await this.listenWithFallback(handler, network.address);
    } catch (error) {
      return { ok: false, code: 'listenFailed', status: this.status(), detail: `${network.address}: ${(error as Error).message}` };
    }
    port = server.port;
    this.running = { room, server, address: network.address, port };
    return { ok: true, status: this.status(), items: [] };
  }

  /** The preferred port keeps the address stable between sessions; when taken, any free port. */
  private async listenWithFallback(handler: RequestListener, address: string): Promise<ListeningServer> {
    const { preferredPort } = this.effects;
    if (preferredPort > 0) {
      try {
        return await this.effects.listen(handler, address, preferredPort);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      }
    }
    return this.effects.listen(handler, address, 0);
  }

  private waitForSubmission(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.pullWaiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, Math.min(ms, ROOM_LIMITS.pullWaitMaxMs));
      this.pullWaiters.add(done);
    });
  }

  private wakePullers(): void {
    for (const wake of [...this.pullWaiters]) wake();
  }

  private waitForAnswer(id: string, ms: number): Promise<SubmissionAnswer | null> {
    return new Promise((resolve) => {
      const waiters = this.answerWaiters.get(id) ?? new Set();
      this.answerWaiters.set(id, waiters);
      const done: Waiter<SubmissionAnswer | null> = (answer) => {
        clearTimeout(timer);
        waiters.delete(done);
        if (waiters.size === 0) this.answerWaiters.delete(id);
        resolve(answer);
      };
      const timer = setTimeout(() => done(null), ms);
      waiters.add(done);
    });
  }

  private settle(id: string, answer: SubmissionAnswer | null): void {
    for (const done of [...(this.answerWaiters.get(id) ?? [])]) done(answer);
  }
}
