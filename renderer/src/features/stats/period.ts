/**
 * The period the statistics cover, in the desk's local time. `to` is
 * exclusive, as the stats query wants: a month is [1st 00:00, next 1st 00:00).
 */
import type { Period } from '../../../../shared/schemas/stats';
import { startOfDay } from '../../lib/dates';

export type PeriodChoice = { kind: 'month'; year: number; month: number } | { kind: 'range'; from: string; to: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** The month `now` falls in; months are 1-12. */
export function thisMonth(now = new Date()): PeriodChoice {
  return { kind: 'month', year: now.getFullYear(), month: now.getMonth() + 1 };
}

/** The month `by` months after (or before, when negative) the given one. */
export function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const d = new Date(year, month - 1 + by, 1);
  return { year: d.getFullYear(), month: d.getMonth() + 1 };
}

export function monthPeriod(year: number, month: number): Period {
  return { from: new Date(year, month - 1, 1).getTime(), to: new Date(year, month, 1).getTime() };
}

/** `2026-11`, the value of a `month` input. */
export const monthValue = (year: number, month: number) => `${year}-${pad(month)}`;

export function parseMonthValue(value: string): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : null;
}

/** `2026-11-23`, the value of a `date` input. */
export const dateValue = (at: number) => {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** The query period of a choice; null when a custom range is incomplete or ends before it starts. The range's end date is included. */
export function toPeriod(choice: PeriodChoice): Period | null {
  if (choice.kind === 'month') return monthPeriod(choice.year, choice.month);
  const from = startOfDay(choice.from);
  const lastDay = startOfDay(choice.to);
  if (from === undefined || lastDay === undefined || lastDay < from) return null;
  const last = new Date(lastDay);
  return { from, to: new Date(last.getFullYear(), last.getMonth(), last.getDate() + 1).getTime() };
}

/** The six months ending with the month `at` falls in, oldest first. */
export function trendMonths(at: number, count = 6): { year: number; month: number; period: Period }[] {
  const d = new Date(at);
  return Array.from({ length: count }, (_, i) => {
    const { year, month } = shiftMonth(d.getFullYear(), d.getMonth() + 1, i - (count - 1));
    return { year, month, period: monthPeriod(year, month) };
  });
}
