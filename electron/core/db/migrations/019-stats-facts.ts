import type { Db } from '../connection';
import type { Migration } from './index';

/**
 * Statistics that stay fast as the book grows (stats/fact-queries.ts reads these; the definitions are
 * still the queries in stats/reference-queries.ts, and a test holds the two equal case for case).
 *
 * - The received cohort's breakdowns counted per UTC day (stats_received_days: a breakdown, its key, the
 *   day number received_at / 86400000, the site, the count), kept by triggers on `cases`; a period's
 *   whole UTC days are summed from it, the hours at either end counted from the cases. UTC days, not
 *   local ones, so the counts never depend on the machine's time zone. Small partial indexes on `cases`
 *   for the closed, repeat, reopened and grouped cases and the units, which SQLite keeps itself.
 * - Four narrow fact tables for what lies across several rows of a case, one row per counted
 *   (live, not set aside) case's resolve event, callback round due and callback round made, each with
 *   the case's site and the neighbours a period needs (the resolve before and after, the round due
 *   before), so a period is one range scan with no join to `cases`:
 *     stats_resolves        a resolve event; the first one also carries the first dispatch before it
 *     stats_callbacks_due   a round that counts as due (a waived round only under the manager-close rule)
 *     stats_callbacks_done  a round made, `last` = 0 when a later round of the case was made too
 *     stats_exceptions      a manager's close naming a callback exception, with its reason
 * - Triggers on `cases`, `case_events` and `callbacks` work a case's fact rows out again from its own
 *   rows whenever a write changes something they depend on, in the same transaction: a projection's
 *   insert or update (a service, a sync import, a merge or void that sets `excluded`, a deletion), or a
 *   migration's. A restore copies a whole book, facts and triggers included (an older one is brought
 *   here by this migration). A later migration that rebuilds one of the three tables must create these
 *   triggers again (test/core/stats/fact-queries.test.ts checks they are there).
 *
 * The case's rows in one order (time, then id) give each fact row its number `nth` and neighbours.
 * The callback statuses are the ones of today (shared/domain.ts CALLBACK_STATUSES): a new status needs a
 * migration that writes these triggers again.
 */

const COUNTED = 'c.deleted = 0 AND c.excluded = 0';

/**
 * The fact rows of the cases `where` selects, numbered per case: `per` is the windows' partition,
 * empty when `where` selects one case.
 */
function resolvesSelect(where: string, per: string): string {
  return `
    SELECT e.at, c.rowid, row_number() OVER w, c.site, lag(e.at) OVER w, lead(e.at) OVER w, c.due_at,
           CASE WHEN row_number() OVER w = 1 THEN
             (SELECT min(d.at) FROM case_events d WHERE d.case_id = c.id AND d.deleted = 0 AND d.action = 'dispatch' AND d.at <= e.at) END
      FROM cases c JOIN case_events e ON e.case_id = c.id
     WHERE ${where} AND ${COUNTED} AND e.action = 'resolve' AND e.deleted = 0
    WINDOW w AS (${per} ORDER BY e.at, e.id)`;
}

/** A manager's close naming a callback exception: the reason, as the reference reads it (NULL for none, or for data that is not JSON). */
const EXCEPTION_REASON = `CASE WHEN json_valid(e.data) THEN json_extract(e.data, '$.callbackException.reason') END`;

/** A waived round counts as due only when a manager closed the case without its callback before the next round was scheduled. */
const COUNTS_AS_DUE = `(cb.status <> 'waived' OR EXISTS (
    SELECT 1 FROM case_events e
     WHERE e.case_id = cb.case_id AND e.action = 'close' AND e.deleted = 0 AND e.at >= cb.created_at
       AND ${EXCEPTION_REASON} IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM callbacks nx
                        WHERE nx.case_id = cb.case_id AND nx.deleted = 0 AND nx.round > cb.round AND nx.created_at <= e.at)))`;

