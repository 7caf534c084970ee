/**
 * The statistics of one period, each an aggregate query: SQLite counts,
 * JavaScript only names and divides. What each number means is written in
 * metric-definitions.ts; the comments here say how the SQL gets there.
 *
 * Every query takes @from, @to (a period is [from, to)) and @site (NULL for
 * every site). The resolutions query also needs the working-days table
 * (working-time-table.ts) filled over the period and everything before it.
 */
import { CHANNELS, NATURES } from '../../../shared/domain';
import type { CountRow, Period, PeriodStats } from '../../../shared/schemas/stats';
import type { Db } from '../db/connection';
import { WORKING_DAYS_TABLE, workingMsBefore } from './working-time-table';
import { prepared } from '../db/prepared';
import { CALLBACK_QUERIES, callbackStats, readPeople, type CallbackOptions, type StatsPerson } from './callback-stats';
import { ratio, SITE } from './stats-sql';
import { wholeMonths } from './whole-months';

export const TOP_LIMIT = 10;

/**
 * The cases received in the period, read once and grouped every way the
 * summary needs. Every case has one category, so the category rows also
 * carry the period's totals (summed in JS) instead of five more passes.
 * Units: only repeat units (two cases or more) are listed.
 */
const RECEIVED_SQL = `
  WITH p AS MATERIALIZED (
    SELECT c.category, c.channel, c.nature, c.site, coalesce(c.department_id, '') AS department, c.building_room,
           c.status = 'closed' AND c.closed_at < @to AS closed, c.repeat_of IS NOT NULL AS repeat,
           c.reopen_count > 0 AS reopened, c.nature = 'major' AS major, c.group_id
      FROM cases c
     WHERE c.received_at >= @from AND c.received_at < @to AND c.deleted = 0 AND c.excluded = 0 AND ${SITE}
  )
  SELECT 'category' AS dim, category AS key, count(*) AS n,
         sum(closed) AS closed, sum(repeat) AS repeats, sum(reopened) AS reopened, sum(major) AS major
    FROM p GROUP BY category
  UNION ALL SELECT 'channel', channel, count(*), 0, 0, 0, 0 FROM p GROUP BY channel
  UNION ALL SELECT 'nature', nature, count(*), 0, 0, 0, 0 FROM p GROUP BY nature
  UNION ALL SELECT 'site', site, count(*), 0, 0, 0, 0 FROM p GROUP BY site
  UNION ALL SELECT 'department', department, count(*), 0, 0, 0, 0 FROM p GROUP BY department
  UNION ALL SELECT 'group', group_id, count(*), 0, 0, 0, 0 FROM p WHERE group_id IS NOT NULL GROUP BY group_id
  UNION ALL SELECT * FROM (
    SELECT 'unit', building_room, count(*) AS n, 0, 0, 0, 0 FROM p WHERE building_room <> ''
     GROUP BY building_room HAVING count(*) > 1 ORDER BY n DESC, building_room LIMIT ${TOP_LIMIT})`;

/**
 * Resolutions, read once: the resolve events in the period grouped by case,
 * kept when their case is (rc). From rc: cases resolved, resolutions, and
 * on time, holding the latest resolve event in the period against the
 * case's current deadline (see onTimeRate's definition).
 *
 * Handling time: one walk over each case's own events up to its first
 * resolve event in the period gives the first dispatch, or NULL when an
 * earlier resolve event shows this is not the case's first resolution
 * (firsts). The working minutes between the two (rounded per case, as
 * workingMinutesBetween does) are W(resolved) - W(dispatched), W read from
 * the working-days table (h); then count, mean and median, the median being
 * the middle row, or the mean of the two middle rows, of the sorted minutes.
 * A dispatch before the table's first day (never, as the table starts with
 * the first case received) would have no W and is left out.
 */
const RESOLUTIONS_SQL = `
  WITH rc AS MATERIALIZED (
    SELECT r.case_id, r.first_at, r.last_at, r.n, c.due_at
      FROM (SELECT e.case_id, min(e.at) AS first_at, max(e.at) AS last_at, count(*) AS n
              FROM case_events e
             WHERE e.action = 'resolve' AND e.at >= @from AND e.at < @to AND e.deleted = 0
             GROUP BY e.case_id) r
      JOIN cases c ON c.id = r.case_id
     WHERE c.deleted = 0 AND c.excluded = 0 AND ${SITE}
  ),
  firsts AS MATERIALIZED (
    SELECT rc.first_at AS resolved_at,
           (SELECT CASE WHEN max(x.action = 'resolve' AND x.at < rc.first_at) THEN NULL
                        ELSE min(CASE WHEN x.action = 'dispatch' THEN x.at END) END
              FROM case_events x
             WHERE x.case_id = rc.case_id AND x.deleted = 0 AND x.at <= rc.first_at) AS dispatched_at
      FROM rc
  ),
  h AS MATERIALIZED (
    SELECT round((${workingMsBefore('resolved_at')} - ${workingMsBefore('dispatched_at')}) / 60000.0) AS minutes
      FROM firsts
     WHERE dispatched_at >= (SELECT min(day_start) FROM ${WORKING_DAYS_TABLE})
  )
  SELECT resolved.*, handling.*,
         (SELECT avg(minutes) FROM (
            SELECT minutes FROM h ORDER BY minutes
             LIMIT 2 - (SELECT count(*) FROM h) % 2 OFFSET ((SELECT count(*) FROM h) - 1) / 2)) AS median
    FROM (SELECT count(*) AS cases, coalesce(sum(n), 0) AS resolutions,
                 coalesce(sum(due_at IS NOT NULL), 0) AS withDeadline,
                 coalesce(sum(due_at IS NOT NULL AND last_at <= due_at), 0) AS onTime
            FROM rc) resolved,
         (SELECT count(*) AS handled, avg(minutes) AS average FROM h) handling`;

