/**
 * The working calendar as a table SQL can read: one row per local day with
 * its working hours and the working milliseconds of every earlier day in
 * the table. The working time between two instants is then the difference
 * of two index lookups, W(to) - W(from), which equals what
 * calendar/working-calendar.ts workingMinutesBetween counts (a test holds
 * them together), so the handling-time median and average run in SQL over
 * thousands of cases without a loop per day per case.
 *
 * The table is a TEMP table: private to this connection, never synced,
 * rebuilt for each statistics call from the calendar in force. The same
 * days are kept in JavaScript too (WorkingDays): the handling time of a
 * year's cases is worked out there from one narrow scan (fact-queries.ts).
 */
import type { Db } from '../db/connection';
import { isWorkingDay, type WorkingCalendar } from '../calendar/working-calendar';

export const WORKING_DAYS_TABLE = 'temp.stats_working_days';

/**
 * SQL for W(t): working milliseconds from the table's first day up to the
 * instant `t` (an SQL expression). NULL before the first day.
 */
export function workingMsBefore(t: string): string {
  return `(SELECT w.before_ms + max(0, min(${t}, w.close_at) - w.open_at)
             FROM ${WORKING_DAYS_TABLE} w WHERE w.day_start <= ${t} ORDER BY w.day_start DESC LIMIT 1)`;
}

function localDay(at: number): Date {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

function atMinute(day: Date, minuteOfDay: number): number {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, minuteOfDay).getTime();
}

/** The table's rows as columns: day i starts at dayStart[i], works from openAt[i] to closeAt[i], after beforeMs[i] working ms. */
export interface WorkingDays {
  dayStart: number[];
  openAt: number[];
  closeAt: number[];
  beforeMs: number[];
}

/** Every local day from the one holding `from` to the one holding `to`, both included. */
export function workingDays(calendar: WorkingCalendar, from: number, to: number): WorkingDays {
  const days: WorkingDays = { dayStart: [], openAt: [], closeAt: [], beforeMs: [] };
  const last = localDay(to).getTime();
  let before = 0;
  for (let day = localDay(from); day.getTime() <= last; day = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1)) {
    const start = day.getTime();
    const working = isWorkingDay(calendar, day) && calendar.workEnd > calendar.workStart;
    // A day off is an empty working period at its midnight, so lookups landing in it add nothing.
    const open = working ? atMinute(day, calendar.workStart) : start;
    const close = working ? atMinute(day, calendar.workEnd) : start;
    days.dayStart.push(start);
    days.openAt.push(open);
    days.closeAt.push(close);
    days.beforeMs.push(before);
    before += close - open;
  }
  return days;
}

/** Fills the table with every local day from the one holding `from` to the one holding `to`, both included. */
export function fillWorkingDays(db: Db, calendar: WorkingCalendar, from: number, to: number): WorkingDays {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS stats_working_days (
             day_start INTEGER PRIMARY KEY, open_at INTEGER NOT NULL, close_at INTEGER NOT NULL, before_ms INTEGER NOT NULL)`);
  db.exec(`DELETE FROM ${WORKING_DAYS_TABLE}`);
  const insert = db.prepare(`INSERT INTO ${WORKING_DAYS_TABLE} (day_start, open_at, close_at, before_ms) VALUES (?, ?, ?, ?)`);
  const days = workingDays(calendar, from, to);
  days.dayStart.forEach((start, i) => insert.run(start, days.openAt[i], days.closeAt[i], days.beforeMs[i]));
  return days;
}

/** The day holding t: the last day starting at or before it, -1 before the first day. */
export function dayOf(days: WorkingDays, t: number): number {
  const { dayStart } = days;
  let low = -1;
  let high = dayStart.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (dayStart[mid]! <= t) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** W(t) as workingMsBefore reads it from the table, given t's day (dayOf). */
export function workingMsOn(days: WorkingDays, day: number, t: number): number {
  return days.beforeMs[day]! + Math.max(0, Math.min(t, days.closeAt[day]!) - days.openAt[day]!);
}