function callbacksDueSelect(where: string, per: string): string {
  return `
    SELECT due_at, case_rowid, row_number() OVER w, site, done, lag(due_at) OVER w,
           CASE WHEN done = 0 THEN lag(due_at) OVER (${per ? `${per}, done` : 'PARTITION BY done'} ORDER BY due_at, round, id) END
      FROM (SELECT cb.due_at, c.rowid AS case_rowid, c.site, cb.status = 'done' AS done, cb.round, cb.id
              FROM cases c JOIN callbacks cb ON cb.case_id = c.id
             WHERE ${where} AND ${COUNTED} AND cb.deleted = 0 AND cb.status IN ('pending', 'done', 'waived') AND ${COUNTS_AS_DUE})
    WINDOW w AS (${per} ORDER BY due_at, round, id)`;
}

function callbacksDoneSelect(where: string, per: string): string {
  return `
    SELECT cb.completed_at, c.rowid, row_number() OVER w, c.site, coalesce(cb.completed_by, ''), coalesce(cb.satisfaction, ''),
           lead(cb.round) OVER w IS NULL
      FROM cases c JOIN callbacks cb ON cb.case_id = c.id
     WHERE ${where} AND ${COUNTED} AND cb.deleted = 0 AND cb.status = 'done' AND cb.completed_at IS NOT NULL
    WINDOW w AS (${per} ORDER BY cb.round, cb.id)`;
}

function exceptionsSelect(where: string, per: string): string {
  return `
    SELECT at, case_rowid, row_number() OVER (${per} ORDER BY at, id), site, reason
      FROM (SELECT e.at, c.rowid AS case_rowid, e.id, c.site, ${EXCEPTION_REASON} AS reason
              FROM cases c JOIN case_events e ON e.case_id = c.id
             WHERE ${where} AND ${COUNTED} AND e.action = 'close' AND e.deleted = 0)
     WHERE reason IS NOT NULL`;
}

const BY_CASE = {
  resolves: 'PARTITION BY c.rowid',
  callbacksDue: 'PARTITION BY case_rowid',
  callbacksDone: 'PARTITION BY c.rowid',
  exceptions: 'PARTITION BY case_rowid',
} as const;

const FACTS = {
  resolves: {
    table: 'stats_resolves',
    columns: 'at, case_rowid, nth, site, prev_at, next_at, due_at, dispatched_at',
    select: resolvesSelect,
  },
  callbacksDue: {
    table: 'stats_callbacks_due',
    columns: 'due_at, case_rowid, nth, site, done, prev_due, prev_open_due',
    select: callbacksDueSelect,
  },
  callbacksDone: {
    table: 'stats_callbacks_done',
    columns: 'completed_at, case_rowid, nth, site, completed_by, satisfaction, last',
    select: callbacksDoneSelect,
  },
  exceptions: {
    table: 'stats_exceptions',
    columns: 'at, case_rowid, nth, site, reason',
    select: exceptionsSelect,
  },
} as const;
type Fact = keyof typeof FACTS;

/** Statements that work one case's rows of `fact` out again; `rowid` names the case's rowid (NULL when it is not there yet). */
function refresh(fact: Fact, rowid: string): string {
  const { table } = FACTS[fact];
  return `
    DELETE FROM ${table} WHERE case_rowid = ${rowid};${factsOf(fact, rowid)}`;
}

/** A case's rows of `fact` worked out, when it has none yet (a new case: its old rowid's rows went with it). */
function factsOf(fact: Fact, rowid: string): string {
  const { table, columns, select } = FACTS[fact];
  return `
    INSERT INTO ${table} (${columns}) ${select(`c.rowid = ${rowid}`, '')};`;
}

const rowidOf = (caseId: string) => `(SELECT rowid FROM cases WHERE id = ${caseId})`;

/** OLD and NEW differ in one of these columns. */
const changed = (columns: readonly string[]) => columns.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ');

