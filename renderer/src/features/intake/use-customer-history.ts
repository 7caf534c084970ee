import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract';
import { call } from '../../lib/api';
import { useDebouncedValue } from '../../lib/use-debounced-value';

export type Related = ChannelOutput<'cases.related'>;

/** Ask once typing pauses, not on every keystroke. */
const DEBOUNCE_MS = 300;

/**
 * The customer's and the unit's earlier cases (查阅客户历史记录, seed 000),
 * and a likely duplicate, looked up as soon as a phone number or a
 * building/room has been typed.
 */
export function useCustomerHistory(phone: string, buildingRoom: string, category: string): { related: Related | null; asked: boolean } {
  const key = useDebouncedValue(JSON.stringify({ phone: phone.trim(), buildingRoom: buildingRoom.trim(), category }), DEBOUNCE_MS);
  const [related, setRelated] = useState<Related | null>(null);
  const query = JSON.parse(key) as { phone: string; buildingRoom: string; category: string };
  const asked = query.phone !== '' || query.buildingRoom !== '';

  useEffect(() => {
    const { phone: p, buildingRoom: room, category: c } = JSON.parse(key) as typeof query;
    if (!p && !room) {
      setRelated(null);
      return;
    }
    let current = true;
    void call('cases.related', { phone: p, buildingRoom: room, category: c }).then((result) => {
      if (current && result.ok) setRelated(result.value);
    });
    return () => {
      current = false;
    };
  }, [key]);

  return { related: asked ? related : null, asked };
}
