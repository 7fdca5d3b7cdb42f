import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents, isAppUrl, isSafeExternalUrl, type HardenableWebContents } from '../../src/main/security';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://www.ontario.ca/page/community-safety-and-well-being-planning-framework',
    'http://example.org/',
    'https://example.org:8443/a?b=c#d',
  ])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript', 'javascript:alert(1)'],
    ['javascript mixed case', 'JaVaScRiPt:alert(1)'],
    ['javascript with leading space', ' javascript:alert(1)'],
    ['file', 'file:///etc/passwd'],
    ['file on Windows', 'file://C:/Windows/System32/calc.exe'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript', 'vbscript:msgbox(1)'],
    ['UNC', '\\\\evil-server\\share\\payload.exe'],
    ['UNC with forward slashes', '//evil-server/share'],
    ['backslash host trick', 'https:\\\\evil.example'],
    ['app protocol', 'app://cswb/index.html'],
    ['smb', 'smb://server/share'],
    ['ms-msdt', 'ms-msdt:/id PCWDiagnostic'],
    ['credentials', 'https://user:pass@example.org/'],
    ['username only', 'https://trusted.example@evil.example/'],
    ['newline inside', 'https://example.org/\nfile:///etc/passwd'],
    ['tab inside', 'https://exa\tmple.org/'],
    ['NUL', 'https://example.org/\u0000'],
    ['no slashes', 'http:evil.example'],
    ['empty host', 'http:///path'],
    ['relative', '/relative/path'],
    ['malformed', 'https://'],
    ['empty', ''],
    ['too long', `https://example.org/${'a'.repeat(3000)}`],
  ])('rejects %s', (_name, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('rejects non-strings', () => {
    expect(isSafeExternalUrl(undefined)).toBe(false);
    expect(isSafeExternalUrl({ toString: () => 'https://example.org' })).toBe(false);
  });
});

describe('isAppUrl', () => {
  it('accepts the app origin', () => {
    expect(isAppUrl('app://cswb/index.html')).toBe(true);
    expect(isAppUrl('app://cswb/')).toBe(true);
    expect(isAppUrl('app://cswb/index.html#/plan/1')).toBe(true);
  });

  it.each([
    'app://evil/index.html',
    'app://cswb.evil.example/',
    'app://cswb@evil/',
    'app://x:y@cswb/',
    'app://cswb:8080/',
    'https://cswb/',
    'http://localhost:5173/',
    'file:///work/out/renderer/index.html',
    'about:blank',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('rejects %s without a dev server', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('accepts the dev server origin only when one is given', () => {
    expect(isAppUrl('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('https://localhost:5173/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'not a url')).toBe(false);
    expect(isAppUrl('file:///x', 'file:///')).toBe(false);
  });
});

type Listener = (event: { url: string; preventDefault(): void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: HardenableWebContents = {
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
    on: (event: string, listener: Listener) => {
      listeners.set(event, listener);
    },
  };
  const fire = (name: string, url = '') => {
    const event = { url, preventDefault: vi.fn() };
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no ${name} listener`);
    listener(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler!({ url }) };
}

describe('hardenWebContents', () => {
  it('denies every window.open, opening only safe URLs outside', async () => {
    const openExternal = vi.fn();
    const fake = fakeContents();
    hardenWebContents(fake.contents, { openExternal });
    expect(fake.open('https://example.org/')).toEqual({ action: 'deny' });
    expect(fake.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(fake.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(fake.open('app://cswb/index.html')).toEqual({ action: 'deny' });
    await Promise.resolve();
    await Promise.resolve();
    expect(openExternal.mock.calls).toEqual([['https://example.org/']]);
  });

  it('cancels navigation away from the app and sends safe links to the browser', async () => {
    const openExternal = vi.fn();
    const fake = fakeContents();
    hardenWebContents(fake.contents, { openExternal });
    expect(fake.fire('will-navigate', 'app://cswb/index.html')).toBe(false);
    expect(fake.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fake.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fake.fire('will-navigate', 'data:text/html,hi')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(openExternal.mock.calls).toEqual([['https://evil.example/']]);
  });

  it('cancels redirects away from the app without opening anything', async () => {
    const openExternal = vi.fn();
    const fake = fakeContents();
    hardenWebContents(fake.contents, { openExternal });
    expect(fake.fire('will-redirect', 'app://cswb/other.html')).toBe(false);
    expect(fake.fire('will-redirect', 'https://evil.example/')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('allows the dev server only through the injected guard', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, { openExternal: vi.fn(), isAppUrl: (url) => isAppUrl(url, 'http://localhost:5173') });
    expect(fake.fire('will-navigate', 'http://localhost:5173/')).toBe(false);
    expect(fake.fire('will-navigate', 'http://localhost:5174/')).toBe(true);
  });

  it('prevents webviews from attaching', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, { openExternal: vi.fn() });
    expect(fake.fire('will-attach-webview')).toBe(true);
  });

  it('survives an openExternal that throws or rejects', async () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, { openExternal: () => Promise.reject(new Error('no browser')) });
    expect(fake.open('https://example.org/')).toEqual({ action: 'deny' });
    const throwing = fakeContents();
    hardenWebContents(throwing.contents, {
      openExternal: () => {
        throw new Error('boom');
      },
    });
    expect(throwing.open('https://example.org/')).toEqual({ action: 'deny' });
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    let request: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: ((wc: unknown, permission: string) => boolean) | undefined;
    hardenSession({
      setPermissionRequestHandler: (handler) => {
        request = handler;
      },
      setPermissionCheckHandler: (handler) => {
        check = handler;
      },
    });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      request!(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check!(null, permission)).toBe(false);
    }
  });
});