/** Triggers on a table whose rows belong to a case by `case_id`: its facts are worked out again when a row that matters comes, changes or goes. */
function caseRowTriggers(table: string, name: string, facts: readonly Fact[], matters: (row: 'NEW' | 'OLD') => string, columns: readonly string[]): string {
  const redo = (caseRowid: string) => facts.map((fact) => refresh(fact, caseRowid)).join('');
  // A row moved to another case: the case it left is worked out again too.
  const left = `(SELECT rowid FROM cases WHERE id = OLD.case_id AND OLD.case_id IS NOT NEW.case_id)`;
  return `
    CREATE TRIGGER stats_${name}_insert AFTER INSERT ON ${table} WHEN ${matters('NEW')} BEGIN ${redo(rowidOf('NEW.case_id'))} END;
    CREATE TRIGGER stats_${name}_update AFTER UPDATE ON ${table}
      WHEN (${matters('OLD')} OR ${matters('NEW')}) AND (${changed(columns)})
      BEGIN ${redo(left)} ${redo(rowidOf('NEW.case_id'))} END;
    CREATE TRIGGER stats_${name}_delete AFTER DELETE ON ${table} WHEN ${matters('OLD')} BEGIN ${redo(rowidOf('OLD.case_id'))} END;`;
}

const ALL_FACTS = Object.keys(FACTS) as Fact[];

/** What the trigger on a new case row runs: its fact rows, `rowid` naming it (migration 27 adds a condition before it). */
export function newCaseFacts(rowid: string): string {
  return ALL_FACTS.map((fact) => factsOf(fact, rowid)).join('');
}

/** The SELECTs the triggers run to work out one case's fact rows, `rowid` naming the case: for tests of their plans. */
export function oneCaseFactSelects(rowid: string): string[] {
  return ALL_FACTS.map((fact) => FACTS[fact].select(`c.rowid = ${rowid}`, ''));
}

/** A resolution, or a dispatch of a case with resolutions counted (to any other case a dispatch changes nothing yet). */
const resolvesMatter = (row: 'NEW' | 'OLD') =>
  `(${row}.action = 'resolve' OR (${row}.action = 'dispatch' AND EXISTS (SELECT 1 FROM stats_resolves WHERE case_rowid = ${rowidOf(`${row}.case_id`)})))`;

/** What every fact row of a case depends on (its due_at only the resolutions' on-time count). */
const CASE_COLUMNS = ['id', 'deleted', 'excluded', 'site'];

/** The breakdowns of the received cohort, each a case's column as the definitions read it (no department counts under ''). */
const RECEIVED_DIMS: Record<string, (row: string) => string> = {
  category: (row) => `${row}.category`,
  channel: (row) => `${row}.channel`,
  nature: (row) => `${row}.nature`,
  site: (row) => `${row}.site`,
  department: (row) => `coalesce(${row}.department_id, '')`,
};
const counted = (row: string) => `${row}.deleted = 0 AND ${row}.excluded = 0`;

/** A counted case's day rows, each moved by `by` (1 as it comes, -1 as it goes). */
function receivedDaysAdd(row: 'NEW' | 'OLD', by: number): string {
  const keys = Object.entries(RECEIVED_DIMS).map(([dim, key]) => `SELECT '${dim}' AS dim, ${key(row)} AS key`);
  return `
    INSERT INTO stats_received_days (dim, key, day, site, n)
      SELECT dim, key, ${row}.received_at / 86400000, ${row}.site, ${by} FROM (${keys.join(' UNION ALL ')}) WHERE ${counted(row)}
      ON CONFLICT DO UPDATE SET n = n + excluded.n;`;
}

/** Rows a case leaving left at 0 go. */
const receivedDaysTidy = () =>
  Object.entries(RECEIVED_DIMS)
    .map(([dim, key]) => `DELETE FROM stats_received_days WHERE dim = '${dim}' AND key = ${key('OLD')} AND day = OLD.received_at / 86400000 AND site = OLD.site AND n = 0;`)
    .join('\n');

/**
 * Also written again by migration 20, which rebuilds the table under another key, and by migration 28, which has
 * them count a case only while `only` holds of its row (the others are counted when their turn comes).
 */
export function receivedDaysTriggers(only?: (row: 'NEW' | 'OLD') => string): string {
  const columns = ['received_at', 'site', 'category', 'channel', 'nature', 'department_id', 'deleted', 'excluded'];
  const when = (condition: string, row: 'NEW' | 'OLD') => (only ? `(${condition}) AND ${only(row)}` : condition);
  return `
    CREATE TRIGGER stats_received_insert AFTER INSERT ON cases WHEN ${when(counted('NEW'), 'NEW')} BEGIN ${receivedDaysAdd('NEW', 1)} END;
    CREATE TRIGGER stats_received_update AFTER UPDATE ON cases WHEN ${when(changed(columns), 'OLD')}
      BEGIN ${receivedDaysAdd('OLD', -1)} ${receivedDaysTidy()} ${receivedDaysAdd('NEW', 1)} END;
    CREATE TRIGGER stats_received_delete AFTER DELETE ON cases WHEN ${when(counted('OLD'), 'OLD')}
      BEGIN ${receivedDaysAdd('OLD', -1)} ${receivedDaysTidy()} END;`;
}

