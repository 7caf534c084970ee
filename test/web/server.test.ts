import { once } from 'node:events';
import { connect, type AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlers } from '../../electron/core/handlers';
import { createWebHost } from '../../electron/web/server';
import { openTestCore, tempDir } from '../factories/core';
import { completeSetup } from '../../electron/core/desk/setup';

async function startHost() {
  const rendererDir = tempDir('renderer-');
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>ok</title>');
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  const ctx = openTestCore({ setup: false });
  completeSetup(ctx, { orgName: '测试物业', deskCode: 'A', firstUserName: '王前台', password: 'pw-123456' });
  ctx.session.userId = null;
  const server = createWebHost({ ctx, handlers, rendererDir });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, close: () => server.close() };
}

describe('the browser host', () => {
  it('answers the contract over HTTP from the same handler table', async () => {
    const host = await startHost();
    const response = await fetch(`${host.base}/rpc/setup.status`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(await response.json()).toMatchObject({ ok: true, value: { setupDone: true, deskCode: 'A' } });
    const invalid = await fetch(`${host.base}/rpc/setup.complete`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"orgName": 5}' });
    expect(await invalid.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    host.close();
  });

  it('keeps one session per browser in an HttpOnly, SameSite=Strict cookie', async () => {
    const host = await startHost();
    const call = (channel: string, body: unknown, cookie?: string) =>
      fetch(`${host.base}/rpc/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      });
    const first = await call('session.signIn', { name: '王前台', password: 'pw-123456' });
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^cd_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(await first.json()).toMatchObject({ ok: true, value: { user: { name: '王前台' } } });
    const token = cookie.split(';')[0]!;
    // This browser is signed in; another (no cookie, or a made-up one) is not.
    expect(await (await call('cases.list', {}, token)).json()).toMatchObject({ ok: true });
    expect(await (await call('cases.list', {})).json()).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    expect(await (await call('cases.list', {}, 'cd_session=guessed')).json()).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    host.close();
  });

  it('answers only to its own address, sends the CSP on every page, and survives a malformed request', async () => {
    const host = await startHost();
    const page = await fetch(`${host.base}/`);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const port = Number(new URL(host.base).port);
    const raw = (text: string) =>
      new Promise<string>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => socket.end(text));
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk.toString()));
        socket.on('close', () => resolve(answer));
        socket.on('error', () => resolve(answer));
      });
    // A page on another name that resolves here (DNS rebinding) sends that name as the Host.
    expect(await raw('GET / HTTP/1.1\r\nHost: evil.example:' + port + '\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 421/);
    expect(await raw('THIS IS NOT HTTP\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw('GET http://[::1 HTTP/1.1\r\nHost: 127.0.0.1:' + port + '\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    // Still answering.
    expect((await fetch(`${host.base}/`)).status).toBe(200);
    host.close();
  });

  it('refuses calls another web page could make, and paths outside the app', async () => {
    const host = await startHost();
    const form = await fetch(`${host.base}/rpc/setup.status`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(403);
    const foreign = await fetch(`${host.base}/rpc/setup.status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
      body: '{}',
    });
    expect(foreign.status).toBe(403);
    expect((await fetch(`${host.base}/assets/app.js`)).status).toBe(200);
    expect((await fetch(`${host.base}/..%2f..%2fetc%2fpasswd`)).status).toBeGreaterThanOrEqual(403);
    host.close();
  });
});
