/**
 * Working time on the Chinese office calendar: weekends off, public holidays
 * off, and make-up workdays (调休) on, even when they fall on a weekend.
 * Everything is in the desk's local time, as the office reads a clock.
 *
 * Deadlines in minutes and hours count working minutes only; deadlines in
 * working days land at the same time of day N working days later. A site
 * may keep its own week (a lobby open seven days, holidays too); a rule on
 * the elapsed clock counts every minute instead (elapsedDeadline).
 */
import type { DeadlineClock, DeadlineUnit } from '../../../shared/domain';

export type DayKind = 'holiday' | 'workday';

export interface WorkingCalendar {
  /** Official schedule and local edits merged: a date (YYYY-MM-DD) is off (holiday) or on (make-up workday). */
  dayKind(date: string): DayKind | undefined;
  /** Working hours as minutes after midnight, e.g. 540 (09:00) to 1080 (18:00). */
  workStart: number;
  workEnd: number;
  /** The weekdays worked (0 Sunday … 6 Saturday); Monday to Friday unless a site says otherwise. */
  workDays?: readonly number[];
  /** Whether public holidays and make-up workdays (调休) apply; a seven-day lobby may open on holidays too. */
  observesHolidays?: boolean;
}

export const OFFICE_WEEK: readonly number[] = [1, 2, 3, 4, 5];

const MINUTE = 60_000;
const MAX_DAYS_SCANNED = 3660;

export function dateKey(at: number | Date): string {
  const d = typeof at === 'number' ? new Date(at) : at;
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function isWorkingDay(calendar: WorkingCalendar, day: Date): boolean {
  if (calendar.observesHolidays !== false) {
    const kind = calendar.dayKind(dateKey(day));
    if (kind === 'holiday') return false;
    if (kind === 'workday') return true;
  }
  return (calendar.workDays ?? OFFICE_WEEK).includes(day.getDay());
}

function atMinute(day: Date, minuteOfDay: number): number {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, minuteOfDay).getTime();
}

function startOfDay(at: number): Date {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

function nextDay(day: Date): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
}

/** The same instant if it is working time, else the start of the next working period. */
export function nextWorkingMoment(calendar: WorkingCalendar, at: number): number {
  let day = startOfDay(at);
  for (let i = 0; i < MAX_DAYS_SCANNED; i++, day = nextDay(day)) {
    if (!isWorkingDay(calendar, day)) continue;
    const open = atMinute(day, calendar.workStart);
    const close = atMinute(day, calendar.workEnd);
    if (at < open) return open;
    if (at < close) return at;
  }
  throw new Error('no working day within ten years: check the calendar');
}

export function addWorkingMinutes(calendar: WorkingCalendar, start: number, minutes: number): number {
  let at = nextWorkingMoment(calendar, start);
  let remaining = minutes * MINUTE;
  for (let i = 0; i < MAX_DAYS_SCANNED; i++) {
    const close = atMinute(startOfDay(at), calendar.workEnd);
    if (at + remaining <= close) return at + remaining;
    remaining -= close - at;
    at = nextWorkingMoment(calendar, close);
  }
  throw new Error('deadline more than ten years away');
}

/** N working days later at the same time of day (counted from the next working moment). */
export function addWorkingDays(calendar: WorkingCalendar, start: number, days: number): number {
  const from = nextWorkingMoment(calendar, start);
  const timeOfDay = from - startOfDay(from).getTime();
  let day = startOfDay(from);
  for (let counted = 0, i = 0; counted < days; i++) {
    if (i > MAX_DAYS_SCANNED) throw new Error('deadline more than ten years away');
    day = nextDay(day);
    if (isWorkingDay(calendar, day)) counted++;
  }
  return day.getTime() + timeOfDay;
}

/** The close of business on the Nth working day after `start` (for "within N working days"). */
export function endOfNthWorkingDay(calendar: WorkingCalendar, start: number, days: number): number {
  let day = startOfDay(start);
  for (let counted = 0, i = 0; counted < days; i++) {
    if (i > MAX_DAYS_SCANNED) throw new Error('deadline more than ten years away');
    day = nextDay(day);
    if (isWorkingDay(calendar, day)) counted++;
  }
  return atMinute(day, calendar.workEnd);
}

/** Working minutes between two instants (0 when `to` is not after `from`). */
export function workingMinutesBetween(calendar: WorkingCalendar, from: number, to: number): number {
  let total = 0;
  let at = nextWorkingMoment(calendar, from);
  for (let i = 0; at < to && i < MAX_DAYS_SCANNED; i++) {
    const close = atMinute(startOfDay(at), calendar.workEnd);
    total += Math.min(close, to) - at;
    at = nextWorkingMoment(calendar, close);
  }
  return Math.round(total / MINUTE);
}

export interface Duration {
  amount: number;
  unit: DeadlineUnit;
}

const UNIT_MS: Record<DeadlineUnit, number> = { minutes: MINUTE, hours: 60 * MINUTE, working_days: 24 * 60 * MINUTE };

/** On the elapsed clock: every minute counts, night and weekend too, and a day is 24 hours. */
export function elapsedDeadline(start: number, duration: Duration): number {
  return start + duration.amount * UNIT_MS[duration.unit];
}

export function deadlineAfter(calendar: WorkingCalendar, start: number, duration: Duration, clock: DeadlineClock = 'working'): number {
  if (clock === 'elapsed') return elapsedDeadline(start, duration);
  switch (duration.unit) {
    case 'minutes':
      return addWorkingMinutes(calendar, start, duration.amount);
    case 'hours':
      return addWorkingMinutes(calendar, start, duration.amount * 60);
    case 'working_days':
      return addWorkingDays(calendar, start, duration.amount);
  }
}

/**
 * A deadline moved on by a pause: the working time that was left when the
 * clock stopped is given back from the moment it restarts.
 */
export function deadlineAfterPause(
  calendar: WorkingCalendar,
  dueAt: number,
  pausedAt: number,
  resumedAt: number,
  clock: DeadlineClock = 'working',
): number {
  if (clock === 'elapsed') return dueAt > pausedAt ? resumedAt + (dueAt - pausedAt) : dueAt;
  const left = workingMinutesBetween(calendar, pausedAt, dueAt);
  return left > 0 ? addWorkingMinutes(calendar, resumedAt, left) : dueAt;
}