/** Adds to the day counts the counted cases among `cases`, a FROM and the start of its WHERE (the waiting cases, cases/waiting-cases.ts). */
export function receivedDaysAddFor(cases: string): string {
  return `
    INSERT INTO stats_received_days (dim, key, day, site, n)
    SELECT dim, key, received_at / 86400000, site, count(*) FROM (
      ${Object.entries(RECEIVED_DIMS)
        .map(([dim, key]) => `SELECT '${dim}' AS dim, ${key('cases')} AS key, received_at, site FROM ${cases} AND ${counted('cases')}`)
        .join(' UNION ALL ')})
     WHERE true GROUP BY 1, 2, 3, 4
    ON CONFLICT DO UPDATE SET n = n + excluded.n`;
}

/** Every counted case's day rows at once. */
const RECEIVED_DAYS_FILL = `
  INSERT INTO stats_received_days (dim, key, day, site, n)
  SELECT dim, key, received_at / 86400000, site, count(*) FROM (
    ${Object.entries(RECEIVED_DIMS)
      .map(([dim, key]) => `SELECT '${dim}' AS dim, ${key('cases')} AS key, received_at, site FROM cases WHERE ${counted('cases')}`)
      .join(' UNION ALL ')})
   GROUP BY 1, 2, 3, 4;`;

