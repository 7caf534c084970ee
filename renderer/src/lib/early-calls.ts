import type { ChannelName, ChannelOutput } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { call } from './api';

/**
 * The first questions every start asks (is this desk set up, who is signed
 * in), sent while the rest of the app is still being read and the catalogue
 * loaded instead of one after another once the screen mounts: about 150 ms
 * off every start. Each answer is used once, by the first screen to ask.
 */
const early = new Map<ChannelName, Promise<Result<unknown>>>();

export function startEarlyCalls(channels: readonly ('setup.status' | 'session.get')[]): void {
  for (const channel of channels) early.set(channel, call(channel, {}));
}

/** The answer started early, once; afterwards (or if none was started) undefined, and the caller asks itself. */
export function takeEarly<C extends 'setup.status' | 'session.get'>(channel: C): Promise<Result<ChannelOutput<C>>> | undefined {
  const answer = early.get(channel);
  early.delete(channel);
  return answer as Promise<Result<ChannelOutput<C>>> | undefined;
}

/** Forgets an early answer that no longer holds (who was signed in before the desk was set up). */
export function dropEarly(channel: 'setup.status' | 'session.get'): void {
  early.delete(channel);
}
