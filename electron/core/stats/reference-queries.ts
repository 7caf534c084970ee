/**
 * The statistics' definitions written as SQL over the case book itself:
 * each an aggregate query over cases, case_events and callbacks, as the app
 * ran them up to schema 17. What each number means is written in
 * metric-definitions.ts; the comments here say how the SQL gets there.
 *
 * The app now reads the same counts from the fact tables (fact-queries.ts);
 * these stay as the reference the fact queries are held to (the equality
 * test, the benchmark's check on a large book). Change both together.
 *
 * Every query takes @from, @to (a period is [from, to)) and @site (NULL for
 * every site). The resolutions query also needs the working-days table
 * (working-time-table.ts) filled over the period and everything before it.
 */
import { CALLBACK_STATUSES } from '../../../shared/domain';
import { prepared } from '../db/prepared';
import { addCount, type CallbackCounts, type ReceivedCounts, type ReceivedDim, type StatsSource } from './stats-source';
import { COUNTED_CASE, SITE } from './stats-sql';
import { WORKING_DAYS_TABLE, workingMsBefore } from './working-time-table';

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

/** Every status a round can have: naming them lets the (status, due_at) index find the rounds due in a period. */
const STATUSES = CALLBACK_STATUSES.map((status) => `'${status}'`).join(', ');

/**
 * The rounds due in the period (by their due time), one row per case: it is
 * called back when every such round is done (min(done) = 1). A waived round
 * counts as due and not done when a manager closed the case without its
 * callback: a close event naming a callback exception after the round was
 * scheduled and before the next one was. Any other waived round was dropped
 * by a reopen: the case went back to work, no callback was due, and the next
 * resolution schedules a new round.
 */
const CALLBACKS_DUE_SQL = `
  WITH due AS MATERIALIZED (
    SELECT cb.case_id, cb.status = 'done' AS done
      FROM callbacks cb JOIN cases c ON c.id = cb.case_id
     WHERE cb.status IN (${STATUSES}) AND cb.due_at >= @from AND cb.due_at < @to AND cb.deleted = 0 AND ${COUNTED_CASE} AND ${SITE}
       AND (cb.status <> 'waived' OR EXISTS (
             SELECT 1 FROM case_events e
              WHERE e.case_id = cb.case_id AND e.action = 'close' AND e.deleted = 0 AND e.at >= cb.created_at
                AND json_extract(e.data, '$.callbackException.reason') IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM callbacks nx
                                 WHERE nx.case_id = cb.case_id AND nx.deleted = 0 AND nx.round > cb.round AND nx.created_at <= e.at)))
  )
  SELECT count(*) AS due, coalesce(sum(done), 0) AS calledBack
    FROM (SELECT case_id, min(done) AS done FROM due GROUP BY case_id)`;

/**
 * The rounds completed in the period, read once: counted by who made them
 * (the quotas; their sum is callbacksDone), and, per case, the satisfaction
 * of the highest round among them (the satisfaction rate and distribution).
 */
const CALLBACKS_DONE_SQL = `
  WITH d AS MATERIALIZED (
    SELECT cb.case_id, cb.round, cb.satisfaction, cb.completed_by
      FROM callbacks cb JOIN cases c ON c.id = cb.case_id
     WHERE cb.status = 'done' AND cb.completed_at >= @from AND cb.completed_at < @to AND cb.deleted = 0 AND ${COUNTED_CASE} AND ${SITE}
  )
  SELECT 'person' AS kind, coalesce(completed_by, '') AS key, count(*) AS n FROM d GROUP BY completed_by
  UNION ALL
  SELECT 'level', coalesce(satisfaction, ''), count(*)
    FROM (SELECT satisfaction, row_number() OVER (PARTITION BY case_id ORDER BY round DESC) AS nth FROM d)
   WHERE nth = 1 GROUP BY satisfaction`;

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

/** Every reference statement, by name. */
export const REFERENCE_QUERIES = {
  received: RECEIVED_SQL,
  resolutions: RESOLUTIONS_SQL,
  callbacksDue: CALLBACKS_DUE_SQL,
  callbacksDone: CALLBACKS_DONE_SQL,
  exceptions: EXCEPTIONS_SQL,
} as const;

type ReceivedRow = { dim: ReceivedDim | 'group' | 'unit'; key: string; n: number; closed: number; repeats: number; reopened: number; major: number };

export const referenceSource: StatsSource = {
  received(db, params) {
    const counts: ReceivedCounts = {
      dims: { category: new Map(), channel: new Map(), nature: new Map(), site: new Map(), department: new Map() },
      units: new Map(),
      received: 0,
      closed: 0,
      repeats: 0,
      reopened: 0,
      major: 0,
      groups: { groups: 0, cases: 0 },
    };
    for (const row of prepared(db, RECEIVED_SQL).all(params) as ReceivedRow[]) {
      if (row.dim === 'unit') counts.units.set(row.key, row.n);
      else if (row.dim === 'group') {
        counts.groups.groups += 1;
        counts.groups.cases += row.n;
      } else counts.dims[row.dim].set(row.key, row.n);
      if (row.dim !== 'category') continue;
      counts.received += row.n;
      counts.closed += row.closed;
      counts.repeats += row.repeats;
      counts.reopened += row.reopened;
      counts.major += row.major;
    }
    return counts;
  },
  resolutions: (db, params) => prepared(db, RESOLUTIONS_SQL).get(params) as ReturnType<StatsSource['resolutions']>,
  callbacks(db, params) {
    const due = prepared(db, CALLBACKS_DUE_SQL).get(params) as { due: number; calledBack: number };
    const counts: CallbackCounts = { ...due, rounds: 0, byPerson: new Map(), levels: new Map() };
    for (const row of prepared(db, CALLBACKS_DONE_SQL).all(params) as { kind: 'person' | 'level'; key: string; n: number }[]) {
      if (row.kind === 'level') addCount(counts.levels, row.key, row.n);
      else {
        counts.rounds += row.n;
        counts.byPerson.set(row.key, row.n);
      }
    }
    return counts;
  },
  exceptions: (db, params) => prepared(db, EXCEPTIONS_SQL).get(params) as ReturnType<StatsSource['exceptions']>,
};
