/**
 * The statistics' counts as the app reads them: from the indexes and fact
 * tables of migration 19 (db/migrations/019-stats-facts.ts), never joining
 * a row to its case. They equal the reference queries (reference-queries.ts)
 * for any period and site, case for case; how each gets there:
 *
 * - A breakdown of the cases received (category, channel, ...) sums the
 *   period's whole UTC days from stats_received_days and counts the hours
 *   at either end from the cases, and the new cases the day counts have
 *   yet to take in (at most 31, cases/waiting-cases.ts) from their rows.
 * - A breakdown (those days' counts; people and levels of callbacks) is a
 *   range total per key in an index led by the key: the keys are walked one
 *   index seek each, so no GROUP BY sorts a year of rows.
 * - A case counted once although several of its rows fall in the period
 *   (resolutions, rounds due) is counted at its first row in the period:
 *   the row whose predecessor in the case (kept beside it) is before @from.
 *   Its last row in the period is the one whose successor is at or after @to.
 * - Satisfaction is the level of the case's last round made in the period:
 *   all rounds made in the period by level, less the few rounds a later
 *   round of the same case made in the period supersedes.
 * - Handling time: one narrow scan of the cases' first resolutions with
 *   their first dispatch; working minutes and the median in JavaScript.
 */
import type { Db } from '../db/connection';
import { prepared } from '../db/prepared';
import { WAITING_CASES_SQL } from '../cases/waiting-cases';
import { TOP_LIMIT } from './reference-queries';
import { addCount, RECEIVED_DIMS, type CallbackCounts, type ReceivedCounts, type ReceivedDim, type ResolutionCounts, type StatsParams, type StatsSource } from './stats-source';
import { dayOf, workingMsOn, type WorkingDays } from './working-time-table';

const LIVE = 'deleted = 0 AND excluded = 0';
const IN_SITE = '(@site IS NULL OR site = @site)';

interface KeyIndex {
  table: string;
  /** The index leading with the key, named: SQLite would not always choose it. */
  index: string;
  key: string;
  /** The column the period is on. */
  time: string;
  /** The index's own condition (a partial index is used only when the query repeats it). */
  where: string;
  /** What each key's rows in the period add up to. */
  measure: string;
}

/** Each key's total in the period, one seek per key of the index (keys with none in it left out). */
function countsByKeySql({ table, index, key, time, where, measure }: KeyIndex): string {
  const from = `${table} INDEXED BY ${index}`;
  return `
    WITH RECURSIVE k(v) AS (
      SELECT min(${key}) FROM ${from} WHERE ${where}
      UNION ALL
      SELECT (SELECT min(${key}) FROM ${from} WHERE ${where} AND ${key} > k.v) FROM k WHERE k.v IS NOT NULL)
    SELECT key, n FROM (
      SELECT v AS key, (SELECT ${measure} FROM ${from}
                         WHERE ${where} AND ${key} = k.v AND ${time} >= @from AND ${time} < @to AND ${IN_SITE}) AS n
        FROM k WHERE v IS NOT NULL)
     WHERE n > 0`;
}

/** The UTC days stats_received_days counts by: day number received_at / DAY. */
const DAY = 86_400_000;

/**
 * A breakdown's counts over whole days: @from and @to are day numbers. The table is keyed by day first (migration
 * 20: a new case's rows on one page), so a period is one range scan of its days, every breakdown's rows in it
 * (some 150 a day), summed by key.
 */
const daysByKey = (dim: ReceivedDim) => `
  SELECT key, sum(n) AS n FROM stats_received_days
   WHERE day >= @from AND day < @to AND dim = '${dim}' AND ${IN_SITE}
   GROUP BY key HAVING sum(n) > 0 ORDER BY key`;

const RECEIVED_IN = `received_at >= @from AND received_at < @to AND ${IN_SITE}`;

