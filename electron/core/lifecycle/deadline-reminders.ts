/**
 * The desktop reminder of response (响应) and acceptance (接单) limits about to pass: each limit is
 * reminded of once, when it comes within the set minutes (setting `reminderMinutes`), by the app left
 * open at the desk. What was reminded of is kept in memory: after a restart a limit still ahead is
 * reminded of again, which is what the person at the desk then needs.
 */
import type { Db } from '../db/connection';
import { readSettingValues } from '../settings/setting-values';
import { ACCEPTANCE_INDEX, ACCEPTANCE_RUNNING, RESPONSE_INDEX, RESPONSE_RUNNING } from '../cases/watched-clocks';

export interface ClockReminder {
  response: number;
  acceptance: number;
  minutes: number;
}

const MINUTE = 60_000;

/** Through the clock's own index (see watched-clocks.ts runningClock). */
function dueWithin(db: Db, index: string, running: string, column: string, from: number, to: number): { id: string; dueAt: number }[] {
  return db
    .prepare(`SELECT c.id, ${column} AS dueAt FROM cases c INDEXED BY ${index} WHERE c.deleted = 0 AND ${running} AND ${column} >= ? AND ${column} <= ?`)
    .all(from, to) as { id: string; dueAt: number }[];
}

/** The limits that pass within the reminder minutes and were not reminded of yet (`reminded` remembers them). */
export function clockReminder(db: Db, now: number, reminded: Set<string>): ClockReminder {
  const minutes = readSettingValues(db).reminderMinutes;
  const until = now + minutes * MINUTE;
  const fresh = (kind: string, rows: { id: string; dueAt: number }[]) =>
    rows.filter((row) => {
      const key = `${row.id}:${kind}:${row.dueAt}`;
      if (reminded.has(key)) return false;
      reminded.add(key);
      return true;
    }).length;
  return {
    response: fresh('response', dueWithin(db, RESPONSE_INDEX, RESPONSE_RUNNING, 'c.response_due_at', now, until)),
    acceptance: fresh('acceptance', dueWithin(db, ACCEPTANCE_INDEX, ACCEPTANCE_RUNNING, 'c.acceptance_due_at', now, until)),
    minutes,
  };
}
