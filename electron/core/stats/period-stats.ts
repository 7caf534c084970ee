/**
 * The statistics of one period: the counts come from a StatsSource
 * (stats-source.ts: the fact queries the app runs, or the reference queries
 * that define them); JavaScript only names, sorts and divides. What each
 * number means is written in metric-definitions.ts.
 */
import { CHANNELS, NATURES } from '../../../shared/domain';
import type { CountRow, Period, PeriodStats } from '../../../shared/schemas/stats';
import type { Db } from '../db/connection';
import { callbackStats, readPeople, type CallbackOptions, type StatsPerson } from './callback-stats';
import { TOP_LIMIT } from './reference-queries';
import type { StatsSource } from './stats-source';
import { ratio } from './stats-sql';
import type { WorkingDays } from './working-time-table';
import { wholeMonths } from './whole-months';

/**
 * What the organisation set up, read once for both periods: the names it
 * gave (custom categories, departments) so a breakdown can show them, which
 * categories and departments are in use (active), and its people.
 */
export interface OrgNames {
  categories: Map<string, string>;
  departments: Map<string, string>;
  activeCategories: string[];
  activeDepartments: string[];
  people: StatsPerson[];
}

export function readOrgNames(db: Db): OrgNames {
  const read = (table: 'categories' | 'departments') =>
    db.prepare(`SELECT id, name, active FROM ${table} WHERE deleted = 0`).all() as { id: string; name: string; active: number }[];
  const [categories, departments] = [read('categories'), read('departments')];
  const active = (rows: typeof categories) => rows.filter((r) => r.active === 1).map((r) => r.id);
  return {
    categories: new Map(categories.map((r) => [r.id, r.name])),
    departments: new Map(departments.map((r) => [r.id, r.name])),
    activeCategories: active(categories),
    activeDepartments: active(departments),
    people: readPeople(db),
  };
}

/**
 * Count rows for every key seen plus every known key (with 0), most first,
 * then by key. Known keys are the ones still in use (active), so a disabled
 * category shows only in a period that has cases of it.
 */
function breakdown(counts: Map<string, number>, known: Iterable<string>, nameOf: (key: string) => string): CountRow[] {
  const all = new Map(counts);
  for (const key of known) if (!all.has(key)) all.set(key, 0);
  return [...all]
    .map(([key, count]) => ({ key, name: nameOf(key), count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export interface PeriodStatsOptions extends Omit<CallbackOptions, 'people' | 'months'> {
  siteFilter: string | null;
  /** Working minutes per working day, the unit of the handling time. */
  workdayMinutes: number;
  /** The working days from the first case received to the end of the period. */
  days: WorkingDays;
  names: OrgNames;
  source: StatsSource;
}

export function periodStats(db: Db, period: Period, options: PeriodStatsOptions): PeriodStats {
  const params = { from: period.from, to: period.to, site: options.siteFilter };
  const { source } = options;
  const { dims, units, received, closed, repeats, reopened, major, groups } = source.received(db, params);

  const { categories: categoryNames, departments: departmentNames } = options.names;
  const byCategory = breakdown(dims.category, options.names.activeCategories, (key) => categoryNames.get(key) ?? '');

  const resolved = source.resolutions(db, params, options.days);
  const inDays = (minutes: number | null) => (minutes === null || options.workdayMinutes <= 0 ? null : minutes / options.workdayMinutes);

  // Monthly quotas apply per whole calendar month of the period.
  const callbacks = callbackStats(source.callbacks(db, params), { ...options, people: options.names.people, months: wholeMonths(period.from, period.to) });
  const exceptions = source.exceptions(db, params);

  return {
    period: { from: period.from, to: period.to },
    received,
    byCategory,
    byChannel: breakdown(dims.channel, CHANNELS, () => ''),
    byNature: breakdown(dims.nature, NATURES, () => ''),
    bySite: breakdown(dims.site, [], (key) => key),
    byDepartment: breakdown(dims.department, options.names.activeDepartments, (key) => departmentNames.get(key) ?? ''),
    topUnits: breakdown(units, [], (key) => key),
    topCategories: byCategory.filter((row) => row.count > 0).slice(0, TOP_LIMIT),
    resolved: { cases: resolved.cases, resolutions: resolved.resolutions },
    onTime: {
      onTime: resolved.onTime,
      withDeadline: resolved.withDeadline,
      withoutDeadline: resolved.cases - resolved.withDeadline,
      rate: ratio(resolved.onTime, resolved.withDeadline),
    },
    handlingDays: { cases: resolved.handled, average: inDays(resolved.average), median: inDays(resolved.median) },
    callback: callbacks.callback,
    satisfaction: callbacks.satisfaction,
    resolution: { closed, received, rate: ratio(closed, received) },
    repeat: { count: repeats, rate: ratio(repeats, received) },
    reopened: { count: reopened, rate: ratio(reopened, received) },
    major: { count: major, rate: ratio(major, received) },
    groups,
    callbackExceptions: { count: exceptions.total, unreachable: exceptions.unreachable, refused: exceptions.refused },
    callbackQuotas: callbacks.callbackQuotas,
  };
}
