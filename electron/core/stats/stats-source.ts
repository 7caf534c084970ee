/**
 * What a period's statistics are made from, as counts: period-stats.ts names,
 * sorts and divides them. Two sources give the same counts: the reference
 * queries (reference-queries.ts), which are the definitions written as SQL
 * over the case book itself, and the fact queries (fact-queries.ts), which
 * read the indexes and fact tables of migration 19 and are what the app
 * runs. A test holds them equal, case for case.
 */
import type { Db } from '../db/connection';
import type { WorkingDays } from './working-time-table';

/** Every statistics query takes @from, @to (a period is [from, to)) and @site (null for every site). */
export type StatsParams = { from: number; to: number; site: string | null };

export const RECEIVED_DIMS = ['category', 'channel', 'nature', 'site', 'department'] as const;
export type ReceivedDim = (typeof RECEIVED_DIMS)[number];

export interface ReceivedCounts {
  /** Per breakdown, the count of every key with cases in the period (none with 0). */
  dims: Record<ReceivedDim, Map<string, number>>;
  /** Units with two cases or more, the ten with most (then by name). */
  units: Map<string, number>;
  received: number;
  closed: number;
  repeats: number;
  reopened: number;
  major: number;
  groups: { groups: number; cases: number };
}

export interface ResolutionCounts {
  cases: number;
  resolutions: number;
  withDeadline: number;
  onTime: number;
  /** Handling time in working minutes, per case: how many, their mean and median. */
  handled: number;
  average: number | null;
  median: number | null;
}

export interface CallbackCounts {
  due: number;
  calledBack: number;
  /** Rounds made in the period, and by whom ('' for nobody recorded). */
  rounds: number;
  byPerson: Map<string, number>;
  /** Cases called back in the period, by the level of their last round in it ('' for none recorded). */
  levels: Map<string, number>;
}

export interface ExceptionCounts {
  total: number;
  unreachable: number;
  refused: number;
}

export interface StatsSource {
  received(db: Db, params: StatsParams): ReceivedCounts;
  /** `days` covers the period and everything since the first case received; the same days are in the temp table. */
  resolutions(db: Db, params: StatsParams, days: WorkingDays): ResolutionCounts;
  callbacks(db: Db, params: StatsParams): CallbackCounts;
  exceptions(db: Db, params: StatsParams): ExceptionCounts;
}

/** Adds n to key's count. */
export function addCount(counts: Map<string, number>, key: string, n: number): void {
  counts.set(key, (counts.get(key) ?? 0) + n);
}
