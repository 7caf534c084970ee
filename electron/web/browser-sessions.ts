/**
 * One session per browser: a random token in an HttpOnly, SameSite=Strict
 * cookie names who is signed in in that browser, so two browsers on the
 * host are two people (or one person and nobody), as two desktop windows
 * would be two desks. Nothing about the session leaves the host.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'cd_session';

export interface BrowserSession {
  userId: string | null;
}

export interface BrowserSessions {
  /** The session the request's cookie names, or a new one and the Set-Cookie header that gives it to the browser. */
  sessionFor(request: IncomingMessage): { session: BrowserSession; setCookie?: string };
}

function cookieValue(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export function createBrowserSessions(): BrowserSessions {
  const sessions = new Map<string, BrowserSession>();
  return {
    sessionFor(request) {
      const token = cookieValue(request, SESSION_COOKIE);
      const known = token ? sessions.get(token) : undefined;
      if (known) return { session: known };
      const fresh = randomBytes(32).toString('base64url');
      const session: BrowserSession = { userId: null };
      sessions.set(fresh, session);
      return { session, setCookie: `${SESSION_COOKIE}=${fresh}; Path=/; HttpOnly; SameSite=Strict` };
    },
  };
}
