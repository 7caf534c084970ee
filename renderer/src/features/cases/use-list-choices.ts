import { useEffect, useState } from 'react';
import type { Department, Site } from '../../../../shared/schemas/settings';
import { call } from '../../lib/api';

export interface ListChoices {
  departments: Department[];
  /** Active sites (项目) first in the organisation's order, then retired ones: old cases still name them. */
  sites: Site[];
}

/** The organisation's departments and sites, for the list's filters. */
export function useListChoices(): ListChoices {
  const [choices, setChoices] = useState<ListChoices>({ departments: [], sites: [] });
  useEffect(() => {
    let current = true;
    void call('settings.get', {}).then((result) => {
      if (!current || !result.ok) return;
      const { departments, sites } = result.value;
      setChoices({ departments, sites: [...sites.filter((s) => s.active), ...sites.filter((s) => !s.active)] });
    });
    return () => {
      current = false;
    };
  }, []);
  return choices;
}
