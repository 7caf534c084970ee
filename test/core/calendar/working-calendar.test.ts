import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  addWorkingMinutes,
  deadlineAfter,
  deadlineAfterPause,
  endOfNthWorkingDay,
  isWorkingDay,
  nextWorkingMoment,
  workingMinutesBetween,
  type WorkingCalendar,
} from '../../../electron/core/calendar/working-calendar';
import { officialDay, officialYears } from '../../../electron/core/calendar/official-schedule';

/** The official schedule, 09:00-18:00, as the app ships it. */
const calendar: WorkingCalendar = { dayKind: (d) => officialDay(d)?.kind, workStart: 9 * 60, workEnd: 18 * 60 };
const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('the official schedule', () => {
  it('ships the National Day holiday and its make-up workdays', () => {
    expect(officialDay('2025-10-01')).toEqual({ kind: 'holiday', name: '国庆节' });
    expect(officialDay('2025-09-28')?.kind).toBe('workday');
    expect(officialDay('2025-10-11')?.kind).toBe('workday');
    expect(officialDay('2025-10-09')).toBeUndefined();
    expect(officialYears()).toContain(2026);
  });

  it('knows a make-up Sunday is a working day and a holiday Wednesday is not', () => {
    expect(isWorkingDay(calendar, new Date(2025, 8, 28))).toBe(true); // Sunday, 调休上班
    expect(isWorkingDay(calendar, new Date(2025, 9, 1))).toBe(false); // Wednesday, 国庆
    expect(isWorkingDay(calendar, new Date(2025, 9, 18))).toBe(false); // ordinary Saturday
  });
});

describe('deadlines in working time', () => {
  it('counts minutes within working hours only, across the evening', () => {
    expect(addWorkingMinutes(calendar, at(2025, 11, 20, 17, 30), 45)).toBe(at(2025, 11, 21, 9, 15));
  });

  it('skips a weekend', () => {
    expect(deadlineAfter(calendar, at(2025, 11, 21, 16, 0), { amount: 4, unit: 'hours' })).toBe(at(2025, 11, 24, 11, 0));
    expect(deadlineAfter(calendar, at(2025, 11, 21, 16, 0), { amount: 1, unit: 'working_days' })).toBe(at(2025, 11, 24, 16, 0));
  });

  it('skips the National Day holiday and works the make-up days', () => {
    // Friday 26 Sep 2025 + 2 working days: Sunday 28 Sep is a make-up workday, then Monday 29.
    expect(deadlineAfter(calendar, at(2025, 9, 26, 10, 0), { amount: 2, unit: 'working_days' })).toBe(at(2025, 9, 29, 10, 0));
    // Tuesday 30 Sep + 1 working day jumps the whole holiday (1-8 Oct) to Thursday 9 Oct.
    expect(deadlineAfter(calendar, at(2025, 9, 30, 15, 0), { amount: 1, unit: 'working_days' })).toBe(at(2025, 10, 9, 15, 0));
    // Friday 10 Oct + 1 working day is Saturday 11 Oct, a make-up workday.
    expect(deadlineAfter(calendar, at(2025, 10, 10, 11, 0), { amount: 1, unit: 'working_days' })).toBe(at(2025, 10, 11, 11, 0));
    // 30 minutes registered on a holiday start when work starts again.
    expect(deadlineAfter(calendar, at(2025, 10, 3, 12, 0), { amount: 30, unit: 'minutes' })).toBe(at(2025, 10, 9, 9, 30));
  });

  it('starts a day count from the next working moment when registered out of hours', () => {
    expect(addWorkingDays(calendar, at(2025, 11, 22, 10, 0), 1)).toBe(at(2025, 11, 25, 9, 0)); // Saturday -> Mon 09:00 -> Tue
    expect(nextWorkingMoment(calendar, at(2025, 11, 20, 20, 0))).toBe(at(2025, 11, 21, 9, 0));
  });

  it('finds the close of the Nth working day for "within N working days"', () => {
    // Resolved Friday 26 Sep 2025: 5 working days are 28, 29, 30 Sep, 9, 10 Oct.
    expect(endOfNthWorkingDay(calendar, at(2025, 9, 26, 16, 0), 5)).toBe(at(2025, 10, 10, 18, 0));
  });

  it('measures working minutes between two instants', () => {
    expect(workingMinutesBetween(calendar, at(2025, 11, 21, 17, 0), at(2025, 11, 24, 10, 0))).toBe(120);
    expect(workingMinutesBetween(calendar, at(2025, 11, 24, 10, 0), at(2025, 11, 21, 17, 0))).toBe(0);
  });

  it('gives back the working time left when a paused deadline resumes, excluding the pause', () => {
    const due = at(2025, 11, 25, 12, 0); // Tuesday noon
    const paused = at(2025, 11, 24, 16, 0); // Monday 16:00: 2 + 3 = 5 working hours left
    const resumed = at(2025, 11, 26, 10, 0); // Wednesday 10:00
    expect(deadlineAfterPause(calendar, due, paused, resumed)).toBe(at(2025, 11, 26, 15, 0));
    // Paused after it was already overdue: the deadline stays where it was.
    expect(deadlineAfterPause(calendar, due, at(2025, 11, 25, 13, 0), resumed)).toBe(due);
  });

  it('follows local edits over the official schedule', () => {
    const edited: WorkingCalendar = {
      ...calendar,
      dayKind: (d) => (d === '2025-11-24' ? 'holiday' : officialDay(d)?.kind),
    };
    expect(deadlineAfter(edited, at(2025, 11, 21, 16, 0), { amount: 1, unit: 'working_days' })).toBe(at(2025, 11, 25, 16, 0));
  });
});

