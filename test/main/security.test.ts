import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../electron/main/app-origin';
import {
  CONTENT_SECURITY_POLICY,
  hardenSession,
  hardenWebContents,
  isAllowedRequestUrl,
  requestOriginsFor,
  type NavigationEvent,
  type PreventableEvent,
  type SessionLike,
  type WebContentsLike,
} from '../../electron/main/security';

const PRODUCTION = [APP_ORIGIN];
const DEVELOPMENT = [APP_ORIGIN, 'http://localhost:5173'];

describe('the content security policy', () => {
  it('is the agreed baseline', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'frame-src': 'blob:',
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
  });
});

describe('isAllowedRequestUrl', () => {
  it('allows our scheme, the devtools and page-made data/blob URLs', () => {
    for (const url of [
      'app://complaint-desk/index.html',
      'app://complaint-desk/assets/font.woff2',
      'devtools://devtools/bundled/inspector.html',
      'data:image/png;base64,AAAA',
      'blob:app://complaint-desk/7d9f1c2e-0000-4000-8000-000000000000',
      'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html',
    ]) {
      expect(isAllowedRequestUrl(url, PRODUCTION), url).toBe(true);
    }
  });

  it('cancels remote content and every other local scheme', () => {
    for (const url of [
      'https://cdn.example.com/lib.js',
      'http://localhost:5173/src/main.tsx',
      'ws://localhost:5173/',
      'file:///etc/passwd',
      'app://evil.example/x.js',
      'blob:https://evil.example/1234',
      'chrome-extension://abc/x.js',
      'not a url',
    ]) {
      expect(isAllowedRequestUrl(url, PRODUCTION), url).toBe(false);
    }
  });

  it('allows the dev server and its hot-reload socket in development only', () => {
    expect(isAllowedRequestUrl('http://localhost:5173/src/main.tsx', DEVELOPMENT)).toBe(true);
    expect(isAllowedRequestUrl('ws://localhost:5173/?token=x', DEVELOPMENT)).toBe(true);
    expect(isAllowedRequestUrl('http://localhost:5174/', DEVELOPMENT)).toBe(false);
    expect(isAllowedRequestUrl('https://fonts.googleapis.com/css', DEVELOPMENT)).toBe(false);
    expect(requestOriginsFor(DEVELOPMENT)).toEqual([APP_ORIGIN, 'http://localhost:5173', 'ws://localhost:5173']);
  });
});

function fakeSession() {
  const fake = {
    requestHandler: undefined as undefined | Parameters<SessionLike['setPermissionRequestHandler']>[0],
    checkHandler: undefined as undefined | Parameters<SessionLike['setPermissionCheckHandler']>[0],
    beforeRequest: undefined as undefined | Parameters<SessionLike['webRequest']['onBeforeRequest']>[0],
  };
  const session: SessionLike = {
    setPermissionRequestHandler: (handler) => (fake.requestHandler = handler),
    setPermissionCheckHandler: (handler) => (fake.checkHandler = handler),
    webRequest: { onBeforeRequest: (listener) => (fake.beforeRequest = listener) },
  };
  return { fake, session };
}

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const { fake, session } = fakeSession();
    hardenSession(session, { trustedOrigins: PRODUCTION, log: () => {} });
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'unknown']) {
      let granted: boolean | undefined;
      fake.requestHandler?.({}, permission, (answer) => (granted = answer));
      expect(granted, permission).toBe(false);
      expect(fake.checkHandler?.({}, permission), permission).toBe(false);
    }
  });

  it('cancels requests that leave our origin and lets ours through', () => {
    const { fake, session } = fakeSession();
    const log: string[] = [];
    hardenSession(session, { trustedOrigins: PRODUCTION, log: (message) => log.push(message) });
    const answer = (url: string) => {
      let response: { cancel?: boolean } | undefined;
      fake.beforeRequest?.({ url }, (r) => (response = r));
      return response;
    };
    expect(answer('app://complaint-desk/index.html')).toEqual({});
    expect(answer('https://tracker.example/pixel.gif')).toEqual({ cancel: true });
    expect(log).toEqual(['blocked request: https://tracker.example/pixel.gif']);
  });
});

function fakeWebContents() {
  const listeners = new Map<string, ((event: never) => void)[]>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: WebContentsLike = {
    on(event: string, listener: (event: never) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler: (handler) => (openHandler = handler),
  };
  const emit = (name: string, event: PreventableEvent | NavigationEvent) => {
    for (const listener of listeners.get(name) ?? []) listener(event as never);
  };
  const navigate = (name: 'will-frame-navigate' | 'will-redirect', url: string) => {
    let prevented = false;
    emit(name, { url, preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { contents, emit, navigate, openWindow: (url: string) => openHandler?.({ url }) };
}

describe('hardenWebContents', () => {
  it('blocks navigation and redirects away from our origin', () => {
    const fake = fakeWebContents();
    hardenWebContents(fake.contents, { trustedOrigins: PRODUCTION, log: () => {} });
    for (const name of ['will-frame-navigate', 'will-redirect'] as const) {
      expect(fake.navigate(name, 'app://complaint-desk/index.html#/cases/1')).toBe(false);
      expect(fake.navigate(name, 'https://evil.example/')).toBe(true);
      expect(fake.navigate(name, 'file:///etc/passwd')).toBe(true);
      expect(fake.navigate(name, 'http://localhost:5173/')).toBe(true);
    }
  });

  it('allows the dev server as a navigation target only in development', () => {
    const fake = fakeWebContents();
    hardenWebContents(fake.contents, { trustedOrigins: DEVELOPMENT, log: () => {} });
    expect(fake.navigate('will-frame-navigate', 'http://localhost:5173/')).toBe(false);
  });

  it('denies window.open and webview attachment', () => {
    const fake = fakeWebContents();
    hardenWebContents(fake.contents, { trustedOrigins: PRODUCTION, log: () => {} });
    expect(fake.openWindow('app://complaint-desk/index.html')).toEqual({ action: 'deny' });
    expect(fake.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    let prevented = false;
    fake.emit('will-attach-webview', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });
});
