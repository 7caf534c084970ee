import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { handlers } from '../../electron/core/handlers';
import type { Core } from '../../electron/core/open-core';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../electron/main/app-origin';
import {
  isTrustedSender,
  registerIpc,
  type IpcInvokeEventLike,
  type IpcMainLike,
} from '../../electron/main/ipc';
import { openTestCore } from '../factories/core';

type Listener = (event: IpcInvokeEventLike, ...args: unknown[]) => unknown;

/** Records what registerIpc hands to ipcMain and lets a test call it the way Electron would. */
class FakeIpcMain implements IpcMainLike {
  readonly listeners = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.listeners.has(channel)) throw new Error(`second handler for ${channel}`);
    this.listeners.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.listeners.delete(channel);
  }
  async invoke(channel: string, event: IpcInvokeEventLike, input: unknown): Promise<Result<unknown>> {
    const listener = this.listeners.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return (await listener(event, input)) as Result<unknown>;
  }
}

const OUR_WINDOW = 1;
const fromOurWindow: IpcInvokeEventLike = { sender: { id: OUR_WINDOW }, senderFrame: { url: `${APP_ENTRY_URL}#/cases` } };

function setUp(core: Core = openTestCore({ setup: false }), trustedOrigins: readonly string[] = [APP_ORIGIN]) {
  const ipcMain = new FakeIpcMain();
  const refusals: string[] = [];
  const unregister = registerIpc(ipcMain, {
    handlers,
    ctx: core,
    trustedOrigins,
    isOurWebContents: (sender) => sender.id === OUR_WINDOW,
    dispatchOptions: { checkOutput: true },
    log: (message) => refusals.push(message),
  });
  return { ipcMain, core, refusals, unregister };
}

/** Read through a trusted call, so the check does not depend on table names. */
async function setupDone(ipcMain: FakeIpcMain): Promise<boolean> {
  const status = await ipcMain.invoke('setup.status', fromOurWindow, {});
  if (!status.ok) throw new Error(status.error.message);
  return (status.value as { setupDone: boolean }).setupDone;
}

describe('isTrustedSender', () => {
  it('trusts our scheme and, in development, the dev server', () => {
    expect(isTrustedSender('app://complaint-desk/index.html', [APP_ORIGIN])).toBe(true);
    expect(isTrustedSender('http://localhost:5173/', [APP_ORIGIN, 'http://localhost:5173'])).toBe(true);
  });

  it('trusts nothing else', () => {
    const trusted = [APP_ORIGIN];
    for (const url of [
      'http://localhost:5173/',
      'https://evil.example/',
      'app://evil.example/index.html',
      'app://complaint-desk.evil.example/',
      'file:///C:/app/out/renderer/index.html',
      'about:blank',
      'data:text/html,<script>1</script>',
      'devtools://devtools/bundled/inspector.html',
      '',
    ]) {
      expect(isTrustedSender(url, trusted), url).toBe(false);
    }
  });
});

describe('registerIpc', () => {
  it('registers exactly one handler per contract channel, and removes them all again', () => {
    const { ipcMain, unregister } = setUp();
    expect([...ipcMain.listeners.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    unregister();
    expect(ipcMain.listeners.size).toBe(0);
  });

  it('lets a valid call from our window reach the real core', async () => {
    const { ipcMain } = setUp();
    expect(await ipcMain.invoke('setup.status', fromOurWindow, {})).toMatchObject({ ok: true, value: { setupDone: false } });

    const setup = await ipcMain.invoke('setup.complete', fromOurWindow, {
      orgName: '阳光物业服务中心',
      deskCode: 'b2',
      firstUserName: '王前台',
      password: 'mima-2026',
    });
    expect(setup).toMatchObject({ ok: true, value: { user: { name: '王前台', role: 'manager' } } });
    expect(await ipcMain.invoke('setup.status', fromOurWindow, undefined)).toMatchObject({
      ok: true,
      value: { setupDone: true, orgName: '阳光物业服务中心', deskCode: 'B2' },
    });
  });

  it('answers invalid input with VALIDATION and field issues, before the core', async () => {
    const { ipcMain } = setUp();
    const result = await ipcMain.invoke('setup.complete', fromOurWindow, { orgName: '  ', deskCode: 'TOO-LONG', firstUserName: '' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.issues?.map((issue) => issue.path).sort()).toEqual(['deskCode', 'firstUserName', 'orgName', 'password']);
    expect(await setupDone(ipcMain)).toBe(false);

    expect(await ipcMain.invoke('setup.complete', fromOurWindow, 'not an object')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it.each<[string, IpcInvokeEventLike]>([
    ['a page on another origin', { sender: { id: OUR_WINDOW }, senderFrame: { url: 'https://evil.example/' } }],
    ['a file:// page', { sender: { id: OUR_WINDOW }, senderFrame: { url: 'file:///tmp/index.html' } }],
    ['the dev server when not in development', { sender: { id: OUR_WINDOW }, senderFrame: { url: 'http://localhost:5173/' } }],
    ['a destroyed or navigated-away frame', { sender: { id: OUR_WINDOW }, senderFrame: null }],
    ['a web contents that is not one of our windows', { sender: { id: 99 }, senderFrame: { url: APP_ENTRY_URL } }],
  ])('refuses %s with FORBIDDEN_SENDER, without touching the core', async (_name, event) => {
    const { ipcMain, refusals } = setUp();
    const result = await ipcMain.invoke('setup.complete', event, { orgName: '恶意', deskCode: 'X', firstUserName: '某人' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(await setupDone(ipcMain)).toBe(false);
    expect(refusals).toHaveLength(1);
  });

  it('refuses on every channel, not just some', async () => {
    const { ipcMain } = setUp();
    const stranger: IpcInvokeEventLike = { sender: { id: OUR_WINDOW }, senderFrame: { url: 'https://evil.example/' } };
    for (const channel of CHANNEL_NAMES) {
      expect(await ipcMain.invoke(channel, stranger, {}), channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
  });

  it('trusts the dev server when it is one of the trusted origins', async () => {
    const { ipcMain } = setUp(undefined, [APP_ORIGIN, 'http://localhost:5173']);
    const fromDevServer: IpcInvokeEventLike = { sender: { id: OUR_WINDOW }, senderFrame: { url: 'http://localhost:5173/' } };
    expect(await ipcMain.invoke('setup.status', fromDevServer, {})).toMatchObject({ ok: true });
  });

  it('carries core refusals through as their stable codes', async () => {
    const { ipcMain } = setUp(openTestCore());
    expect(await ipcMain.invoke('cases.get', fromOurWindow, { id: 'no-such-case' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
