/**
 * Registers one `ipcMain.handle` per channel of the contract. Before a handler runs, the sender
 * frame must be a page of this app and the payload must pass the channel's zod schema; the
 * handler is awaited so a failed write reaches the renderer as a rejected promise.
 */
import type { z } from 'zod';
import { invokeSchemas, type InvokeChannel, type InvokeChannels } from '@shared/ipc-contract';
import { ipcError } from './ipc-errors';

/** What main implements: one async function per channel, typed from the contract. */
export type InvokeHandlers = {
  [C in InvokeChannel]: (request: InvokeChannels[C]['req']) => Promise<InvokeChannels[C]['res']>;
};

// Compile-time guard: what a schema accepts must be what the contract says the handler receives.
type SchemaMatchesContract = {
  [C in InvokeChannel]: z.output<(typeof invokeSchemas)[C]> extends InvokeChannels[C]['req'] ? true : C;
}[InvokeChannel];
const schemasMatchContract: SchemaMatchesContract = true;
void schemasMatchContract;

/** The part of an invoke event we read (Electron's IpcMainInvokeEvent has it). */
export interface InvokeEventLike {
  senderFrame: { url: string } | null;
}

/** The part of Electron's `ipcMain` we use; tests pass a recorder. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface IpcRegistrationOptions {
  /** True when a frame URL is a page of this app (see `isAppUrl`). */
  isTrustedSender(url: string): boolean;
}

const MAX_ISSUE_SUMMARY = 300;

/** "text: Too big: expected string to have <=209715200 characters; path: Required" */
export function summarizeIssues(error: z.ZodError): string {
  const summary = error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : 'payload'}: ${issue.message}`).join('; ');
  return summary.length > MAX_ISSUE_SUMMARY ? `${summary.slice(0, MAX_ISSUE_SUMMARY - 1)}…` : summary;
}

/** Registers every channel; returns a function that removes them all again. */
export function registerIpcHandlers(ipcMain: IpcMainLike, handlers: InvokeHandlers, options: IpcRegistrationOptions): () => void {
  const channels = Object.keys(invokeSchemas) as InvokeChannel[];
  for (const channel of channels) {
    ipcMain.handle(channel, (event, ...args) => handleOne(channel, handlers, options, event, args));
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

async function handleOne<C extends InvokeChannel>(
  channel: C,
  handlers: InvokeHandlers,
  options: IpcRegistrationOptions,
  event: InvokeEventLike,
  args: unknown[],
): Promise<InvokeChannels[C]['res']> {
  const url = event.senderFrame?.url;
  if (!url || !options.isTrustedSender(url)) {
    throw ipcError('untrusted-sender', `${channel} is only available to the app's own pages.`);
  }
  if (args.length > 1) throw ipcError('invalid-payload', `${channel} takes at most one argument.`);
  const parsed = invokeSchemas[channel].safeParse(args[0]);
  if (!parsed.success) throw ipcError('invalid-payload', `${channel}: ${summarizeIssues(parsed.error)}`);
  const handler = handlers[channel] as (request: InvokeChannels[C]['req']) => Promise<InvokeChannels[C]['res']>;
  return await handler(parsed.data as InvokeChannels[C]['req']);
}

/** Owns the registration for the app's lifetime (index.ts passes Electron's ipcMain). */
export class IpcManager {
  private unregister: (() => void) | undefined;

  constructor(
    private readonly ipcMain: IpcMainLike,
    private readonly handlers: InvokeHandlers,
    private readonly options: IpcRegistrationOptions,
  ) {}

  initialize(): void {
    this.unregister ??= registerIpcHandlers(this.ipcMain, this.handlers, this.options);
  }

  dispose(): void {
    this.unregister?.();
    this.unregister = undefined;
  }
}
