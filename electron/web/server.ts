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

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

async function answerRpc(options: WebHostOptions, channel: string, request: IncomingMessage, response: ServerResponse) {
  let input: unknown;
  try {
    const body = await readBody(request);
    input = body ? JSON.parse(body) : {};
  } catch {
    send(response, 400, CONTENT_TYPES['.json']!, JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'Body is not JSON' } }));
    return;
  }
  const result = await dispatch(options.handlers, options.ctx, channel, input);
  send(response, 200, CONTENT_TYPES['.json']!, JSON.stringify(result));
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
    'content-type': CONTENT_TYPES['.html']!,
    'cache-control': 'no-store',
    'content-security-policy': PRINT_JOB_CSP,
    'x-content-type-options': 'nosniff',
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

export function createWebHost(options: WebHostOptions): Server {
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'POST' && url.pathname.startsWith(RPC_PREFIX)) {
      if (!isSameOriginJson(request)) {
        send(response, 403, 'text/plain', 'forbidden');
        return;
      }
      void answerRpc(options, url.pathname.slice(RPC_PREFIX.length), request, response);
    } else if (request.method === 'GET') {
      serveGet(options, url.pathname, response);
    } else {
      send(response, 405, 'text/plain', 'method not allowed');
    }
  });
}
