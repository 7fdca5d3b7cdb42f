/**
 * The interface language reaches the shell: switching (and starting) tells the platform, the
 * Electron platform forwards it over the bridge, and both keep the document's `lang`.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DesktopBridge } from '@shared/ipc-contract';
import i18next, { announceLanguage, i18nReady, setLanguage } from '@renderer/i18n';
import { platform } from '@renderer/platform';
// eslint-disable-next-line no-restricted-imports -- this test is about the Electron implementation itself.
import { createElectronPlatform } from '@renderer/platform/electron';

beforeAll(async () => {
  await i18nReady;
});

afterEach(async () => {
  vi.restoreAllMocks();
  await setLanguage('en');
});

describe('interface language and the shell', () => {
  it('switching tells the platform and keeps the document lang', async () => {
    const told = vi.spyOn(platform, 'setLanguage');
    await setLanguage('fr');
    expect(told).toHaveBeenCalledWith('fr');
    expect(i18next.language).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    await setLanguage('en');
    expect(told).toHaveBeenLastCalledWith('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('start-up tells the platform the language the page starts in', async () => {
    await i18next.changeLanguage('fr'); // as if the remembered choice were French
    const told = vi.spyOn(platform, 'setLanguage');
    announceLanguage();
    expect(told).toHaveBeenCalledWith('fr');
  });

  it('the Electron platform forwards the language over the bridge and survives a refusal', async () => {
    const calls: string[] = [];
    const bridge = {
      setLanguage: async (language: string) => {
        calls.push(language);
        if (language === 'en') throw new Error('invalid-payload: no');
      },
    } as unknown as DesktopBridge;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const electron = createElectronPlatform(bridge);
    electron.setLanguage('fr');
    expect(calls).toEqual(['fr']);
    expect(document.documentElement.lang).toBe('fr');
    electron.setLanguage('en');
    await expect.poll(() => warn.mock.calls.length).toBe(1);
    expect(String(warn.mock.calls[0]![0])).toContain('invalid-payload');
  });
});
