import { useChannelValue } from '../../lib/use-channel-value';

/** How many days back a same-unit, same-category complaint counts as a likely duplicate (a setting). */
export function useDuplicateWindow(): number | null {
  return useChannelValue('settings.get', {})?.values.duplicateWindowDays ?? null;
}
