import { useCallback, useState } from 'react';
import type { VisibilityState } from '@tanstack/react-table';
import { remembered } from '../../lib/remembered';
import { DEFAULT_HIDDEN_COLUMNS } from './case-columns';

export interface ColumnVisibility {
  visibility: VisibilityState;
  setShown: (columnId: string, shown: boolean) => void;
  reset: () => void;
}

function defaults(): VisibilityState {
  return Object.fromEntries(DEFAULT_HIDDEN_COLUMNS.map((id) => [id, false]));
}

function read(key: string): VisibilityState {
  try {
    const stored = JSON.parse(remembered(key).read() || 'null') as unknown;
    if (stored && typeof stored === 'object' && !Array.isArray(stored)) {
      return Object.fromEntries(Object.entries(stored).filter(([, shown]) => typeof shown === 'boolean')) as VisibilityState;
    }
  } catch {
    // Unreadable (an older shape): the defaults stand.
  }
  return defaults();
}

/** Which columns of the case list this person shows, kept on this computer under their account. */
export function useColumnVisibility(userId: string): ColumnVisibility {
  const key = `complaint-desk.case-columns.${userId}`;
  const [visibility, setVisibility] = useState<VisibilityState>(() => read(key));
  const save = useCallback(
    (next: VisibilityState) => {
      setVisibility(next);
      remembered(key).write(JSON.stringify(next));
    },
    [key],
  );
  return {
    visibility,
    setShown: (columnId, shown) => save({ ...visibility, [columnId]: shown }),
    reset: () => save(defaults()),
  };
}