describe('the elapsed clock and a site’s own week', () => {
  const fifteenMinutes = { amount: 15, unit: 'minutes' } as const;
  const lobby: WorkingCalendar = { ...calendar, workStart: 8 * 60, workEnd: 22 * 60, workDays: [0, 1, 2, 3, 4, 5, 6], observesHolidays: false };

  it('counts every minute on the elapsed clock: across a night, a weekend and a holiday alike', () => {
    // Sunday 23:50 (an ordinary Sunday) + 15 minutes = Monday 00:05.
    expect(deadlineAfter(calendar, at(2025, 11, 23, 23, 50), fifteenMinutes, 'elapsed')).toBe(at(2025, 11, 24, 0, 5));
    // National Day, four hours (003's contractor on site) and a day of 24 hours.
    expect(deadlineAfter(calendar, at(2025, 10, 1, 13, 26), { amount: 4, unit: 'hours' }, 'elapsed')).toBe(at(2025, 10, 1, 17, 26));
    expect(deadlineAfter(calendar, at(2025, 10, 1, 13, 26), { amount: 2, unit: 'working_days' }, 'elapsed')).toBe(at(2025, 10, 3, 13, 26));
  });

  it('keeps the working clock for the office: a Sunday complaint is answered from Monday morning', () => {
    expect(deadlineAfter(calendar, at(2025, 11, 23, 10, 0), fifteenMinutes, 'working')).toBe(at(2025, 11, 24, 9, 15));
    // Saturday 13:26 + 4 working hours (the problem seed 003 ran into) lands on Monday.
    expect(deadlineAfter(calendar, at(2025, 11, 22, 13, 26), { amount: 4, unit: 'hours' })).toBe(at(2025, 11, 24, 13, 0));
  });

  it('works a seven-day lobby on a Sunday and on a public holiday, within its own hours', () => {
    expect(deadlineAfter(lobby, at(2025, 11, 23, 10, 0), fifteenMinutes)).toBe(at(2025, 11, 23, 10, 15));
    expect(isWorkingDay(lobby, new Date(2025, 9, 1))).toBe(true);
    // After its 22:00 close the working clock waits for 08:00.
    expect(deadlineAfter(lobby, at(2025, 10, 1, 21, 55), fifteenMinutes)).toBe(at(2025, 10, 2, 8, 10));
  });

  it('lets a six-day site that observes holidays work Saturdays, but not National Day, and still work a make-up Sunday', () => {
    const sixDays: WorkingCalendar = { ...calendar, workDays: [1, 2, 3, 4, 5, 6], observesHolidays: true };
    expect(isWorkingDay(sixDays, new Date(2025, 9, 18))).toBe(true); // ordinary Saturday
    expect(isWorkingDay(sixDays, new Date(2025, 9, 4))).toBe(false); // Saturday in the National Day holiday
    expect(isWorkingDay(sixDays, new Date(2025, 8, 28))).toBe(true); // make-up Sunday
    expect(isWorkingDay(sixDays, new Date(2025, 10, 23))).toBe(false); // ordinary Sunday
  });

  it('gives back elapsed time after a pause on the elapsed clock', () => {
    const due = at(2025, 11, 23, 12, 0);
    expect(deadlineAfterPause(calendar, due, at(2025, 11, 23, 11, 0), at(2025, 11, 23, 20, 0), 'elapsed')).toBe(at(2025, 11, 23, 21, 0));
  });
});
