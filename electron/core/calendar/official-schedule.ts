/**
 * The State Council's published holidays and make-up workdays, shipped with
 * the app from the `chinese-days` package data (bundled at build time, never
 * fetched). An administrator adds later years as calendar edits.
 */
import schedule from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { DayKind } from './working-calendar';

interface Schedule {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const official = schedule as Schedule;

/** Chinese holiday name from entries like "National Day,国庆节,7". */
function holidayName(entry: string): string {
  return entry.split(',')[1] ?? entry;
}

export function officialDay(date: string): { kind: DayKind; name: string } | undefined {
  const holiday = official.holidays[date];
  if (holiday) return { kind: 'holiday', name: holidayName(holiday) };
  const workday = official.workdays[date];
  if (workday) return { kind: 'workday', name: holidayName(workday) };
  return undefined;
}

export function officialYears(): number[] {
  const years = new Set(Object.keys(official.holidays).map((d) => Number(d.slice(0, 4))));
  return [...years].sort((a, b) => a - b);
}