/** Each breakdown's counts over the cases `source` reads (a FROM and its WHERE). */
const receivedByDim = (source: string) => `
  WITH p AS MATERIALIZED (SELECT category, channel, nature, site, coalesce(department_id, '') AS department FROM ${source})
  SELECT 'category' AS dim, category AS key, count(*) AS n FROM p GROUP BY category
  UNION ALL SELECT 'channel', channel, count(*) FROM p GROUP BY channel
  UNION ALL SELECT 'nature', nature, count(*) FROM p GROUP BY nature
  UNION ALL SELECT 'site', site, count(*) FROM p GROUP BY site
  UNION ALL SELECT 'department', department, count(*) FROM p GROUP BY department`;

/** Counts over the period's received cases, each through its own small partial index. */
const RECEIVED_SQL = {
  days: Object.fromEntries(RECEIVED_DIMS.map((dim) => [dim, daysByKey(dim)])) as Record<ReceivedDim, string>,
  /** The hours before the first whole day and after the last, from the cases themselves. */
  hours: receivedByDim(`cases INDEXED BY cases_by_received WHERE ${LIVE} AND ${RECEIVED_IN}`),
  /** The whole days' cases still waiting to be counted in stats_received_days (cases/waiting-cases.ts), from their rows. */
  waiting: receivedByDim(`${WAITING_CASES_SQL} AND ${LIVE} AND ${RECEIVED_IN}`),
  closed: `SELECT count(*) FROM cases INDEXED BY cases_stats_closed WHERE ${LIVE} AND status = 'closed' AND ${RECEIVED_IN} AND closed_at < @to`,
  repeats: `SELECT count(*) FROM cases INDEXED BY cases_stats_repeat WHERE ${LIVE} AND repeat_of IS NOT NULL AND ${RECEIVED_IN}`,
  reopened: `SELECT count(*) FROM cases INDEXED BY cases_stats_reopened WHERE ${LIVE} AND reopen_count > 0 AND ${RECEIVED_IN}`,
  groups: `SELECT count(DISTINCT group_id) AS groups, count(*) AS cases FROM cases INDEXED BY cases_stats_group
            WHERE ${LIVE} AND group_id IS NOT NULL AND ${RECEIVED_IN}`,
  /** In unit order through the whole index, so grouping needs no sort; the range is checked in the index. */
  units: `SELECT building_room AS key, count(*) AS n FROM cases INDEXED BY cases_stats_unit
           WHERE ${LIVE} AND building_room <> '' AND ${RECEIVED_IN}
           GROUP BY building_room HAVING count(*) > 1 ORDER BY n DESC, building_room LIMIT ${TOP_LIMIT}`,
};

const RESOLUTIONS_SQL = `
  SELECT count(*) AS resolutions,
         coalesce(sum(prev_at IS NULL OR prev_at < @from), 0) AS cases,
         coalesce(sum((next_at IS NULL OR next_at >= @to) AND due_at IS NOT NULL), 0) AS withDeadline,
         coalesce(sum((next_at IS NULL OR next_at >= @to) AND at <= due_at), 0) AS onTime
    FROM stats_resolves WHERE at >= @from AND at < @to AND ${IN_SITE}`;

/**
 * The cases' first resolutions in the period, and the first dispatch before each (cases never dispatched
 * have none): two single columns in the index's order, which better-sqlite3 hands over twice as fast as pairs.
 */
const handledSql = (column: 'at' | 'dispatched_at') => `
  SELECT ${column} FROM stats_resolves INDEXED BY stats_resolves_handled
   WHERE dispatched_at IS NOT NULL AND at >= @from AND at < @to AND ${IN_SITE}
   ORDER BY at, site, dispatched_at, case_rowid, nth`;
const HANDLED_SQL = { resolvedAt: handledSql('at'), dispatchedAt: handledSql('dispatched_at') };

const CALLBACKS_DUE_SQL = `
  SELECT coalesce(sum(prev_due IS NULL OR prev_due < @from), 0) AS due,
         coalesce(sum(done = 0 AND (prev_open_due IS NULL OR prev_open_due < @from)), 0) AS open
    FROM stats_callbacks_due WHERE due_at >= @from AND due_at < @to AND ${IN_SITE}`;

