/**
 * Where the UI comes from. The packaged renderer is served from a privileged
 * custom scheme rather than file://, so it has a real origin to check IPC
 * senders, navigations and requests against.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'complaint-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]`, lower-cased, or null for a URL with no host
 * (about:blank, data:, file:///..., garbage). Built by hand because Node's
 * `URL.origin` is "null" for every non-special scheme such as `app:`, while
 * Chromium gives our registered standard scheme a proper tuple origin.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.host) return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

/** True when `url` is served from exactly one of `trustedOrigins` (scheme, host and port all equal). */
export function hasTrustedOrigin(url: string, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  if (origin === null) return false;
  return trustedOrigins.some((trusted) => originOf(trusted) === origin);
}

/**
 * The origins our own pages load from: the app scheme, plus the
 * electron-vite dev server while developing an unpackaged build.
 */
export function trustedOriginsFor(devServerUrl: string | undefined): string[] {
  const devOrigin = devServerUrl ? originOf(devServerUrl) : null;
  return devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN];
}
