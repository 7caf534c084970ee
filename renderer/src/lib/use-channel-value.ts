import { useEffect, useState } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';
import { call } from './api';

/**
 * What one channel answers for a screen to show: asked when the component mounts and again when the
 * input changes (compared as JSON), undefined until an answer comes; a failed call leaves it as it was.
 * An answer to an input no longer shown is dropped.
 */
export function useChannelValue<C extends ChannelName>(channel: C, input: ChannelInput<C>): ChannelOutput<C> | undefined {
  const [value, setValue] = useState<ChannelOutput<C>>();
  const key = JSON.stringify(input);
  useEffect(() => {
    let current = true;
    void call(channel, JSON.parse(key) as ChannelInput<C>).then((result) => {
      if (current && result.ok) setValue(result.value);
    });
    return () => {
      current = false;
    };
  }, [channel, key]);
  return value;
}
