/** The working calendar the deadlines use: the shipped official schedule with this organisation's edits on top. */
import type { CalendarDay } from '../../../shared/schemas/settings';
import { recordEntityUpdate } from '../changes/change-log';
import type { CoreContext } from '../context';
import { writerFor } from '../context';
import type { Db } from '../db/connection';
import { officialDay } from '../calendar/official-schedule';
import { OFFICE_WEEK, type DayKind, type WorkingCalendar } from '../calendar/working-calendar';
import { minutesOfDay, readSettingValues } from './setting-values';
import { prepared } from '../db/prepared';

function localEdits(db: Db): Map<string, { kind: string; name: string }> {
  const rows = prepared(db, 'SELECT id, kind, name FROM calendar_days WHERE deleted = 0').all() as {
    id: string; kind: string; name: string;
  }[];
  return new Map(rows.map((r) => [r.id, { kind: r.kind, name: r.name }]));
}

/** A site's week as the sites table keeps it: '' (and holidays observed) for the office's own. */
export interface SiteWeekColumns {
  workDays: string;
  workStart: string;
  workEnd: string;
  observesHolidays: number;
}

export function keepsOwnWeek(columns: SiteWeekColumns): boolean {
  return columns.workDays !== '' || columns.workStart !== '' || columns.workEnd !== '' || columns.observesHolidays === 0;
}

/** The week a site keeps, where it keeps its own (sites are matched by the name written on the case). */
function siteWeek(db: Db, site: string | undefined): SiteWeekColumns | undefined {
  if (!site) return undefined;
  const rows = prepared(
    db,
    `SELECT work_days AS workDays, work_start AS workStart, work_end AS workEnd, observes_holidays AS observesHolidays, active
       FROM sites WHERE name = ? AND deleted = 0`,
  ).all(site) as (SiteWeekColumns & { active: number })[];
  // An active site before a retired one of the same name; picked here, as an ORDER BY costs a sorter on every
  // registration and deadline.
  const row = rows.find((candidate) => candidate.active !== 0) ?? rows[0];
  return row && keepsOwnWeek(row) ? row : undefined;
}

/** The office's calendar, or the one of the case's site where that site keeps its own week and hours. */
export function loadWorkingCalendar(db: Db, site?: string): WorkingCalendar {
  const edits = localEdits(db);
  const values = readSettingValues(db);
  const week = siteWeek(db, site);
  return {
    dayKind: (date) => {
      const edit = edits.get(date);
      if (edit) return edit.kind === 'normal' ? undefined : (edit.kind as DayKind);
      return officialDay(date)?.kind;
    },
    workStart: minutesOfDay(week?.workStart || values.workStart),
    workEnd: minutesOfDay(week?.workEnd || values.workEnd),
    workDays: week?.workDays ? [...week.workDays].map(Number) : OFFICE_WEEK,
    observesHolidays: week ? week.observesHolidays === 1 : true,
  };
}

/** Every holiday and make-up workday of a year, official and edited, for the calendar screen. */
export function listCalendarDays(db: Db, year: number): CalendarDay[] {
  const days = new Map<string, CalendarDay>();
  for (let d = new Date(year, 0, 1); d.getFullYear() === year; d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1)) {
    const key = `${year}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const official = officialDay(key);
    if (official) days.set(key, { date: key, kind: official.kind, name: official.name, source: 'official' });
  }
  for (const [date, edit] of localEdits(db)) {
    if (!date.startsWith(`${year}-`)) continue;
    if (edit.kind === 'normal') days.delete(date);
    else days.set(date, { date, kind: edit.kind as DayKind, name: edit.name, source: 'local' });
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export function setCalendarDay(ctx: CoreContext, input: { date: string; kind: 'holiday' | 'workday' | 'normal'; name: string }): CalendarDay[] {
  const writer = writerFor(ctx);
  ctx.db.transaction(() => recordEntityUpdate(ctx.db, writer, 'calendar_day', input.date, { kind: input.kind, name: input.name }))();
  return listCalendarDays(ctx.db, Number(input.date.slice(0, 4)));
}
