import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { handlers } from '../../electron/core/handlers';
import { createPrintJobs, type PrintJobs } from '../../electron/web/print-jobs';
import { createWebHost } from '../../electron/web/server';
import { openTestCore, tempDir } from '../factories/core';

async function startHost(jobs: PrintJobs = createPrintJobs()) {
  const rendererDir = tempDir('renderer-');
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  const resourcesDir = tempDir('resources-');
  mkdirSync(join(resourcesDir, 'fonts', 'noto-sans-sc'), { recursive: true });
  writeFileSync(join(resourcesDir, 'fonts', 'noto-sans-sc', 'noto-sans-sc.css'), '@font-face {}');
  writeFileSync(join(tempDir('outside-'), 'secret.txt'), 'secret');
  const server = createWebHost({ ctx: openTestCore(), handlers, rendererDir, print: { resourcesDir, jobs } });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, jobs, close: () => server.close() };
}

describe('the print job list', () => {
  it('hands each job out once, at an unguessable path', () => {
    const jobs = createPrintJobs();
    const first = jobs.add('<p>one</p>');
    const second = jobs.add('<p>two</p>');
    expect(first).toMatch(/^\/print-jobs\/[0-9a-f]{32}$/);
    expect(second).not.toBe(first);
    expect(jobs.take(first.slice('/print-jobs/'.length))).toBe('<p>one</p>');
    expect(jobs.take(first.slice('/print-jobs/'.length))).toBeUndefined();
    expect(jobs.size).toBe(1);
  });

  it('forgets a job nobody fetched', () => {
    vi.useFakeTimers();
    try {
      const jobs = createPrintJobs({ ttlMs: 1000 });
      const path = jobs.add('<p>late</p>');
      vi.advanceTimersByTime(1001);
      expect(jobs.take(path.slice('/print-jobs/'.length))).toBeUndefined();
      expect(jobs.size).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the browser host print routes', () => {
  it('serves the resources folder under /print-assets/ and nothing outside it', async () => {
    const host = await startHost();
    const css = await fetch(`${host.base}/print-assets/fonts/noto-sans-sc/noto-sans-sc.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
    expect(await css.text()).toBe('@font-face {}');
    expect((await fetch(`${host.base}/print-assets/fonts/missing.css`)).status).toBe(404);
    expect((await fetch(`${host.base}/print-assets/..%2f..%2fetc%2fpasswd`)).status).toBe(403);
    expect((await fetch(`${host.base}/print-assets/%2e%2e/outside-/secret.txt`)).status).toBeGreaterThanOrEqual(403);
    expect((await fetch(`${host.base}/print-assets/%E0%A4%A`)).status).toBe(400);
    // The renderer's own files are not reachable through the print prefix, nor the other way round.
    expect((await fetch(`${host.base}/print-assets/index.html`)).status).toBe(404);
    expect((await fetch(`${host.base}/fonts/noto-sans-sc/noto-sans-sc.css`)).status).toBe(404);
    host.close();
  });

  it('serves a rendered form once, locked down, then forgets it', async () => {
    const host = await startHost();
    const path = host.jobs.add('<!doctype html><title>form</title><p>投诉处理记录表</p>');
    const first = await fetch(`${host.base}${path}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toContain('text/html');
    expect(first.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(await first.text()).toContain('投诉处理记录表');
    expect((await fetch(`${host.base}${path}`)).status).toBe(404);
    expect((await fetch(`${host.base}/print-jobs/not-a-job`)).status).toBe(404);
    host.close();
  });

  it('has no print routes when printing is not configured', async () => {
    const rendererDir = tempDir('renderer-');
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
    const server = createWebHost({ ctx: openTestCore(), handlers, rendererDir });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect((await fetch(`${base}/print-assets/fonts/noto-sans-sc/noto-sans-sc.css`)).status).toBe(404);
    server.close();
  });
});
