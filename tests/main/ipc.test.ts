import { describe, expect, it } from 'vitest';
import { invokeSchemas, MAX_PLAN_TEXT_CHARS, type InvokeChannel } from '@shared/ipc-contract';
import { createInvokeHandlers } from '../../src/main/invoke-handlers';
import { IpcManager, registerIpcHandlers, type InvokeEventLike, type InvokeHandlers, type IpcMainLike } from '../../src/main/ipc';
import { isAppUrl } from '../../src/main/security';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

/** Records handlers the way ipcMain.handle would, and invokes them like ipcRenderer.invoke. */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  invoke(channel: string, args: unknown[], frameUrl: string | null = 'app://cswb/index.html'): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, ...args);
  }
}

function recordingHandlers() {
  const calls: Array<[string, unknown]> = [];
  const record =
    <R>(channel: string, result: R) =>
    async (request: unknown): Promise<R> => {
      calls.push([channel, request]);
      return result;
    };
  const handlers: InvokeHandlers = {
    'app:info': record('app:info', { name: 'CSWB Workshop', version: '0.1.0', shell: 'electron' as const, runtime: 'test' }),
    'app:setLanguage': record('app:setLanguage', undefined),
    'file:open': record('file:open', null),
    'file:openPath': record('file:openPath', { path: '/p.cswb', name: 'p.cswb', text: '{}' }),
    'file:save': record('file:save', { path: '/p.cswb', name: 'p.cswb' }),
    'file:saveAs': record('file:saveAs', null),
    'file:export': record('file:export', null),
    'recent:list': record('recent:list', []),
    'recent:clear': record('recent:clear', undefined),
    'window:setTitle': record('window:setTitle', undefined),
    'room:control': record('room:control', { ok: true as const, status: { networks: [], room: null }, items: [] }),
    'report:printToPdf': record('report:printToPdf', new Uint8Array([37, 80, 68, 70])),
    'presenter:open': record('presenter:open', { placement: 'window' as const }),
    'presenter:close': record('presenter:close', undefined),
    'presenter:relay': record('presenter:relay', undefined),
  };
  return { handlers, calls };
}

function setup() {
  const ipcMain = new FakeIpcMain();
  const { handlers, calls } = recordingHandlers();
  const unregister = registerIpcHandlers(ipcMain, handlers, { isTrustedSender: (url) => isAppUrl(url) });
  return { ipcMain, calls, unregister };
}

const VALID: Record<InvokeChannel, unknown[]> = {
  'app:info': [],
  'app:setLanguage': [{ language: 'fr' }],
  'file:open': [],
  'file:openPath': [{ path: '/plans/a.cswb' }],
  'file:save': [{ path: '/plans/a.cswb', text: '{}' }],
  'file:saveAs': [{ suggestedName: 'Plan', text: '{}' }],
  'file:export': [{ suggestedName: 'r.pdf', data: new Uint8Array([1, 2]), filters: [{ name: 'PDF', extensions: ['pdf'] }] }],
  'recent:list': [],
  'recent:clear': [],
  'window:setTitle': [{ title: 'Plan', dirty: true }],
  'room:control': [{ op: 'status' }],
  'report:printToPdf': [],
  'presenter:open': [{ planId: 'plan-1' }],
  'presenter:close': [],
  'presenter:relay': [{ to: 'audience', text: '{}' }],
};

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels and removes them again', () => {
    const { ipcMain, unregister } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.keys(invokeSchemas).sort());
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it.each(Object.keys(VALID) as InvokeChannel[])('passes a valid %s payload to its handler', async (channel) => {
    const { ipcMain, calls } = setup();
    await ipcMain.invoke(channel, VALID[channel]);
    expect(calls).toEqual([[channel, VALID[channel][0]]]);
  });

  it.each([
    ['file:openPath', [{}], /^invalid-payload: file:openPath: path: /],
    ['file:openPath', [{ path: '' }], /^invalid-payload: /],
    ['file:openPath', ['/plans/a.cswb'], /^invalid-payload: /],
    ['file:save', [{ path: '/a.cswb', text: 42 }], /^invalid-payload: file:save: text: /],
    ['file:save', [{ path: 'x'.repeat(5000), text: '' }], /^invalid-payload: file:save: path: /],
    ['file:saveAs', [{ suggestedName: '../../.bashrc', text: '' }], /^invalid-payload: .*suggestedName/],
    ['file:saveAs', [{ suggestedName: 'a\u0000b', text: '' }], /^invalid-payload: /],
    ['file:export', [{ suggestedName: 'r.pdf', data: [1, 2], filters: [] }], /^invalid-payload: .*data/],
    ['file:export', [{ suggestedName: 'r', data: '', filters: [{ name: 'x', extensions: ['*'] }] }], /^invalid-payload: .*filters/],
    ['window:setTitle', [{ title: 'x' }], /^invalid-payload: .*dirty/],
    ['app:info', [{ sneaky: true }], /^invalid-payload: /],
    ['recent:clear', [undefined, 'extra'], /^invalid-payload: .*at most one argument/],
    ['presenter:open', [{ planId: '../../etc/passwd' }], /^invalid-payload: .*planId/],
    ['presenter:relay', [{ to: 'everyone', text: '{}' }], /^invalid-payload: .*to/],
    ['app:setLanguage', [{ language: 'de' }], /^invalid-payload: app:setLanguage: language: /],
    ['app:setLanguage', [{ language: 'FR' }], /^invalid-payload: .*language/],
    ['app:setLanguage', [{ language: 'fr-CA' }], /^invalid-payload: .*language/],
    ['app:setLanguage', [{ language: ['fr'] }], /^invalid-payload: .*language/],
    ['app:setLanguage', ['fr'], /^invalid-payload: /],
    ['app:setLanguage', [{}], /^invalid-payload: .*language/],
    ['app:setLanguage', [], /^invalid-payload: /],
  ])('rejects %s with %j', async (channel, args, message) => {
    const { ipcMain, calls } = setup();
    await expect(ipcMain.invoke(channel, args)).rejects.toThrow(message);
    expect(calls).toEqual([]);
  });

  it('rejects plan text over the limit without calling the handler', async () => {
    const { ipcMain, calls } = setup();
    const text = 'x'.repeat(MAX_PLAN_TEXT_CHARS + 1); // 200 MB: the real limit, not a mock
    await expect(ipcMain.invoke('file:save', [{ path: '/a.cswb', text }])).rejects.toThrow(/^invalid-payload: file:save: text: /);
    expect(calls).toEqual([]);
  });

  it.each([
    ['a remote page', 'https://evil.example/'],
    ['a file page', 'file:///tmp/evil.html'],
    ['a lookalike app host', 'app://cswb.evil/index.html'],
    ['an empty frame URL', ''],
    ['a destroyed frame', null],
  ])('rejects calls from %s with untrusted-sender', async (_name, url) => {
    const { ipcMain, calls } = setup();
    await expect(ipcMain.invoke('file:save', VALID['file:save'], url)).rejects.toThrow(/^untrusted-sender: /);
    expect(calls).toEqual([]);
  });

  it('checks the sender before the payload', async () => {
    const { ipcMain } = setup();
    await expect(ipcMain.invoke('file:save', [{}], 'https://evil.example/')).rejects.toThrow(/^untrusted-sender: /);
  });

  it('propagates handler errors, after the handler really finished', async () => {
    const ipcMain = new FakeIpcMain();
    const { handlers } = recordingHandlers();
    let finished = false;
    handlers['file:save'] = async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      finished = true;
      throw new Error('io-error: Could not save “a.cswb”: the disk is full.');
    };
    registerIpcHandlers(ipcMain, handlers, { isTrustedSender: (url) => isAppUrl(url) });
    await expect(ipcMain.invoke('file:save', VALID['file:save'])).rejects.toThrow('io-error: Could not save “a.cswb”: the disk is full.');
    expect(finished).toBe(true);
  });

  it('IpcManager registers once and unregisters on dispose', () => {
    const ipcMain = new FakeIpcMain();
    const manager = new IpcManager(ipcMain, recordingHandlers().handlers, { isTrustedSender: () => true });
    manager.initialize();
    manager.initialize();
    expect(ipcMain.handlers.size).toBe(Object.keys(invokeSchemas).length);
    manager.dispose();
    expect(ipcMain.handlers.size).toBe(0);
  });
});

