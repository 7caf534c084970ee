import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CaseSummary } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/result';
import type { QueueName } from '../../../../shared/schemas/lifecycle';
import { call } from '../../lib/api';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { INITIAL_LIST_STATE, toListQuery, type ListFilters, type ListSort, type ListState } from './list-state';

/** Search as you type, but ask the core only once typing pauses. */
const SEARCH_DEBOUNCE_MS = 200;

// Kept for the session so that opening a case and coming back shows the same page.
let remembered: ListState = INITIAL_LIST_STATE;

export interface CaseList {
  state: ListState;
  rows: CaseSummary[];
  total: number;
  loading: boolean;
  /** False until the first answer arrives, so "no cases" is not flashed while loading. */
  loaded: boolean;
  failure: AppError | undefined;
  setFilter: <K extends keyof ListFilters>(key: K, value: ListFilters[K]) => void;
  clearFilters: () => void;
  setSort: (sort: ListSort) => void;
  setPageIndex: (pageIndex: number) => void;
}

/** `queue`: one of the home page's work queues, from the address. */
export function useCaseList(queue?: QueueName): CaseList {
  const [state, setState] = useState<ListState>(remembered);
  const [rows, setRows] = useState<CaseSummary[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [loaded, setLoaded] = useState(false);
  const [failure, setFailure] = useState<AppError>();

  useEffect(() => {
    remembered = state;
  }, [state]);

  // Another queue is another list: start it at its first page.
  const [shownQueue, setShownQueue] = useState(queue);
  if (shownQueue !== queue) {
    setShownQueue(queue);
    setState((s) => ({ ...s, pageIndex: 0 }));
  }

  const text = useDebouncedValue(state.filters.text, SEARCH_DEBOUNCE_MS);
  const query = useMemo(() => toListQuery(state, text, queue), [state, text, queue]);
  const queryKey = JSON.stringify(query);

  useEffect(() => {
    // Answers can arrive out of order; only the latest query's answer counts.
    let current = true;
    setLoading(true);
    void call('cases.list', JSON.parse(queryKey) as typeof query).then((result) => {
      if (!current) return;
      setLoading(false);
      setLoaded(true);
      if (result.ok) {
        setRows(result.value.rows);
        setTotal(result.value.total);
        setFailure(undefined);
      } else {
        setFailure(result.error);
      }
    });
    return () => {
      current = false;
    };
  }, [queryKey]);

  const setFilter = useCallback(<K extends keyof ListFilters>(key: K, value: ListFilters[K]) => {
    setState((s) => ({ ...s, filters: { ...s.filters, [key]: value }, pageIndex: 0 }));
  }, []);
  const clearFilters = useCallback(() => setState((s) => ({ ...s, filters: INITIAL_LIST_STATE.filters, pageIndex: 0 })), []);
  const setSort = useCallback((sort: ListSort) => setState((s) => ({ ...s, sort, pageIndex: 0 })), []);
  const setPageIndex = useCallback((pageIndex: number) => setState((s) => ({ ...s, pageIndex })), []);

  return { state, rows, total, loading, loaded, failure, setFilter, clearFilters, setSort, setPageIndex };
}
