import { useEffect, useState } from 'react';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { call } from './api';

/** Often enough for a bar to move smoothly, rarely enough to cost the core nothing. */
const POLL_MS = 300;

/** What screens poll while they wait: channels that take no input and say how far something has got. */
type PolledChannel = 'tasks.current' | 'upgrade.status';

/**
 * While `active`, asks `channel` over and over (again POLL_MS after each answer); undefined before the first
 * answer and while inactive. A failed call keeps the last answer.
 */
export function usePolledValue<C extends PolledChannel>(channel: C, active: boolean): ChannelOutput<C> | undefined {
  const [value, setValue] = useState<ChannelOutput<C>>();
  useEffect(() => {
    if (!active) {
      setValue(undefined);
      return;
    }
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const result = await call(channel, {} as ChannelInput<C>);
      if (stopped) return;
      if (result.ok) setValue(result.value);
      timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [channel, active]);
  return value;
}
