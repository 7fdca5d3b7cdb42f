import type { ElectronBinaryStatus } from './electron-binary.mjs';

export const DEFAULT_PORT: number;
export const DEFAULT_DEV_PORT: number;
export const HANDOFF_MS: number;
export function parseStartArgs(argv: string[]): { dev: boolean; open: boolean; unknown: string[] };
export function resolvePort(env: Record<string, string | undefined>, options?: { dev?: boolean }): { port: number; error?: undefined } | { error: string; port?: undefined };
export function chooseStartMode(status: ElectronBinaryStatus): { mode: 'electron'; binary: string } | { mode: 'browser'; reason: string };
export function electronCommand(options: { dev: boolean; binary: string; electronViteBin: string; isRoot?: boolean }): {
  command: string;
  args: string[];
  env: Record<string, string>;
};
export function browserProfileDir(options?: { platform?: NodeJS.Platform; env?: Record<string, string | undefined>; home?: string }): string;
export function hasDisplay(options?: { platform?: NodeJS.Platform; env?: Record<string, string | undefined> }): boolean;
export function chromiumArgs(options: { url: string; profileDir: string; isRoot?: boolean; platform?: NodeJS.Platform }): string[];
export function browserLaunchDecision(options: { open: boolean; chromium: string | null; display: boolean }):
  | { launch: true; chromium: string }
  | { launch: false; reason: string };
