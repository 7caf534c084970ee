/**
 * When a case is resolved, its callback (回访) is scheduled: due by the close
 * of the Nth working day (setting, default 5, seed 002), by home visit for a
 * major complaint and by phone otherwise, assigned to the manager for a
 * major complaint and to whoever registered it otherwise.
 */
import { defaultMethod } from '../../../shared/rules/callbacks';
import { recordChanges, type Writer } from '../changes/change-log';
import type { Db } from '../db/connection';
import { endOfNthWorkingDay } from '../calendar/working-calendar';
import { newId } from '../ids';
import { firstActiveWithRole } from '../lifecycle/escalation';
import { loadWorkingCalendar } from '../settings/calendar-service';
import { readSettingValues } from '../settings/setting-values';

export { requiredMethod } from '../../../shared/rules/callbacks';

interface ResolvedCase {
  id: string;
  nature: string;
}

export function scheduleCallback(db: Db, writer: Writer, kase: ResolvedCase, resolvedAt: number): string {
  const registeredBy = db.prepare('SELECT created_by FROM cases WHERE id = ?').pluck().get(kase.id) as string;
  const round = (db.prepare('SELECT count(*) FROM callbacks WHERE case_id = ? AND deleted = 0').pluck().get(kase.id) as number) + 1;
  const dueAt = endOfNthWorkingDay(loadWorkingCalendar(db), resolvedAt, readSettingValues(db).callbackWorkingDays);
  const assignee = kase.nature === 'major' ? (firstActiveWithRole(db, 'manager') ?? registeredBy) : registeredBy;
  const id = newId();
  recordChanges(db, writer, 'callback', id, [
    { field: 'caseId', value: kase.id },
    { field: 'round', value: round },
    { field: 'dueAt', value: dueAt },
    { field: 'method', value: defaultMethod(kase.nature) },
    { field: 'assigneeId', value: assignee },
    { field: 'status', value: 'pending' },
    { field: 'createdAt', value: resolvedAt },
  ]);
  return id;
}

/** The latest round is done (or waived), or the case never had one: nothing stops it closing. */
export function callbackSettled(db: Db, caseId: string): boolean {
  const latest = db
    .prepare('SELECT status FROM callbacks WHERE case_id = ? AND deleted = 0 ORDER BY round DESC LIMIT 1')
    .pluck()
    .get(caseId) as string | undefined;
  return latest === undefined || latest !== 'pending';
}

export function pendingCallback(db: Db, caseId: string): { id: string; attempts: number } | null {
  const row = db
    .prepare(
      `SELECT cb.id, (SELECT count(*) FROM callback_attempts a WHERE a.callback_id = cb.id AND a.deleted = 0) AS attempts
         FROM callbacks cb WHERE cb.case_id = ? AND cb.status = 'pending' AND cb.deleted = 0 ORDER BY cb.round DESC LIMIT 1`,
    )
    .get(caseId) as { id: string; attempts: number } | undefined;
  return row ?? null;
}
