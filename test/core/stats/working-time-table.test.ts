import { describe, expect, it } from 'vitest';
import { workingMinutesBetween } from '../../../electron/core/calendar/working-calendar';
import { loadWorkingCalendar, setCalendarDay } from '../../../electron/core/settings/calendar-service';
import { saveSettingValues } from '../../../electron/core/settings/org-settings';
import { createRandom } from '../../../electron/core/demo/random';
import { fillWorkingDays, workingMsBefore } from '../../../electron/core/stats/working-time-table';
import { openTestCore } from '../../factories/core';

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('the working-days table', () => {
  it('gives the same working minutes as workingMinutesBetween, holidays, make-up days and local edits included', () => {
    const core = openTestCore();
    // A local holiday on a Wednesday and a local make-up workday on a Sunday, and shorter working hours.
    setCalendarDay(core, { date: '2025-12-03', kind: 'holiday', name: '公司年会' });
    setCalendarDay(core, { date: '2025-12-07', kind: 'workday', name: '补班' });
    saveSettingValues(core, { workStart: '08:30', workEnd: '17:30' });
    const calendar = loadWorkingCalendar(core.db);
    const from = at(2025, 9, 1);
    const to = at(2026, 3, 1);
    fillWorkingDays(core.db, calendar, from, to);
    const between = core.db.prepare(`SELECT round((${workingMsBefore('@b')} - ${workingMsBefore('@a')}) / 60000.0) AS minutes`);

    const random = createRandom(7);
    const instants = [at(2025, 9, 26, 17, 0), at(2025, 9, 28, 10, 0), at(2025, 10, 1, 12, 0), at(2025, 12, 3, 10, 0), at(2025, 12, 7, 23, 59)];
    for (let i = 0; i < 400; i++) instants.push(from + Math.floor(random.next() * (to - from - 1)));
    for (let i = 0; i < 400; i++) {
      const a = random.pick(instants);
      const b = Math.max(a, a + Math.floor(random.next() * 40 * 86_400_000) - 5 * 86_400_000);
      const expected = workingMinutesBetween(calendar, a, Math.min(b, to));
      const { minutes } = between.get({ a, b: Math.min(b, to) }) as { minutes: number };
      expect({ a: new Date(a).toISOString(), b: new Date(b).toISOString(), minutes }).toEqual({
        a: new Date(a).toISOString(),
        b: new Date(b).toISOString(),
        minutes: expected,
      });
    }
  });
});
