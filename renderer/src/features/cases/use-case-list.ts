import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CaseSummary } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/result';
import type { QueueName } from '../../../../shared/schemas/lifecycle';
import { call } from '../../lib/api';
import { hrefFor, parseHash } from '../../lib/route';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { INITIAL_LIST_STATE, isRangeReversed, listStateFromParams, listStateToParams, toListQuery, type ListFilters, type ListSort, type ListState } from './list-state';

/** Search as you type, but ask the core only once typing pauses. */
const SEARCH_DEBOUNCE_MS = 200;

// Kept for the session, so the menu's 案件列表 shows what the list last showed; the address says it otherwise.
let remembered: ListState = INITIAL_LIST_STATE;

/** Puts the list's parameters in the address without a new history entry (typing is not a place to go back to). */
function writeAddress(queue: QueueName | undefined, list: string): void {
  // The person may have just left for a case: the address is theirs then, not the list's.
  if (parseHash(window.location.hash).name !== 'cases') return;
  const hash = hrefFor({ name: 'cases', ...(queue ? { queue } : {}), ...(list ? { list } : {}) });
  if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
}

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

/** `queue`: one of the home page's work queues, and `list`: the list's own parameters, both from the address. */
export function useCaseList(queue?: QueueName, list?: string): CaseList {
  const [state, setState] = useState<ListState>(() => (list ? listStateFromParams(list) : remembered));
  const [rows, setRows] = useState<CaseSummary[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [loaded, setLoaded] = useState(false);
  const [failure, setFailure] = useState<AppError>();

  // The address changed under the list (back, forward, a link): show what it says.
  const [shownList, setShownList] = useState(list);
  if (shownList !== list) {
    setShownList(list);
    if (list !== undefined && list !== listStateToParams(state)) setState(listStateFromParams(list));
  }

  const text = useDebouncedValue(state.filters.text, SEARCH_DEBOUNCE_MS);
  const params = listStateToParams({ ...state, filters: { ...state.filters, text } });
  useEffect(() => {
    remembered = state;
  }, [state]);
  useEffect(() => {
    setShownList(params || undefined);
    writeAddress(queue, params);
  }, [queue, params, list]);

  // Another queue is another list: start it at its first page.
  const [shownQueue, setShownQueue] = useState(queue);
  if (shownQueue !== queue) {
    setShownQueue(queue);
    setState((s) => ({ ...s, pageIndex: 0 }));
  }

  const reversed = isRangeReversed(state.filters);
  const query = useMemo(() => toListQuery(state, text, queue), [state, text, queue]);
  const queryKey = JSON.stringify(query);

  useEffect(() => {
    // A reversed range is refused beside the dates; the list keeps what it showed.
    if (reversed) return;
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
  }, [queryKey, reversed]);

  const setFilter = useCallback(<K extends keyof ListFilters>(key: K, value: ListFilters[K]) => {
    setState((s) => ({ ...s, filters: { ...s.filters, [key]: value }, pageIndex: 0 }));
  }, []);
  const clearFilters = useCallback(() => setState((s) => ({ ...s, filters: INITIAL_LIST_STATE.filters, pageIndex: 0 })), []);
  const setSort = useCallback((sort: ListSort) => setState((s) => ({ ...s, sort, pageIndex: 0 })), []);
  const setPageIndex = useCallback((pageIndex: number) => setState((s) => ({ ...s, pageIndex })), []);

  return { state, rows, total, loading, loaded, failure, setFilter, clearFilters, setSort, setPageIndex };
}
