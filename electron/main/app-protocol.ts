/**
 * The `app://complaint-desk/` scheme: serves the built renderer (out/renderer)
 * and nothing else. Plain Node plus the Fetch API's Request/Response, so the
 * whole handler runs under vitest; index.ts hands it to `protocol.handle`.
 */
import { readFile as fsReadFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './security';

/**
 * Privileges for `protocol.registerSchemesAsPrivileged`. `standard` gives
 * the scheme a real origin and relative URL resolution (storage works too);
 * `secure` makes it a secure context. Vite emits
 * `<script type="module" crossorigin>`, fetched in CORS mode, hence
 * supportFetchAPI and corsEnabled. Never bypassCSP.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
} as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Characters no file in our build output has, and that mean something else to some file system. */
const FORBIDDEN_IN_SEGMENT = /[/\\:\0]/;

/**
 * Maps a request URL to a file inside `rootDir`, or null when the URL is
 * not ours or could name anything outside it. Each path segment is decoded
 * once and must then be a plain file name: an encoded `/` or `\` (`..%2f`,
 * `%5c`), a drive letter, a NUL or a `..` is refused outright rather than
 * normalised, and the result is checked to lie under `rootDir` regardless.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST) return null;

  const segments: string[] = [];
  for (const raw of url.pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || FORBIDDEN_IN_SEGMENT.test(segment)) return null;
    segments.push(segment);
  }
  if (segments.length === 0) segments.push('index.html');

  const root = resolve(rootDir);
  const file = resolve(root, ...segments);
  const fromRoot = relative(root, file);
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) return null;
  return file;
}

export interface AppRequestHandlerOptions {
  rootDir: string;
  /** Injected for tests; defaults to fs.promises.readFile (which reads inside app.asar under Electron). */
  readFile?: (file: string) => Promise<Uint8Array>;
}

function securityHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

/** The `protocol.handle` callback: every response, errors included, carries the CSP. */
export function createAppRequestHandler(options: AppRequestHandlerOptions): (request: Request) => Promise<Response> {
  const readFile = options.readFile ?? fsReadFile;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'method not allowed');
    const file = resolveAppPath(options.rootDir, request.url);
    if (file === null) return plain(403, 'forbidden');
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return plain(404, 'not found');
    }
    const headers = securityHeaders(contentTypeFor(file));
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
