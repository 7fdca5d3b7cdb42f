/**
 * The audience window: what the room sees on the projector. Opened by the facilitator window
 * (presenter:open), full screen on a second display when one is connected, otherwise a 1280x720
 * window on this one. Same locked-down webPreferences as the main window (and the security
 * manager hardens its WebContents like every other). It shows without taking focus, so the
 * facilitator's keys keep going to the facilitator's window, and it closes with that window.
 *
 * Presenter messages are relayed through main: facilitator -> audience and audience -> facilitator
 * only. Electron objects are passed in so this is tested in Node (tests/main/presenter-window.test.ts).
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { PRESENTER_CHANNEL, type AudienceWindowInfo, type PresenterRole } from '@shared/ipc-contract';
import { secureWebPreferences } from './window';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayLike {
  id: number;
  bounds: Rect;
}

/** The projector: the largest display other than the facilitator's; null with a single display. */
export function chooseAudienceDisplay(displays: readonly DisplayLike[], facilitatorDisplayId: number | null): DisplayLike | null {
  const others = displays.filter((d) => d.id !== facilitatorDisplayId);
  if (others.length === 0 || displays.length < 2) return null;
  return others.reduce((best, d) => (d.bounds.width * d.bounds.height > best.bounds.width * best.bounds.height ? d : best));
}

export const AUDIENCE_WINDOW_SIZE = { width: 1280, height: 720 } as const;
const PLAN_ID = /^[\w-]{1,100}$/;

export function audienceWindowOptions(display: DisplayLike | null, preloadPath: string, title: string): BrowserWindowConstructorOptions {
  const placement: BrowserWindowConstructorOptions = display
    ? { ...display.bounds, fullscreen: true }
    : { ...AUDIENCE_WINDOW_SIZE, minWidth: 640, minHeight: 360 };
  return {
    ...placement,
    show: false,
    title,
    backgroundColor: '#000000',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** The app's entry page with the audience route; refuses a plan id that is not an id. */
export function audienceUrl(entryUrl: string, planId: string): string {
  if (!PLAN_ID.test(planId)) throw new Error(`Not a plan id: ${planId.slice(0, 40)}`);
  return `${entryUrl.split('#')[0]}#/audience/${planId}`;
}

/** The part of a BrowserWindow the manager uses. */
export interface AudienceWindowLike {
  on(event: 'closed' | 'ready-to-show', listener: () => void): unknown;
  showInactive(): void;
  close(): void;
  isDestroyed(): boolean;
  loadURL(url: string): Promise<void>;
  webContents: { send(channel: string, ...args: unknown[]): void };
}

export interface FacilitatorWindowLike {
  on(event: 'closed', listener: () => void): unknown;
  webContents: { send(channel: string, ...args: unknown[]): void };
}

export interface PresenterWindowOptions<W extends AudienceWindowLike> {
  createWindow(options: BrowserWindowConstructorOptions): W;
  /** The connected displays and the one the facilitator's window is on. */
  displays(): { all: DisplayLike[]; facilitatorDisplayId: number | null };
  facilitator(): FacilitatorWindowLike | null;
  preloadPath: string;
  /** app://cswb/index.html (or the dev server in development). */
  entryUrl: string;
  title: string;
}

export class PresenterWindowManager<W extends AudienceWindowLike = AudienceWindowLike> {
  private window: W | null = null;
  private planId: string | null = null;
  private placement: AudienceWindowInfo['placement'] = 'window';
  private readonly watched = new WeakSet<object>();

  constructor(private readonly options: PresenterWindowOptions<W>) {}

  open(planId: string): AudienceWindowInfo {
    const url = audienceUrl(this.options.entryUrl, planId);
    const existing = this.get();
    if (existing) {
      if (this.planId !== planId) this.load(existing, url);
      this.planId = planId;
      existing.showInactive();
      return { placement: this.placement };
    }
    const { all, facilitatorDisplayId } = this.options.displays();
    const display = chooseAudienceDisplay(all, facilitatorDisplayId);
    this.placement = display ? 'secondDisplay' : 'window';
    const win = this.options.createWindow(audienceWindowOptions(display, this.options.preloadPath, this.options.title));
    this.window = win;
    this.planId = planId;
    win.on('ready-to-show', () => win.showInactive());
    win.on('closed', () => {
      if (this.window === win) {
        this.window = null;
        this.planId = null;
      }
    });
    this.closeWithFacilitator();
    this.load(win, url);
    return { placement: this.placement };
  }

  close(): void {
    this.get()?.close();
  }

  /** Delivers a message to the window it is addressed to (and nowhere else). */
  relay(to: PresenterRole, text: string): void {
    const target = to === 'audience' ? this.get() : this.options.facilitator();
    target?.webContents.send(PRESENTER_CHANNEL, text);
  }

  get(): W | null {
    return this.window && !this.window.isDestroyed() ? this.window : null;
  }

  dispose(): void {
    this.close();
  }

  private load(win: W, url: string): void {
    win.loadURL(url).catch((error: Error) => console.error(`Could not load the audience view: ${error.message}`));
  }

  private closeWithFacilitator(): void {
    const facilitator = this.options.facilitator();
    if (!facilitator || this.watched.has(facilitator)) return;
    this.watched.add(facilitator);
    facilitator.on('closed', () => this.close());
  }
}