/** A close by hand records its callback exception in the event's data; callbacks that close a case are 'callback' events. */
const EXCEPTIONS_SQL = `
  WITH x AS (
    SELECT e.case_id, json_extract(e.data, '$.callbackException.reason') AS reason
      FROM case_events e JOIN cases c ON c.id = e.case_id
     WHERE e.action = 'close' AND e.at >= @from AND e.at < @to AND e.deleted = 0 AND c.deleted = 0 AND c.excluded = 0 AND ${SITE}
  )
  SELECT count(DISTINCT case_id) AS total,
         count(DISTINCT CASE WHEN reason = 'unreachable' THEN case_id END) AS unreachable,
         count(DISTINCT CASE WHEN reason = 'refused' THEN case_id END) AS refused
    FROM x WHERE reason IS NOT NULL`;

/** Every statement a period runs, by name: the benchmark times and explains them one by one. */
export const PERIOD_QUERIES = {
  received: RECEIVED_SQL,
  resolutions: RESOLUTIONS_SQL,
  ...CALLBACK_QUERIES,
  exceptions: EXCEPTIONS_SQL,
} as const;

type Params = { from: number; to: number; site: string | null };

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
  names: OrgNames;
}

export function periodStats(db: Db, period: Period, options: PeriodStatsOptions): PeriodStats {
  const params: Params = { from: period.from, to: period.to, site: options.siteFilter };

  const dims = new Map<string, Map<string, number>>();
  const totals = { received: 0, closed: 0, repeats: 0, reopened: 0, major: 0 };
  type ReceivedRow = { dim: string; key: string; n: number; closed: number; repeats: number; reopened: number; major: number };
  for (const row of prepared(db, RECEIVED_SQL).all(params) as ReceivedRow[]) {
    let dim = dims.get(row.dim);
    if (!dim) dims.set(row.dim, (dim = new Map()));
    dim.set(row.key, row.n);
    if (row.dim !== 'category') continue;
    totals.received += row.n;
    totals.closed += row.closed;
    totals.repeats += row.repeats;
    totals.reopened += row.reopened;
    totals.major += row.major;
  }
  const dim = (name: string) => dims.get(name) ?? new Map<string, number>();
  const { received, closed, repeats, reopened, major } = totals;

  const { categories: categoryNames, departments: departmentNames } = options.names;
  const byCategory = breakdown(dim('category'), options.names.activeCategories, (key) => categoryNames.get(key) ?? '');

  const resolved = prepared(db, RESOLUTIONS_SQL).get(params) as {
    cases: number;
    resolutions: number;
    withDeadline: number;
    onTime: number;
    handled: number;
    average: number | null;
    median: number | null;
  };
  const inDays = (minutes: number | null) => (minutes === null || options.workdayMinutes <= 0 ? null : minutes / options.workdayMinutes);

  // Monthly quotas apply per whole calendar month of the period.
  const callbacks = callbackStats(db, params, { ...options, people: options.names.people, months: wholeMonths(period.from, period.to) });
  const exceptions = prepared(db, EXCEPTIONS_SQL).get(params) as { total: number; unreachable: number; refused: number };

  return {
    period: { from: period.from, to: period.to },
    received,
    byCategory,
    byChannel: breakdown(dim('channel'), CHANNELS, () => ''),
    byNature: breakdown(dim('nature'), NATURES, () => ''),
    bySite: breakdown(dim('site'), [], (key) => key),
    byDepartment: breakdown(dim('department'), options.names.activeDepartments, (key) => departmentNames.get(key) ?? ''),
    topUnits: breakdown(dim('unit'), [], (key) => key),
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
    groups: { groups: dim('group').size, cases: [...dim('group').values()].reduce((sum, n) => sum + n, 0) },
    callbackExceptions: { count: exceptions.total, unreachable: exceptions.unreachable, refused: exceptions.refused },
    callbackQuotas: callbacks.callbackQuotas,
  };
}
