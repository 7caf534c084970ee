/**
 * The one way components reach the core. Inside Electron the preload has
 * put a typed `window.api` on the page; in the browser host there is none,
 * so the HTTP transport is loaded instead. Either way every call answers
 * `{ ok, value } | { ok: false, error }` and never throws.
 */
import type { Api } from '../../../shared/api';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';
import type { AppError, Result } from '../../../shared/result';

let apiPromise: Promise<Api> | undefined;

function loadApi(): Promise<Api> {
  if (window.api) return Promise.resolve(window.api);
  return import('./http-transport').then((transport) => transport.createHttpApi());
}

type FailureListener = (error: AppError) => void;
const failureListeners = new Set<FailureListener>();

/** Lets the shell react to failures any screen may hit, such as the person at the desk no longer being chosen. */
export function onApiFailure(listener: FailureListener): () => void {
  failureListeners.add(listener);
  return () => {
    failureListeners.delete(listener);
  };
}

export async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
  let result: Result<ChannelOutput<C>>;
  try {
    apiPromise ??= loadApi();
    const api = await apiPromise;
    result = await api[channel](input);
  } catch (error) {
    // The transport itself failed (host gone, IPC broken): nothing reached the core.
    result = { ok: false, error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) } };
  }
  if (!result.ok) {
    for (const listener of failureListeners) listener(result.error);
  }
  return result;
}
