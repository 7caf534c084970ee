/** What the case list is showing, and the `cases.list` query that asks the core for exactly that page. */
import type { ChannelInput } from '../../../../shared/contract';
import {
  CHANNELS,
  NATURES,
  SORTABLE_CASE_COLUMNS,
  STATUSES,
  WATCHED_DEADLINES,
  type CaseStatus,
  type Channel,
  type Nature,
  type SortableCaseColumn,
  type WatchedDeadline,
} from '../../../../shared/domain';
import { CASE_MARKS, CASE_STANDINGS, DEADLINE_STATES, type CaseMark, type CaseStanding, type DeadlineState } from '../../../../shared/schemas/cases';
import type { QueueName } from '../../../../shared/schemas/lifecycle';
import { endOfDay, startOfDay } from '../../lib/dates';

export const PAGE_SIZE = 50;

export interface ListFilters {
  text: string;
  status: CaseStatus | '';
  /** A category code from the organisation's list. */
  category: string;
  channel: Channel | '';
  nature: Nature | '';
  /** A site's (项目's) name, as cases keep it. */
  site: string;
  deadline: DeadlineState | '';
  /** Past this time limit: response (响应), acceptance (接单) or handling. */
  overdue: WatchedDeadline | '';
  /** Near this time limit (due soon). */
  dueSoon: WatchedDeadline | '';
  /** Only the person's own cases (a manager's: the desk's), as the home screen counts them. */
  mine: 'mine' | '';
  /** Escalated, referred to the company, or awaiting its decision. */
  mark: CaseMark | '';
  /** Active cases, the voided and merged ones, or both. */
  standing: CaseStanding;
  /** `date` input values, `YYYY-MM-DD` or `''`. */
  receivedFrom: string;
  receivedTo: string;
  /** A department id, or `''` for all. */
  departmentId: string;
}

export interface ListSort {
  column: SortableCaseColumn;
  direction: 'asc' | 'desc';
}

export interface ListState {
  filters: ListFilters;
  sort: ListSort;
  pageIndex: number;
}

export const EMPTY_FILTERS: ListFilters = {
  text: '',
  status: '',
  category: '',
  channel: '',
  nature: '',
  site: '',
  deadline: '',
  overdue: '',
  dueSoon: '',
  mine: '',
  mark: '',
  standing: 'active',
  receivedFrom: '',
  receivedTo: '',
  departmentId: '',
};

export const INITIAL_LIST_STATE: ListState = {
  filters: EMPTY_FILTERS,
  sort: { column: 'receivedAt', direction: 'desc' },
  pageIndex: 0,
};

export function hasFilters(filters: ListFilters): boolean {
  return (Object.keys(EMPTY_FILTERS) as (keyof ListFilters)[]).some((key) => filters[key] !== EMPTY_FILTERS[key]);
}

/**
 * `text` is passed separately because the list sends it only once typing has
 * paused; `queue` comes from the address (a card on the home page).
 */
