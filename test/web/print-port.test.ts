/**
 * The browser host printing for real: the core renders the form, the host's
 * Chromium opens it from /print-jobs/, loads the bundled font from
 * /print-assets/ and prints it; poppler reads the PDF back.
 */
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName } from '../../shared/contract';
import { handlers } from '../../electron/core/handlers';
import { completeSetup } from '../../electron/core/desk/setup';
import { openCore, type Core } from '../../electron/core/open-core';
import { createPrintJobs } from '../../electron/web/print-jobs';
import { chromiumPathFrom, createChromiumPrintPort, type ChromiumPrintPort } from '../../electron/web/print-port';
import { createWebHost } from '../../electron/web/server';
import { buildCaseInput, tempDir } from '../factories/core';

const RESOURCES_DIR = resolve(import.meta.dirname, '../../resources');

let core: Core;
let port: ChromiumPrintPort;
let base: string;
let close: () => void;
// One host and one Chromium for the file: the factories' temp folders are per test.
const hostDir = mkdtempSync(join(tmpdir(), 'complaint-desk-print-port-'));

beforeAll(async () => {
  const rendererDir = join(hostDir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  core = openCore({ dataDir: join(hostDir, 'data') });
  completeSetup(core, { orgName: '测试物业服务中心', deskCode: 'A', firstUserName: '王前台', password: 'pw-123456' });
  const jobs = createPrintJobs();
  const server = createWebHost({ ctx: core, handlers, rendererDir, print: { resourcesDir: RESOURCES_DIR, jobs } });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  port = createChromiumPrintPort({ origin: base, jobs });
  core.ports = { ...core.ports, print: port };
  close = () => server.close();
  cookie = await signIn();
}, 60_000);

let cookie = '';

/** Signs in as a browser does: the session lives in the cookie the host hands back. */
async function signIn(): Promise<string> {
  const response = await fetch(`${base}/rpc/session.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: '王前台', password: 'pw-123456' }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}

afterAll(async () => {
  await port?.close();
  close?.();
  core?.close();
  rmSync(hostDir, { recursive: true, force: true });
});

async function rpc<C extends ChannelName>(channel: C, input: ChannelInput<C>) {
  const response = await fetch(`${base}/rpc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(input),
  });
  return (await response.json()) as { ok: true; value: Record<string, unknown> } | { ok: false; error: { code: string } };
}

function readBack(pdfBase64: string): { info: string; text: string; fonts: string } {
  const path = join(tempDir('pdf-'), 'form.pdf');
  writeFileSync(path, Buffer.from(pdfBase64, 'base64'));
  return {
    info: execFileSync('pdfinfo', [path], { encoding: 'utf8' }),
    text: execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ''),
    fonts: execFileSync('pdffonts', [path], { encoding: 'utf8' }),
  };
}

describe('the browser host print port', () => {
  it('takes its Chromium from CHROMIUM_PATH, else the system one', () => {
    expect(chromiumPathFrom({ CHROMIUM_PATH: '/opt/chrome/chrome' })).toBe('/opt/chrome/chrome');
    expect(chromiumPathFrom({})).toBe('/usr/bin/chromium');
    expect(port.assetBaseUrl).toBe(`${base}/print-assets/`);
  });

  it("prints a case's handling form to an A4 PDF in the bundled font", async () => {
    const registered = await rpc('cases.register', buildCaseInput());
    if (!registered.ok) throw new Error(JSON.stringify(registered.error));
    const result = await rpc('print.pdf', { kind: 'handling', caseId: registered.value.id as string });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const number = registered.value.number as string;
    expect(result.value.fileName).toBe(`投诉处理记录表-${number}.pdf`);
    const pdf = readBack(result.value.pdfBase64 as string);
    expect(pdf.info).toMatch(/^Page size:.*\(A4\)/m);
    expect(pdf.text).toContain('投诉处理记录表');
    expect(pdf.text).toContain(number);
    expect(pdf.fonts).toMatch(/NotoSansSC/);
  }, 60_000);

  it('prints a blank form and a batch, each case on its own pages', async () => {
    const a = await rpc('cases.register', buildCaseInput({ complainantName: '赵先生' }));
    const b = await rpc('cases.register', buildCaseInput({ complainantName: '钱女士' }));
    if (!a.ok || !b.ok) throw new Error('register failed');
    const batch = await rpc('print.pdf', { kind: 'handling', caseIds: [a.value.id as string, b.value.id as string] });
    if (!batch.ok) throw new Error(JSON.stringify(batch.error));
    const pdf = readBack(batch.value.pdfBase64 as string);
    expect(Number(/^Pages:\s+(\d+)/m.exec(pdf.info)?.[1])).toBeGreaterThanOrEqual(2);
    expect(pdf.text).toContain(a.value.number as string);
    expect(pdf.text).toContain(b.value.number as string);

    const blank = await rpc('print.pdf', { kind: 'rectification-notice', blank: true });
    if (!blank.ok) throw new Error(JSON.stringify(blank.error));
    expect(blank.value.fileName).toBe('工程整改通知单-空白.pdf');
    expect(readBack(blank.value.pdfBase64 as string).text).toContain('工程整改通知单');
  }, 60_000);

  it('has no system print or save dialog: the UI prints and downloads from its preview', async () => {
    const registered = await rpc('cases.register', buildCaseInput());
    if (!registered.ok) throw new Error('register failed');
    const request = { kind: 'handling' as const, caseId: registered.value.id as string };
    expect(await rpc('print.print', request)).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
    expect(await rpc('print.savePdf', request)).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
  });
});
