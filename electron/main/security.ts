/**
 * The security baseline: one CSP for everything our scheme serves, no
 * navigation away from our origin, no new windows, no webviews, no
 * permissions, no remote content. Electron objects come in as arguments
 * typed by the few members we use, so the rules are tested under plain Node.
 */
import { hasTrustedOrigin, originOf } from './app-origin';

export { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';

export type SecurityLog = (message: string) => void;

export interface SecurityPolicy {
  /** Origins our pages may be on: the app scheme, plus the dev server in development. */
  trustedOrigins: readonly string[];
  log?: SecurityLog;
}

/** Origins a request may go to: ours, plus the dev server's WebSocket twin (Vite's hot reload) in development. */
export function requestOriginsFor(trustedOrigins: readonly string[]): string[] {
  const origins = new Set<string>();
  for (const trusted of trustedOrigins) {
    const origin = originOf(trusted);
    if (!origin) continue;
    origins.add(origin);
    if (origin.startsWith('http://')) origins.add(`ws://${origin.slice('http://'.length)}`);
    if (origin.startsWith('https://')) origins.add(`wss://${origin.slice('https://'.length)}`);
  }
  return [...origins];
}

/**
 * Whether the session may make this request at all. Everything the app
 * needs is local, so anything not from our own origins is cancelled: the
 * devtools' own pages, and data:/blob: URLs that the page built itself
 * (blob: only when it belongs to our origin) are the only exceptions.
 */
export const PDF_VIEWER_EXTENSION_ID = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

export function isAllowedRequestUrl(url: string, trustedOrigins: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  switch (parsed.protocol) {
    case 'devtools:':
    case 'data:':
      return true;
    case 'chrome-extension:':
      // Chromium's PDF viewer, which draws the print preview, runs as this built-in extension.
      return parsed.host === PDF_VIEWER_EXTENSION_ID;
    case 'blob:':
      return hasTrustedOrigin(parsed.pathname, trustedOrigins);
    default:
      return hasTrustedOrigin(url, requestOriginsFor(trustedOrigins));
  }
}

// The members of Electron's Session and WebContents we touch. Electron's
// own types satisfy these structurally; tests pass small fakes.

export interface PermissionSessionLike {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
}

export interface WebRequestLike {
  onBeforeRequest(
    listener: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void,
  ): void;
}

export interface SessionLike extends PermissionSessionLike {
  readonly webRequest: WebRequestLike;
}

export interface PreventableEvent {
  preventDefault(): void;
}

export interface NavigationEvent extends PreventableEvent {
  readonly url: string;
}

export interface WebContentsLike {
  on(event: 'will-frame-navigate' | 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

const warn: SecurityLog = (message) => console.warn(`[security] ${message}`);

/** Session-wide rules: every permission refused, every request outside our origins cancelled. */
export function hardenSession(session: SessionLike, policy: SecurityPolicy): void {
  const log = policy.log ?? warn;
  session.setPermissionRequestHandler((_webContents, permission, callback) => {
    log(`denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, policy.trustedOrigins);
    if (!allowed) log(`blocked request: ${details.url}`);
    callback(allowed ? {} : { cancel: true });
  });
}

/**
 * Rules for every web contents the app creates. `will-frame-navigate` fires
 * for the main frame and subframes alike (a superset of `will-navigate`);
 * `will-redirect` catches a server redirect on the way.
 */
export function hardenWebContents(contents: WebContentsLike, policy: SecurityPolicy): void {
  const log = policy.log ?? warn;
  const guard = (event: NavigationEvent) => {
    if (hasTrustedOrigin(event.url, policy.trustedOrigins)) return;
    event.preventDefault();
    log(`blocked navigation to ${event.url}`);
  };
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('blocked a <webview>');
  });
  contents.setWindowOpenHandler((details) => {
    log(`denied window.open(${details.url})`);
    return { action: 'deny' };
  });
}
