/**
 * The callback side of a period's statistics: the callback rate over the
 * cases whose callback fell due in the period, satisfaction per case by its
 * last round, and each person's callbacks against the quota of their role.
 * What each number means is in metric-definitions.ts; the comments here say
 * how the SQL gets there. Every query takes @from, @to and @site only (the
 * benchmark runs them all with those).
 */
import { CALLBACK_STATUSES, SATISFACTION_LEVELS, type Role, type Satisfaction } from '../../../shared/domain';
import type { CallbackQuotaLine, PeriodStats } from '../../../shared/schemas/stats';
import type { Db } from '../db/connection';
import { prepared } from '../db/prepared';
import { COUNTED_CASE, ratio, SITE } from './stats-sql';

/** Seed 001: every resolved case is called back. */
export const CALLBACK_TARGET = 1;

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

export const CALLBACK_QUERIES = { callbacksDue: CALLBACKS_DUE_SQL, callbacksDone: CALLBACKS_DONE_SQL } as const;

/** A person who may owe callbacks: everyone not deleted, in the order they were added. */
export interface StatsPerson {
  id: string;
  name: string;
  role: Role;
  active: boolean;
}

export function readPeople(db: Db): StatsPerson[] {
  const rows = db.prepare('SELECT id, name, role, active FROM users WHERE deleted = 0 ORDER BY created_at, name').all() as {
    id: string;
    name: string;
    role: Role;
    active: number;
  }[];
  return rows.map((row) => ({ ...row, active: row.active === 1 }));
}

export interface CallbackOptions {
  satisfiedLevels: readonly Satisfaction[];
  people: readonly StatsPerson[];
  /** Callbacks a month by role (the callbackQuotas setting). */
  quotas: Partial<Record<Role, number>>;
  /** Whole calendar months in the period; 0 when it is not whole months, and then no quota applies. */
  months: number;
}

type Params = { from: number; to: number; site: string | null };

/**
 * Active people whose role has a quota, and anyone who made a callback in
 * the period; a quota is the monthly one times the period's whole months.
 */
function quotaLines(byPerson: Map<string, number>, options: CallbackOptions): CallbackQuotaLine[] {
  return options.people
    .filter((person) => (person.active && (options.quotas[person.role] ?? 0) > 0) || byPerson.has(person.id))
    .map((person) => {
      const done = byPerson.get(person.id) ?? 0;
      const monthly = options.quotas[person.role] ?? 0;
      const quota = monthly > 0 && options.months > 0 ? monthly * options.months : null;
      return { userId: person.id, name: person.name, role: person.role, done, quota, met: quota === null ? null : done >= quota };
    });
}

export function callbackStats(
  db: Db,
  params: Params,
  options: CallbackOptions,
): Pick<PeriodStats, 'callback' | 'satisfaction' | 'callbackQuotas'> {
  const due = prepared(db, CALLBACKS_DUE_SQL).get(params) as { due: number; calledBack: number };
  const levels = Object.fromEntries(SATISFACTION_LEVELS.map((level) => [level, 0])) as Record<Satisfaction, number>;
  const byPerson = new Map<string, number>();
  let rounds = 0;
  let calledBack = 0;
  for (const row of prepared(db, CALLBACKS_DONE_SQL).all(params) as { kind: 'person' | 'level'; key: string; n: number }[]) {
    if (row.kind === 'person') {
      rounds += row.n;
      byPerson.set(row.key, row.n);
    } else {
      calledBack += row.n;
      if (row.key in levels) levels[row.key as Satisfaction] += row.n;
    }
  }
  const satisfied = options.satisfiedLevels.reduce((sum, level) => sum + levels[level], 0);
  return {
    callback: { done: rounds, due: due.due, calledBack: due.calledBack, rate: ratio(due.calledBack, due.due), target: CALLBACK_TARGET },
    satisfaction: { levels, calledBack, satisfied, rate: ratio(satisfied, calledBack) },
    callbackQuotas: quotaLines(byPerson, options),
  };
}
