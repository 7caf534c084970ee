import { useEffect, useState } from 'react';
import type { CaseSummary, ChannelInput } from '../../../../shared/contract';
import type { CaseStatus } from '../../../../shared/domain';
import type { AppError } from '../../../../shared/result';
import { call } from '../../lib/api';

/** As many as one batch may hold (the print contract takes at most 200 cases). */
export const BATCH_LIMIT = 200;

/** Which date the month is about: received, dispatched or resolved in it (002 4.7 sends a month's forms at month end). */
export const MONTH_OF = ['receivedAt', 'dispatchedAt', 'resolvedAt'] as const;
export type MonthOf = (typeof MONTH_OF)[number];

export interface BatchFilter {
  /** A state, or '' for every state. */
  status: CaseStatus | '';
  /** `YYYY-MM` in the desk's time, or '' for any time. */
  month: string;
  monthOf: MonthOf;
}

export type BatchCases =
  | { status: 'loading' }
  | { status: 'ready'; rows: CaseSummary[]; total: number }
  | { status: 'failed'; error: AppError };

/** The month's first and last millisecond, in the desk's local time. */
export function monthRange(month: string): { from: number; to: number } {
  const [year, monthIndex] = month.split('-').map(Number) as [number, number];
  return { from: new Date(year, monthIndex - 1, 1).getTime(), to: new Date(year, monthIndex, 1).getTime() - 1 };
}

/** The list query for a batch: the chosen state and month, most recently received first. */
export function batchQuery(filter: BatchFilter): ChannelInput<'cases.list'> {
  const query: ChannelInput<'cases.list'> = {
    statuses: filter.status ? [filter.status] : [],
    sort: { column: 'receivedAt', direction: 'desc' },
    limit: BATCH_LIMIT,
  };
  if (!filter.month) return query;
  const { from, to } = monthRange(filter.month);
  if (filter.monthOf === 'receivedAt') return { ...query, receivedFrom: from, receivedTo: to };
  return { ...query, handledWithin: { field: filter.monthOf, from, to } };
}

/** The cases a batch may be printed from: by default those waiting with a department now (已派单). */
export function useBatchCases(filter: BatchFilter): BatchCases {
  const [state, setState] = useState<BatchCases>({ status: 'loading' });
  const { status, month, monthOf } = filter;
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    void call('cases.list', batchQuery({ status, month, monthOf })).then((result) => {
      if (!current) return;
      setState(result.ok ? { status: 'ready', rows: result.value.rows, total: result.value.total } : { status: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [status, month, monthOf]);
  return state;
}
