/**
 * When a case is resolved, its callback (回访) is scheduled: due by the close
 * of the Nth working day (setting, default 5, seed 002), made the way the
 * rules ask (a home visit for a major complaint unless the office allows
 * another, by phone otherwise), and assigned as the settings say (by default
 * the manager for a major complaint, whoever registered it otherwise).
 */
import { countedAttempts, defaultMethod } from '../../../shared/rules/callbacks';
import type { Role } from '../../../shared/domain';
import { recordChanges, type Writer } from '../changes/change-log';
import type { Db } from '../db/connection';
import { prepared } from '../db/prepared';
import { endOfNthWorkingDay } from '../calendar/working-calendar';
import { newId } from '../ids';
import { firstActiveWithRole } from '../lifecycle/escalation';
import { loadWorkingCalendar } from '../settings/calendar-service';
import { readSettingValues } from '../settings/setting-values';

export { requiredMethod } from '../../../shared/rules/callbacks';

/** Who calls back: whoever registered the case, or the first active holder of a role (the registrar when nobody holds it). */
function callbackAssignee(db: Db, by: 'registrar' | Role, registeredBy: string): string {
  return by === 'registrar' ? registeredBy : (firstActiveWithRole(db, by) ?? registeredBy);
}

interface ResolvedCase {
  id: string;
  nature: string;
}

export function scheduleCallback(db: Db, writer: Writer, kase: ResolvedCase, resolvedAt: number): string {
  const registeredBy = db.prepare('SELECT created_by FROM cases WHERE id = ?').pluck().get(kase.id) as string;
  const round = (db.prepare('SELECT count(*) FROM callbacks WHERE case_id = ? AND deleted = 0').pluck().get(kase.id) as number) + 1;
  const values = readSettingValues(db);
  const dueAt = endOfNthWorkingDay(loadWorkingCalendar(db), resolvedAt, values.callbackWorkingDays);
  const assignee = callbackAssignee(db, kase.nature === 'major' ? values.callbackBy.major : values.callbackBy.ordinary, registeredBy);
  const id = newId();
  recordChanges(db, writer, 'callback', id, [
    { field: 'caseId', value: kase.id },
    { field: 'round', value: round },
    { field: 'dueAt', value: dueAt },
    { field: 'method', value: defaultMethod(kase.nature, values.majorCallbackMethod) },
    { field: 'assigneeId', value: assignee },
    { field: 'status', value: 'pending' },
    { field: 'createdAt', value: resolvedAt },
  ]);
  return id;
}

/** The latest round is done (or waived), or the case never had one: nothing stops it closing. */
export function callbackSettled(db: Db, caseId: string): boolean {
  // Every move of a case asks (transition-case.ts); `+?`: see prepared.ts.
  const latest = prepared(db, 'SELECT status FROM callbacks WHERE case_id = +? AND deleted = 0 ORDER BY round DESC LIMIT 1', 'pluck').get(caseId) as
    | string
    | undefined;
  return latest === undefined || latest !== 'pending';
}

/** The latest round still waiting, and its failed attempts that count (those far enough apart, setting `attemptGapMinutes`). */
export function pendingCallback(db: Db, caseId: string): { id: string; attempts: number } | null {
  // `+?`: see db/prepared.ts.
  const id = db
    .prepare(`SELECT id FROM callbacks WHERE case_id = +? AND status = 'pending' AND deleted = 0 ORDER BY round DESC LIMIT 1`)
    .pluck()
    .get(caseId) as string | undefined;
  if (!id) return null;
  const times = db.prepare('SELECT at FROM callback_attempts WHERE callback_id = ? AND deleted = 0').pluck().all(id) as number[];
  return { id, attempts: countedAttempts(times, readSettingValues(db).attemptGapMinutes) };
}
