import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlers } from '../../electron/core/handlers';
import { createWebHost } from '../../electron/web/server';
import { openTestCore, tempDir } from '../factories/core';

async function startHost() {
  const rendererDir = tempDir('renderer-');
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>ok</title>');
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  const server = createWebHost({ ctx: openTestCore(), handlers, rendererDir });
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
    const invalid = await fetch(`${host.base}/rpc/cases.get`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"id": 5}' });
    expect(await invalid.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
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