const doneKey = (key: string): KeyIndex => ({
  table: 'stats_callbacks_done',
  index: `stats_callbacks_done_by_${key === 'completed_by' ? 'person' : 'level'}`,
  key,
  time: 'completed_at',
  where: '1',
  measure: 'count(*)',
});
const CALLBACKS_DONE_SQL = {
  byPerson: countsByKeySql(doneKey('completed_by')),
  byLevel: countsByKeySql(doneKey('satisfaction')),
  /** Rounds made in the period that a later round of the same case made in the period supersedes. */
  superseded: `
    SELECT r.satisfaction AS key, count(*) AS n FROM stats_callbacks_done r INDEXED BY stats_callbacks_done_superseded
     WHERE r.last = 0 AND r.completed_at >= @from AND r.completed_at < @to AND (@site IS NULL OR r.site = @site)
       AND EXISTS (SELECT 1 FROM stats_callbacks_done s INDEXED BY stats_callbacks_done_by_case
                    WHERE s.case_rowid = r.case_rowid AND s.nth > r.nth AND s.completed_at >= @from AND s.completed_at < @to)
     GROUP BY r.satisfaction`,
};

const EXCEPTIONS_SQL = `
  SELECT count(DISTINCT case_rowid) AS total,
         count(DISTINCT CASE WHEN reason = 'unreachable' THEN case_rowid END) AS unreachable,
         count(DISTINCT CASE WHEN reason = 'refused' THEN case_rowid END) AS refused
    FROM stats_exceptions WHERE at >= @from AND at < @to AND ${IN_SITE}`;

/** Every statement the fact queries run, by the StatsSource method that runs it: the benchmark explains them. */
export const FACT_QUERIES = {
  received: [...Object.values(RECEIVED_SQL.days), RECEIVED_SQL.hours, RECEIVED_SQL.waiting, RECEIVED_SQL.closed, RECEIVED_SQL.repeats, RECEIVED_SQL.reopened, RECEIVED_SQL.groups, RECEIVED_SQL.units],
  resolutions: [RESOLUTIONS_SQL, HANDLED_SQL.resolvedAt, HANDLED_SQL.dispatchedAt],
  callbacks: [CALLBACKS_DUE_SQL, ...Object.values(CALLBACKS_DONE_SQL)],
  exceptions: [EXCEPTIONS_SQL],
} as const satisfies Record<keyof StatsSource, readonly string[]>;

type KeyCount = { key: string; n: number };
const keyCounts = (db: Db, sql: string, params: StatsParams) => new Map((prepared(db, sql).all(params) as KeyCount[]).map((r) => [r.key, r.n]));
const count = (db: Db, sql: string, params: StatsParams) => prepared(db, sql, 'pluck').get(params) as number;

/**
 * Each breakdown's counts: the period's whole UTC days from stats_received_days with the waiting cases received in
 * them, the hours at either end (all of a period shorter than a day) from the cases. Day 0 would also hold instants
 * before 1970: never summed.
 */
function receivedDims(db: Db, params: StatsParams): ReceivedCounts['dims'] {
  const dims = Object.fromEntries(RECEIVED_DIMS.map((dim) => [dim, new Map<string, number>()])) as ReceivedCounts['dims'];
  const first = Math.max(1, Math.ceil(params.from / DAY));
  const last = Math.floor(params.to / DAY);
  const hours = first < last ? [{ from: params.from, to: first * DAY }, { from: last * DAY, to: params.to }] : [params];
  const add = (sql: string, range: { from: number; to: number }) => {
    for (const row of prepared(db, sql).all({ ...range, site: params.site }) as (KeyCount & { dim: ReceivedDim })[]) {
      addCount(dims[row.dim], row.key, row.n);
    }
  };
  if (first < last) {
    for (const dim of RECEIVED_DIMS) dims[dim] = keyCounts(db, RECEIVED_SQL.days[dim], { from: first, to: last, site: params.site });
    add(RECEIVED_SQL.waiting, { from: first * DAY, to: last * DAY });
  }
  for (const range of hours) if (range.from < range.to) add(RECEIVED_SQL.hours, range);
  return dims;
}