const SCHEMA = `
  CREATE TABLE stats_received_days (
    dim TEXT NOT NULL, key TEXT NOT NULL, day INTEGER NOT NULL, site TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (dim, key, day, site)
  ) WITHOUT ROWID;
  ${receivedDaysTriggers()}
  CREATE INDEX cases_stats_unit ON cases (building_room, received_at, site) WHERE deleted = 0 AND excluded = 0 AND building_room <> '';
  CREATE INDEX cases_stats_closed ON cases (received_at, site, closed_at) WHERE deleted = 0 AND excluded = 0 AND status = 'closed';
  CREATE INDEX cases_stats_repeat ON cases (received_at, site) WHERE deleted = 0 AND excluded = 0 AND repeat_of IS NOT NULL;
  CREATE INDEX cases_stats_reopened ON cases (received_at, site) WHERE deleted = 0 AND excluded = 0 AND reopen_count > 0;
  CREATE INDEX cases_stats_group ON cases (received_at, site, group_id) WHERE deleted = 0 AND excluded = 0 AND group_id IS NOT NULL;

  CREATE TABLE stats_resolves (
    at INTEGER NOT NULL, case_rowid INTEGER NOT NULL, nth INTEGER NOT NULL, site TEXT NOT NULL,
    prev_at INTEGER, next_at INTEGER, due_at INTEGER, dispatched_at INTEGER,
    PRIMARY KEY (at, case_rowid, nth)
  ) WITHOUT ROWID;
  CREATE INDEX stats_resolves_by_case ON stats_resolves (case_rowid);
  CREATE INDEX stats_resolves_handled ON stats_resolves (at, site, dispatched_at) WHERE dispatched_at IS NOT NULL;

  CREATE TABLE stats_callbacks_due (
    due_at INTEGER NOT NULL, case_rowid INTEGER NOT NULL, nth INTEGER NOT NULL, site TEXT NOT NULL,
    done INTEGER NOT NULL, prev_due INTEGER, prev_open_due INTEGER,
    PRIMARY KEY (due_at, case_rowid, nth)
  ) WITHOUT ROWID;
  CREATE INDEX stats_callbacks_due_by_case ON stats_callbacks_due (case_rowid);

  CREATE TABLE stats_callbacks_done (
    completed_at INTEGER NOT NULL, case_rowid INTEGER NOT NULL, nth INTEGER NOT NULL, site TEXT NOT NULL,
    completed_by TEXT NOT NULL, satisfaction TEXT NOT NULL, last INTEGER NOT NULL,
    PRIMARY KEY (completed_at, case_rowid, nth)
  ) WITHOUT ROWID;
  CREATE INDEX stats_callbacks_done_by_case ON stats_callbacks_done (case_rowid, nth, completed_at);
  CREATE INDEX stats_callbacks_done_by_person ON stats_callbacks_done (completed_by, completed_at, site);
  CREATE INDEX stats_callbacks_done_by_level ON stats_callbacks_done (satisfaction, completed_at, site);
  CREATE INDEX stats_callbacks_done_superseded ON stats_callbacks_done (completed_at, site, satisfaction) WHERE last = 0;

  CREATE TABLE stats_exceptions (
    at INTEGER NOT NULL, case_rowid INTEGER NOT NULL, nth INTEGER NOT NULL, site TEXT NOT NULL, reason,
    PRIMARY KEY (at, case_rowid, nth)
  ) WITHOUT ROWID;
  CREATE INDEX stats_exceptions_by_case ON stats_exceptions (case_rowid);

  CREATE TRIGGER stats_cases_insert AFTER INSERT ON cases BEGIN ${newCaseFacts('NEW.rowid')} END;
  CREATE TRIGGER stats_cases_update AFTER UPDATE ON cases
    WHEN ${changed(CASE_COLUMNS)}
    BEGIN ${ALL_FACTS.map((f) => refresh(f, 'NEW.rowid')).join('')} END;
  -- A new deadline (a dispatch, a reopen) moves only the resolutions' on-time count.
  CREATE TRIGGER stats_cases_deadline AFTER UPDATE ON cases
    WHEN OLD.due_at IS NOT NEW.due_at AND NOT (${changed(CASE_COLUMNS)})
    BEGIN ${refresh('resolves', 'NEW.rowid')} END;
  CREATE TRIGGER stats_cases_delete AFTER DELETE ON cases
    BEGIN ${ALL_FACTS.map((f) => `DELETE FROM ${FACTS[f].table} WHERE case_rowid = OLD.rowid;`).join(' ')} END;
  ${caseRowTriggers('case_events', 'case_events_resolves', ['resolves'], resolvesMatter, ['id', 'case_id', 'action', 'at', 'deleted'])}
  ${caseRowTriggers('case_events', 'case_events_closes', ['callbacksDue', 'exceptions'], (row) => `${row}.action = 'close'`, ['id', 'case_id', 'action', 'at', 'deleted', 'data'])}
  ${caseRowTriggers('callbacks', 'callbacks_due', ['callbacksDue'], () => '1', ['id', 'case_id', 'round', 'due_at', 'status', 'created_at', 'deleted'])}
  ${caseRowTriggers('callbacks', 'callbacks_done', ['callbacksDone'], () => '1', [
    'id', 'case_id', 'round', 'status', 'completed_at', 'completed_by', 'satisfaction', 'deleted',
  ])}
`;

/** How many tables fillStatsFacts fills, one after another: the day counts, then each fact table. */
const FILLED_TABLES = 1 + ALL_FACTS.length;

/** Every counted case's fact rows, worked out at once (the triggers do the same one case at a time); `onTable` counts the tables filled. */
export function fillStatsFacts(db: Db, onTable: (filled: number) => void = () => {}): void {
  db.exec(`DELETE FROM stats_received_days; ${RECEIVED_DAYS_FILL}`);
  onTable(1);
  for (const [index, fact] of ALL_FACTS.entries()) {
    const { table, columns, select } = FACTS[fact];
    db.exec(`DELETE FROM ${table}; INSERT INTO ${table} (${columns}) ${select('1', BY_CASE[fact])};`);
    onTable(2 + index);
  }
}

export const migration019StatsFacts: Migration = {
  version: 19,
  name: 'stats-facts',
  up: (db, onProgress) => {
    // Its steps: the tables, indexes and triggers (an index on cases reads every case), then each table filled.
    const steps = 1 + FILLED_TABLES;
    onProgress(0, steps);
    db.exec(SCHEMA);
    onProgress(1, steps);
    fillStatsFacts(db, (filled) => onProgress(1 + filled, steps));
  },
};
