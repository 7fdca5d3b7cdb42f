import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { PRESENTER_CHANNEL } from '@shared/ipc-contract';
import {
  audienceUrl,
  audienceWindowOptions,
  chooseAudienceDisplay,
  PresenterWindowManager,
  type AudienceWindowLike,
  type DisplayLike,
  type FacilitatorWindowLike,
} from '../../src/main/presenter-window';
import { secureWebPreferences } from '../../src/main/window';

const laptop: DisplayLike = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1200 } };
const projector: DisplayLike = { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 720 } };
const tv: DisplayLike = { id: 3, bounds: { x: -3840, y: 0, width: 3840, height: 2160 } };

class FakeWindow implements AudienceWindowLike, FacilitatorWindowLike {
  readonly listeners = new Map<string, Array<() => void>>();
  readonly sent: Array<[string, unknown]> = [];
  readonly webContents = { send: (channel: string, value: unknown) => void this.sent.push([channel, value]) };
  readonly loaded: string[] = [];
  destroyed = false;
  shownInactive = 0;
  constructor(readonly options: BrowserWindowConstructorOptions = {}) {}
  on(event: string, listener: () => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  fire(event: string): void {
    for (const l of this.listeners.get(event) ?? []) l();
  }
  showInactive(): void {
    this.shownInactive += 1;
  }
  close(): void {
    this.destroyed = true;
    this.fire('closed');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
  }
}

function setup(displays: DisplayLike[], facilitatorDisplayId: number | null = 1) {
  const created: FakeWindow[] = [];
  const facilitator = new FakeWindow();
  const manager = new PresenterWindowManager<FakeWindow>({
    createWindow: (options) => {
      const win = new FakeWindow(options);
      created.push(win);
      return win;
    },
    displays: () => ({ all: displays, facilitatorDisplayId }),
    facilitator: () => (facilitator.destroyed ? null : facilitator),
    preloadPath: '/app/preload/index.cjs',
    entryUrl: 'app://cswb/index.html',
    title: 'CSWB Workshop',
  });
  return { manager, created, facilitator };
}

describe('chooseAudienceDisplay', () => {
  it('picks the display the facilitator is not on, the largest when there are several', () => {
    expect(chooseAudienceDisplay([laptop, projector], 1)).toBe(projector);
    expect(chooseAudienceDisplay([laptop, projector, tv], 1)).toBe(tv);
    expect(chooseAudienceDisplay([laptop, projector], 2)).toBe(laptop);
  });
  it('returns null with a single display', () => {
    expect(chooseAudienceDisplay([laptop], 1)).toBeNull();
    expect(chooseAudienceDisplay([laptop], null)).toBeNull();
    expect(chooseAudienceDisplay([], null)).toBeNull();
  });
});

describe('audienceWindowOptions', () => {
  it('covers the second display full screen, hardened like the main window', () => {
    const options = audienceWindowOptions(projector, '/p.cjs', 'CSWB Workshop');
    expect(options).toMatchObject({ x: 1920, y: 0, width: 1280, height: 720, fullscreen: true, show: false });
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
  });
  it('is a 1280x720 window without a second display', () => {
    const options = audienceWindowOptions(null, '/p.cjs', 'CSWB Workshop');
    expect(options).toMatchObject({ width: 1280, height: 720, show: false });
    expect(options.fullscreen).toBeUndefined();
  });
});

describe('audienceUrl', () => {
  it('routes the app entry to the audience page of a plan', () => {
    expect(audienceUrl('app://cswb/index.html', 'plan-1')).toBe('app://cswb/index.html#/audience/plan-1');
    expect(audienceUrl('http://localhost:5173/#/plan/x/voting', 'abc_9')).toBe('http://localhost:5173/#/audience/abc_9');
  });
  it.each(['', '../x', 'a/b', 'a#b', 'x'.repeat(101), 'javascript:alert(1)'])('refuses %j', (planId) => {
    expect(() => audienceUrl('app://cswb/index.html', planId)).toThrow(/Not a plan id/);
  });
});

describe('PresenterWindowManager', () => {
  it('opens one audience window on the second display, shown without taking focus', () => {
    const { manager, created } = setup([laptop, projector]);
    expect(manager.open('plan-1')).toEqual({ placement: 'secondDisplay' });
    expect(created).toHaveLength(1);
    const win = created[0]!;
    expect(win.loaded).toEqual(['app://cswb/index.html#/audience/plan-1']);
    win.fire('ready-to-show');
    expect(win.shownInactive).toBe(1);
    // Asking again brings back the same window; another plan reloads it.
    expect(manager.open('plan-1')).toEqual({ placement: 'secondDisplay' });
    manager.open('plan-2');
    expect(created).toHaveLength(1);
    expect(win.loaded).toEqual(['app://cswb/index.html#/audience/plan-1', 'app://cswb/index.html#/audience/plan-2']);
  });

  it('opens a window on the only display', () => {
    const { manager, created } = setup([laptop]);
    expect(manager.open('plan-1')).toEqual({ placement: 'window' });
    expect(created[0]!.options.fullscreen).toBeUndefined();
  });

  it('relays messages only to the window they are addressed to', () => {
    const { manager, created, facilitator } = setup([laptop, projector]);
    manager.relay('audience', 'lost'); // no audience window yet: nothing, no error
    manager.open('plan-1');
    manager.relay('audience', '{"type":"view"}');
    manager.relay('facilitator', '{"type":"hello"}');
    expect(created[0]!.sent).toEqual([[PRESENTER_CHANNEL, '{"type":"view"}']]);
    expect(facilitator.sent).toEqual([[PRESENTER_CHANNEL, '{"type":"hello"}']]);
  });

  it('closes with the facilitator window, and can open again afterwards', () => {
    const { manager, created, facilitator } = setup([laptop, projector]);
    manager.open('plan-1');
    manager.close();
    expect(created[0]!.destroyed).toBe(true);
    expect(manager.get()).toBeNull();
    manager.open('plan-1');
    expect(created).toHaveLength(2);
    facilitator.close();
    expect(created[1]!.destroyed).toBe(true);
  });

  it('refuses a bad plan id before creating anything', () => {
    const { manager, created } = setup([laptop]);
    expect(() => manager.open('../../x')).toThrow();
    expect(created).toHaveLength(0);
  });
});