function received(db: Db, params: StatsParams): ReceivedCounts {
  const dims = receivedDims(db, params);
  return {
    dims,
    units: keyCounts(db, RECEIVED_SQL.units, params),
    received: [...dims.category.values()].reduce((sum, n) => sum + n, 0),
    closed: count(db, RECEIVED_SQL.closed, params),
    repeats: count(db, RECEIVED_SQL.repeats, params),
    reopened: count(db, RECEIVED_SQL.reopened, params),
    major: dims.nature.get('major') ?? 0,
    groups: prepared(db, RECEIVED_SQL.groups).get(params) as { groups: number; cases: number },
  };
}

/** The middle value of the numbers, or the mean of the two middle ones; null for none. Reorders them. */
function middleOf(values: Float64Array): number | null {
  const n = values.length;
  if (n === 0) return null;
  const upper = select(values, n >> 1);
  if (n % 2 === 1) return upper;
  // The lower middle is the largest value left of the upper one.
  let lower = -Infinity;
  for (let i = 0; i < n >> 1; i++) if (values[i]! > lower) lower = values[i]!;
  return (lower + upper) / 2;
}

/** The k-th smallest value (0-based), leaving smaller ones before it and larger ones after (Hoare's selection). */
function select(values: Float64Array, k: number): number {
  let left = 0;
  let right = values.length - 1;
  while (left < right) {
    const pivot = values[(left + right) >> 1]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i++] = values[j]!;
        values[j--] = swap;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k]!;
}

/** SQLite's round(): halves away from zero, on the double as computed. */
const sqlRound = (x: number) => (x < 0 ? -Math.trunc(-x + 0.5) : Math.trunc(x + 0.5));

function resolutions(db: Db, params: StatsParams, days: WorkingDays): ResolutionCounts {
  const resolved = prepared(db, RESOLUTIONS_SQL).get(params) as Omit<ResolutionCounts, 'handled' | 'average' | 'median'>;
  const resolvedAt = prepared(db, HANDLED_SQL.resolvedAt, 'pluck').all(params) as number[];
  const dispatchedAt = prepared(db, HANDLED_SQL.dispatchedAt, 'pluck').all(params) as number[];
  const firstDay = days.dayStart[0] ?? Infinity;
  const minutes = new Float64Array(resolvedAt.length);
  let n = 0;
  let sum = 0;
  resolvedAt.forEach((at, i) => {
    const dispatched = dispatchedAt[i]!;
    // As in the reference: a dispatch before the working-days table has no working time and is left out.
    if (dispatched < firstDay) return;
    const m = sqlRound((workingMsOn(days, dayOf(days, at), at) - workingMsOn(days, dayOf(days, dispatched), dispatched)) / 60000);
    minutes[n++] = m;
    sum += m;
  });
  const median = middleOf(minutes.subarray(0, n));
  return { ...resolved, handled: n, average: n === 0 ? null : sum / n, median };
}

function callbacks(db: Db, params: StatsParams): CallbackCounts {
  const due = prepared(db, CALLBACKS_DUE_SQL).get(params) as { due: number; open: number };
  const byPerson = keyCounts(db, CALLBACKS_DONE_SQL.byPerson, params);
  const levels = keyCounts(db, CALLBACKS_DONE_SQL.byLevel, params);
  for (const { key, n } of prepared(db, CALLBACKS_DONE_SQL.superseded).all(params) as KeyCount[]) {
    addCount(levels, key, -n);
    if (levels.get(key) === 0) levels.delete(key);
  }
  return {
    due: due.due,
    calledBack: due.due - due.open,
    // Every round made has a person, '' when none was recorded.
    rounds: [...byPerson.values()].reduce((sum, n) => sum + n, 0),
    byPerson,
    levels,
  };
}

export const factSource: StatsSource = {
  received,
  resolutions,
  callbacks,
  exceptions: (db, params) => prepared(db, EXCEPTIONS_SQL).get(params) as ReturnType<StatsSource['exceptions']>,
};
