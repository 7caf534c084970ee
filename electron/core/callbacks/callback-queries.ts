import type { Callback } from '../../../shared/schemas/callbacks';
import type { CallbackMethod } from '../../../shared/domain';
import type { Db } from '../db/connection';
import { readSettingValues } from '../settings/setting-values';
import { requiredMethod } from '../../../shared/rules/callbacks';
import { DomainError } from '../errors';
import { casesMergedInto } from '../cases/merged-cases';

export interface CallbackFilter {
  assigneeId?: string;
  method?: CallbackMethod;
  includeDone?: boolean;
  /** One case's rounds, with those of the cases merged into it. */
  caseId?: string;
}

function endOfDay(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

export function urgencyOf(status: string, dueAt: number, now: number): Callback['urgency'] {
  if (status !== 'pending') return 'done';
  if (dueAt < now) return 'overdue';
  return dueAt < endOfDay(now) ? 'due_today' : 'upcoming';
}

type Row = Omit<Callback, 'attempts' | 'urgency' | 'solved'> & { solved: number | null };

/** The callback queue: overdue first, then due today, then upcoming; each with the case it belongs to. */
export function listCallbacks(db: Db, filter: CallbackFilter, now: number): Callback[] {
  const where = ['cb.deleted = 0'];
  const params: unknown[] = [];
  if (!filter.includeDone) where.push(`cb.status = 'pending'`);
  if (filter.assigneeId) {
    where.push('cb.assignee_id = ?');
    params.push(filter.assigneeId);
  }
  if (filter.method) {
    where.push('cb.method = ?');
    params.push(filter.method);
  }
  if (filter.caseId) {
    const caseIds = [filter.caseId, ...casesMergedInto(db, filter.caseId).map((c) => c.id)];
    where.push(`cb.case_id IN (${caseIds.map(() => '?').join(', ')})`);
    params.push(...caseIds);
  } else {
    // The queues leave out voided and merged cases: nobody calls back about those.
    where.push('c.excluded = 0');
  }
  const rows = db
    .prepare(
      `SELECT cb.id, cb.case_id AS caseId, c.number AS caseNumber, c.complainant_name AS complainantName, c.phone,
              c.building_room AS buildingRoom, c.nature, cb.round, cb.due_at AS dueAt, cb.method,
              cb.assignee_id AS assigneeId, coalesce(a.name, '') AS assigneeName, cb.status, cb.satisfaction, cb.solved,
              cb.customer_words AS customerWords, cb.completed_at AS completedAt, coalesce(d.name, '') AS completedByName
         FROM callbacks cb JOIN cases c ON c.id = cb.case_id
         LEFT JOIN users a ON a.id = cb.assignee_id
         LEFT JOIN users d ON d.id = cb.completed_by
        WHERE ${where.join(' AND ')}
        ORDER BY ${filter.caseId ? 'cb.case_id = ? DESC, c.received_at, cb.round' : `cb.status = 'pending' DESC, cb.due_at, cb.round`}
        LIMIT 1000`,
    )
    .all(...params, ...(filter.caseId ? [filter.caseId] : [])) as Row[];
  // `+?`: see db/prepared.ts.
  const attempts = db.prepare(
    `SELECT at.id, at.result, at.note, at.call_again_at AS callAgainAt, at.at, coalesce(u.name, '') AS userName
       FROM callback_attempts at LEFT JOIN users u ON u.id = at.user_id
      WHERE at.callback_id = +? AND at.deleted = 0 ORDER BY at.at, at.id`,
  );
  const { majorCallbackMethod } = readSettingValues(db);
  return rows.map((row) => ({
    ...row,
    solved: row.solved === null ? null : row.solved === 1,
    attempts: attempts.all(row.id) as Callback['attempts'],
    requiredMethod: requiredMethod(row.nature, majorCallbackMethod),
    urgency: urgencyOf(row.status, row.dueAt, now),
  }));
}

export function getCallback(db: Db, id: string, now: number): Callback {
  const row = db.prepare('SELECT case_id FROM callbacks WHERE id = ? AND deleted = 0').pluck().get(id) as string | undefined;
  const callback = row ? listCallbacks(db, { caseId: row, includeDone: true }, now).find((c) => c.id === id) : undefined;
  if (!callback) throw new DomainError('NOT_FOUND', 'No such callback');
  return callback;
}

/** Pending callbacks of active cases meeting a condition on `cb` (someone's own, or the desk's). */
function countPending(db: Db, assigneeId: string | undefined, condition: string, ...params: unknown[]): number {
  const mine = assigneeId ? 'AND cb.assignee_id = ?' : '';
  return db
    .prepare(
      `SELECT count(*) FROM callbacks cb JOIN cases c ON c.id = cb.case_id
        WHERE cb.deleted = 0 AND cb.status = 'pending' AND c.excluded = 0 ${mine} AND ${condition}`,
    )
    .pluck()
    .get(...(assigneeId ? [assigneeId] : []), ...params) as number;
}

/** For the reminder: how many callbacks are overdue, and how many more are due today. */
export function callbackReminder(db: Db, now: number, assigneeId?: string): { overdue: number; dueToday: number } {
  return {
    overdue: countPending(db, assigneeId, 'cb.due_at < ?', now),
    dueToday: countPending(db, assigneeId, 'cb.due_at >= ? AND cb.due_at < ?', now, endOfDay(now)),
  };
}

/** For the home screen: the pending callbacks past their day, and those falling due within `soonMs`. */
export function callbackClockCounts(db: Db, now: number, soonMs: number, assigneeId?: string): { dueSoon: number; overdue: number } {
  return {
    overdue: countPending(db, assigneeId, 'cb.due_at < ?', now),
    dueSoon: countPending(db, assigneeId, 'cb.due_at >= ? AND cb.due_at <= ?', now, now + soonMs),
  };
}