describe('createInvokeHandlers', () => {
  it('forwards each channel to the service that owns it', async () => {
    const log: string[] = [];
    const handlers = createInvokeHandlers({
      files: {
        open: async () => (log.push('open'), null),
        openPath: async (path) => (log.push(`openPath ${path}`), { path, name: 'a.cswb', text: '' }),
        save: async (path, text) => (log.push(`save ${path} ${text}`), { path, name: 'a.cswb' }),
        saveAs: async (name, text) => (log.push(`saveAs ${name} ${text}`), null),
        exportFile: async (name, data, filters) => (log.push(`export ${name} ${String(data)} ${filters[0]?.name}`), null),
      },
      recent: { list: async () => (log.push('list'), []), clear: async () => void log.push('clear') },
      window: { setTitle: (title, dirty) => void log.push(`title ${title} ${dirty}`), printToPdf: async () => (log.push('pdf'), new Uint8Array([37])) },
      appInfo: () => ({ name: 'CSWB Workshop', version: '1', shell: 'electron', runtime: 'x' }),
      language: { set: async (language) => void log.push(`language ${language}`) },
      presenter: {
        open: (planId) => (log.push(`present ${planId}`), { placement: 'window' }),
        close: () => void log.push('stop presenting'),
        relay: (to, text) => void log.push(`relay ${to} ${text}`),
      },
      room: { control: async (request) => (log.push(`room ${request.op}`), { ok: true, status: { networks: [], room: null }, items: [] }) },
    });
    expect((await handlers['app:info'](undefined)).name).toBe('CSWB Workshop');
    await handlers['file:open'](undefined);
    await handlers['file:openPath']({ path: '/a.cswb' });
    await handlers['file:save']({ path: '/a.cswb', text: 't' });
    await handlers['file:saveAs']({ suggestedName: 'P', text: 't' });
    await handlers['file:export']({ suggestedName: 'r.csv', data: 'a,b', filters: [{ name: 'CSV', extensions: ['csv'] }] });
    await handlers['recent:list'](undefined);
    await handlers['recent:clear'](undefined);
    await handlers['window:setTitle']({ title: 'Plan', dirty: true });
    expect(log).toEqual(['open', 'openPath /a.cswb', 'save /a.cswb t', 'saveAs P t', 'export r.csv a,b CSV', 'list', 'clear', 'title Plan true']);
    expect(await handlers['presenter:open']({ planId: 'p1' })).toEqual({ placement: 'window' });
    await handlers['presenter:relay']({ to: 'audience', text: '{}' });
    await handlers['presenter:close'](undefined);
    expect(log.slice(-3)).toEqual(['present p1', 'relay audience {}', 'stop presenting']);
    expect(await handlers['report:printToPdf'](undefined)).toEqual(new Uint8Array([37]));
    expect(log.at(-1)).toBe('pdf');
    expect(await handlers['room:control']({ op: 'status' })).toMatchObject({ ok: true });
    expect(log.at(-1)).toBe('room status');
    await handlers['app:setLanguage']({ language: 'fr' });
    expect(log.at(-1)).toBe('language fr');
  });
});
