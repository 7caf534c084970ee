import { useEffect, useState } from 'react';
import { call } from '../../lib/api';

/** How many days back a same-unit, same-category complaint counts as a likely duplicate (a setting). */
export function useDuplicateWindow(): number | null {
  const [days, setDays] = useState<number | null>(null);
  useEffect(() => {
    let current = true;
    void call('settings.get', {}).then((result) => {
      if (current && result.ok) setDays(result.value.values.duplicateWindowDays);
    });
    return () => {
      current = false;
    };
  }, []);
  return days;
}