export function toListQuery(state: ListState, text: string, queue?: QueueName): ChannelInput<'cases.list'> {
  const { filters } = state;
  return {
    text: text.trim().slice(0, 100),
    statuses: filters.status ? [filters.status] : [],
    categories: filters.category ? [filters.category] : [],
    channels: filters.channel ? [filters.channel] : [],
    natures: filters.nature ? [filters.nature] : [],
    sites: filters.site ? [filters.site] : [],
    deadlineStates: filters.deadline ? [filters.deadline] : [],
    overdue: filters.overdue ? [filters.overdue] : [],
    dueSoon: filters.dueSoon ? [filters.dueSoon] : [],
    mine: filters.mine === 'mine',
    marks: filters.mark ? [filters.mark] : [],
    standing: filters.standing,
    receivedFrom: startOfDay(filters.receivedFrom),
    receivedTo: endOfDay(filters.receivedTo),
    ...(filters.departmentId ? { departmentId: filters.departmentId } : {}),
    ...(queue ? { queue } : {}),
    sort: state.sort,
    offset: state.pageIndex * PAGE_SIZE,
    limit: PAGE_SIZE,
  };
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/** A range whose end is before its start is refused here, with a message, before the core is asked. */
export function isRangeReversed(filters: ListFilters): boolean {
  return filters.receivedFrom !== '' && filters.receivedTo !== '' && filters.receivedFrom > filters.receivedTo;
}

/** Filters the "more" row holds: it opens by itself when one of them is set. */
export const MORE_FILTERS: readonly (keyof ListFilters)[] = [
  'channel',
  'nature',
  'overdue',
  'dueSoon',
  'mine',
  'mark',
  'standing',
  'departmentId',
  'receivedFrom',
  'receivedTo',
];

export function hasMoreFilters(filters: ListFilters): boolean {
  return MORE_FILTERS.some((key) => filters[key] !== EMPTY_FILTERS[key]);
}

// The address keeps what the list shows, so a reload, the back button or a copied link shows it again.
const PARAM_OF: Record<keyof ListFilters, string> = {
  text: 'text',
  status: 'status',
  category: 'category',
  channel: 'channel',
  nature: 'nature',
  site: 'site',
  deadline: 'deadline',
  overdue: 'overdue',
  dueSoon: 'dueSoon',
  mine: 'mine',
  mark: 'mark',
  standing: 'standing',
  receivedFrom: 'from',
  receivedTo: 'to',
  departmentId: 'department',
};
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const oneOf = <T extends string>(values: readonly T[], value: string | null, empty: T | ''): T | '' =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : empty;

export function listStateToParams(state: ListState): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAM_OF) as (keyof ListFilters)[]) {
    if (state.filters[key] !== EMPTY_FILTERS[key]) params.set(PARAM_OF[key], state.filters[key]);
  }
  const { sort } = INITIAL_LIST_STATE;
  if (state.sort.column !== sort.column || state.sort.direction !== sort.direction) params.set('sort', `${state.sort.column}.${state.sort.direction}`);
  if (state.pageIndex > 0) params.set('page', String(state.pageIndex + 1));
  return params.toString();
}

/** What the address asks for; anything unknown or malformed reads as its default. */
export function listStateFromParams(query: string): ListState {
  const params = new URLSearchParams(query);
  const text = (key: keyof ListFilters) => params.get(PARAM_OF[key]) ?? '';
  const date = (key: keyof ListFilters) => (DATE.test(text(key)) ? text(key) : '');
  const [column = '', direction = ''] = (params.get('sort') ?? '').split('.');
  const page = Number(params.get('page'));
  return {
    filters: {
      text: text('text').slice(0, 100),
      status: oneOf(STATUSES, params.get('status'), ''),
      category: text('category').slice(0, 64),
      channel: oneOf(CHANNELS, params.get('channel'), ''),
      nature: oneOf(NATURES, params.get('nature'), ''),
      site: text('site').slice(0, 60),
      deadline: oneOf(DEADLINE_STATES, params.get('deadline'), ''),
      overdue: oneOf(WATCHED_DEADLINES, params.get('overdue'), ''),
      dueSoon: oneOf(WATCHED_DEADLINES, params.get('dueSoon'), ''),
      mine: oneOf(['mine'] as const, params.get('mine'), ''),
      mark: oneOf(CASE_MARKS, params.get('mark'), ''),
      standing: oneOf(CASE_STANDINGS, params.get('standing'), 'active') || 'active',
      receivedFrom: date('receivedFrom'),
      receivedTo: date('receivedTo'),
      departmentId: text('departmentId').slice(0, 64),
    },
    sort:
      (SORTABLE_CASE_COLUMNS as readonly string[]).includes(column) && (direction === 'asc' || direction === 'desc')
        ? { column: column as SortableCaseColumn, direction }
        : INITIAL_LIST_STATE.sort,
    pageIndex: Number.isInteger(page) && page > 1 ? page - 1 : 0,
  };
}
