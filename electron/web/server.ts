/**
 * The browser host: serves the built renderer and answers the IPC contract
 * over HTTP from the same handler table and core as the desktop app, so the
 * real UI can be tried and tested in Chromium here, where the Electron
 * binary cannot be downloaded. Bound to 127.0.0.1 only. For printing it
 * also serves the app's resources (the forms' font) under /print-assets/
 * and each rendered form once under /print-jobs/<id>.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { CoreContext } from '../core/context';
import { dispatch } from '../core/dispatch';
import type { Handlers } from '../core/handlers';
import { PRINT_ASSETS_PREFIX, PRINT_JOBS_PREFIX, type PrintJobs } from './print-jobs';
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';
import { createBrowserSessions, type BrowserSessions } from './browser-sessions';

export const RPC_PREFIX = '/rpc/';
const MAX_BODY_BYTES = 25 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

/** What the print page may load besides itself; the rendered form carries the same policy in a meta tag. */
const PRINT_JOB_CSP = "default-src 'none'; style-src 'unsafe-inline' 'self'; font-src 'self'; img-src data:";

export interface WebHostOptions {
  ctx: CoreContext;
  handlers: Handlers;
  rendererDir: string;
  /**
   * Printing: the app's `resources/` folder, served under /print-assets/
   * for the forms' font, and the rendered forms waiting at /print-jobs/<id>
   * for the host's Chromium (see print-port.ts). Both or neither.
   */
  print?: { resourcesDir: string; jobs: PrintJobs };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Every response carries the app's CSP (no other page may frame it) and is never sniffed as another type. */
const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': 'no-store', ...extra });
  response.end(body);
}

async function answerRpc(
  options: WebHostOptions,
  sessions: BrowserSessions,
  channel: string,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const { session, setCookie } = sessions.sessionFor(request);
  let input: unknown;
  try {
    const body = await readBody(request);
    input = body ? JSON.parse(body) : {};
  } catch {
    send(response, 400, CONTENT_TYPES['.json']!, JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'Body is not JSON' } }));
    return;
  }
  // The same core and handlers, with this browser's session: who is signed in here.
  const result = await dispatch(options.handlers, { ...options.ctx, session }, channel, input);
  send(response, 200, CONTENT_TYPES['.json']!, JSON.stringify(result), setCookie ? { 'set-cookie': setCookie } : {});
}

/** A file under `root` named by a URL path relative to it; anything that could reach outside is refused. */
async function serveFile(root: string, urlPath: string, response: ServerResponse) {
  const rootDir = resolve(root);
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath).replace(/^\/+/, '');
  } catch {
    send(response, 400, 'text/plain', 'bad request');
    return;
  }
  const file = normalize(join(rootDir, relative));
  if (relative.includes('\0') || (file !== rootDir && !file.startsWith(rootDir + sep))) {
    send(response, 403, 'text/plain', 'forbidden');
    return;
  }
  try {
    const body = await readFile(file);
    send(response, 200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body);
  } catch {
    send(response, 404, 'text/plain', 'not found');
  }
}

function servePrintJob(jobs: PrintJobs, id: string, response: ServerResponse) {
  const html = jobs.take(id);
  if (html === undefined) {
    send(response, 404, 'text/plain', 'not found');
    return;
  }
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': CONTENT_TYPES['.html']!,
    'cache-control': 'no-store',
    'content-security-policy': PRINT_JOB_CSP,
  });
  response.end(html);
}

function serveGet(options: WebHostOptions, pathname: string, response: ServerResponse) {
  const { print } = options;
  if (print && pathname.startsWith(PRINT_ASSETS_PREFIX)) {
    void serveFile(print.resourcesDir, pathname.slice(PRINT_ASSETS_PREFIX.length), response);
  } else if (print && pathname.startsWith(PRINT_JOBS_PREFIX)) {
    servePrintJob(print.jobs, pathname.slice(PRINT_JOBS_PREFIX.length), response);
  } else {
    void serveFile(options.rendererDir, pathname === '/' ? 'index.html' : pathname, response);
  }
}

/**
 * Only our own page may call: a JSON body (which another site cannot send
 * without a preflight this server never answers) and, when the browser
 * says where the call comes from, our own origin.
 */
export function isSameOriginJson(request: IncomingMessage): boolean {
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) return false;
  const origin = request.headers.origin;
  return origin === undefined || origin === `http://${request.headers.host}`;
}

/**
 * The Host header must name the address the host listens on: a page on another site whose name
 * resolves to 127.0.0.1 (DNS rebinding) sends its own name and is turned away.
 */
export function isOwnHost(request: IncomingMessage): boolean {
  const port = request.socket.localPort;
  return [`127.0.0.1:${port}`, `localhost:${port}`].includes(request.headers.host ?? '');
}

function route(options: WebHostOptions, sessions: BrowserSessions, request: IncomingMessage, response: ServerResponse): void {
  if (!isOwnHost(request)) {
    send(response, 421, 'text/plain', 'misdirected request');
    return;
  }
  let url: URL;
  try {
    url = new URL(request.url ?? '/', 'http://127.0.0.1');
  } catch {
    send(response, 400, 'text/plain', 'bad request');
    return;
  }
  if (request.method === 'POST' && url.pathname.startsWith(RPC_PREFIX)) {
    if (!isSameOriginJson(request)) {
      send(response, 403, 'text/plain', 'forbidden');
      return;
    }
    void answerRpc(options, sessions, url.pathname.slice(RPC_PREFIX.length), request, response);
  } else if (request.method === 'GET') {
    serveGet(options, url.pathname, response);
  } else {
    send(response, 405, 'text/plain', 'method not allowed');
  }
}

export function createWebHost(options: WebHostOptions): Server {
  const sessions = createBrowserSessions();
  const server = createServer((request, response) => {
    try {
      route(options, sessions, request, response);
    } catch {
      // Whatever a request holds, it costs that request an answer, never the host its life.
      if (!response.headersSent) send(response, 400, 'text/plain', 'bad request');
      else response.destroy();
    }
  });
  // A client reusing a kept-alive connection races the host closing it when idle (Node's 5 s): a call after a pause
  // met ECONNRESET. The host serves one desk on 127.0.0.1, so idle connections may stay open for two minutes.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 125_000;
  // A request line Node cannot parse: answer 400 and close that connection only.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  return server;
}
