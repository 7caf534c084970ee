/** What the case list is showing, and the `cases.list` query that asks the core for exactly that page. */
import type { ChannelInput } from '../../../../shared/contract';
import type { CaseStatus, Channel, Nature, SortableCaseColumn } from '../../../../shared/domain';
import type { CaseStanding } from '../../../../shared/schemas/cases';
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
