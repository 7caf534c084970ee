import { useEffect, useState } from 'react';
import type { CaseSummary } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';

/** As many as one batch may hold (the print contract takes at most 200 cases). */
export const BATCH_LIMIT = 200;

export type DispatchedCases =
  | { status: 'loading' }
  | { status: 'ready'; rows: CaseSummary[]; total: number }
  | { status: 'failed'; error: AppError };

/**
 * The cases waiting with a department now (status 已派单), most recently
 * received first. The list query cannot yet filter on when a case was
 * dispatched, so "today's dispatches" are picked from these by hand.
 */
export function useDispatchedCases(): DispatchedCases {
  const [state, setState] = useState<DispatchedCases>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    void call('cases.list', {
      statuses: ['dispatched'],
      sort: { column: 'receivedAt', direction: 'desc' },
      limit: BATCH_LIMIT,
    }).then((result) => {
      if (!current) return;
      setState(result.ok ? { status: 'ready', rows: result.value.rows, total: result.value.total } : { status: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, []);
  return state;
}
