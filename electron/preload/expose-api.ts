/**
 * Builds window.api from the shared contract. Only this typed object
 * crosses the context bridge; ipcRenderer itself never does. Kept free of
 * the 'electron' import so a Node test can check exactly what is exposed.
 */
import { buildApi, type Api, type Invoke } from '../../shared/api';
import type { ChannelName } from '../../shared/contract';
import type { Result } from '../../shared/result';

export const API_KEY = 'api';

export interface ContextBridgeLike {
  exposeInMainWorld(apiKey: string, api: unknown): void;
}

/** `ipcRenderer.invoke`, narrowed to what we call it with. */
export type IpcInvoke = (channel: ChannelName, input: unknown) => Promise<unknown>;

/**
 * A rejected invoke (the main process has no handler, or is shutting down)
 * becomes an INTERNAL result, so every call resolves to a Result as the Api
 * type promises.
 */
export function safeInvoke(ipcInvoke: IpcInvoke): Invoke {
  return async (channel, input) => {
    try {
      return await ipcInvoke(channel, input);
    } catch {
      const failure: Result<never> = {
        ok: false,
        error: { code: 'INTERNAL', message: `The call to ${channel} did not reach the app.` },
      };
      return failure;
    }
  };
}

export function exposeApi(bridge: ContextBridgeLike, ipcInvoke: IpcInvoke): Api {
  const api = buildApi(safeInvoke(ipcInvoke));
  bridge.exposeInMainWorld(API_KEY, api);
  return api;
}
