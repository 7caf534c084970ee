/**
 * The typed client the renderer calls. The preload (Electron) and the HTTP
 * transport (browser host) both build it from the contract with their own
 * `invoke`; nothing else about the transport leaks to the renderer.
 */
import { CHANNEL_NAMES, type ChannelInput, type ChannelName, type ChannelOutput } from './contract';
import type { Result } from './result';

export type Api = {
  [C in ChannelName]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
};

export type Invoke = (channel: ChannelName, input: unknown) => Promise<unknown>;

export function buildApi(invoke: Invoke): Api {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const channel of CHANNEL_NAMES) {
    api[channel] = (input: unknown) => invoke(channel, input);
  }
  return api as Api;
}
