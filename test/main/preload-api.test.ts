import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, type ChannelName } from '../../shared/contract';
import { API_KEY, exposeApi } from '../../electron/preload/expose-api';

function fakeBridge() {
  const exposed = new Map<string, unknown>();
  return { exposed, bridge: { exposeInMainWorld: (key: string, api: unknown) => void exposed.set(key, api) } };
}

describe('the preload', () => {
  it('exposes one object, window.api, with one function per channel and nothing else', () => {
    const { exposed, bridge } = fakeBridge();
    exposeApi(bridge, async () => ({ ok: true, value: null }));
    expect([...exposed.keys()]).toEqual([API_KEY]);
    expect(API_KEY).toBe('api');
    const api = exposed.get('api') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it('sends the channel and input to invoke, and returns its answer', async () => {
    const calls: [ChannelName, unknown][] = [];
    const { bridge } = fakeBridge();
    const api = exposeApi(bridge, async (channel, input) => {
      calls.push([channel, input]);
      return { ok: true, value: { user: null } };
    });
    expect(await api['session.get']({})).toEqual({ ok: true, value: { user: null } });
    expect(calls).toEqual([['session.get', {}]]);
  });

  it('turns a failed invoke into an INTERNAL result rather than a rejection', async () => {
    const { bridge } = fakeBridge();
    const api = exposeApi(bridge, () => Promise.reject(new Error("No handler registered for 'cases.list'")));
    expect(await api['cases.list']({})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
