import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../shared/domain';
import { registerCase } from '../../../electron/core/cases/register-case';
import { queueCounts } from '../../../electron/core/queues/queue-counts';
import { readOrgSettings, saveCategory, saveDeadlineRule, saveSettingValues, updateStaff } from '../../../electron/core/settings/org-settings';
import { listCalendarDays, loadWorkingCalendar, setCalendarDay } from '../../../electron/core/settings/calendar-service';
import { createUser } from '../../../electron/core/users/users';
import { readSettingValues } from '../../../electron/core/settings/setting-values';
import { DEFAULT_SETTING_VALUES } from '../../../electron/core/settings/defaults';
import { isWorkingDay } from '../../../electron/core/calendar/working-calendar';
import { buildCaseInput, fakeClock, openTestCore } from '../../factories/core';
import { move } from '../../factories/lifecycle';

describe('organisation settings', () => {
  it('start with the seeds’ categories, departments and deadline rules, and the first person as manager', () => {
    const settings = readOrgSettings(openTestCore().db);
    expect(settings.categories.map((c) => c.id)).toEqual([...CATEGORIES]);
    expect(settings.departments.map((d) => d.name)).toEqual(['客服中心', '工程部', '秩序部', '环境部']);
    expect(settings.deadlineRules.find((r) => r.nature === 'major' && r.category === '*')?.resolution).toEqual({ amount: 1, unit: 'working_days' });
    expect(settings.staff).toEqual([expect.objectContaining({ name: '王前台', role: 'manager', active: true })]);
    expect(settings.values.callbackWorkingDays).toBe(5);
  });

  it('reads the values as the table holds them, whoever wrote them, and hands each caller its own copy', () => {
    const core = openTestCore();
    const first = readSettingValues(core.db);
    first.dueSoonHours = 99;
    expect(readSettingValues(core.db).dueSoonHours).toBe(DEFAULT_SETTING_VALUES.dueSoonHours);
    saveSettingValues(core, { dueSoonHours: 8 });
    expect(readSettingValues(core.db).dueSoonHours).toBe(8);
    // A write the settings service never saw (another connection, an import) is read all the same.
    core.db.prepare("UPDATE settings SET value = '12' WHERE id = 'dueSoonHours'").run();
    expect(readSettingValues(core.db).dueSoonHours).toBe(12);
    core.db.prepare("UPDATE settings SET deleted = 1 WHERE id = 'dueSoonHours'").run();
    expect(readSettingValues(core.db).dueSoonHours).toBe(DEFAULT_SETTING_VALUES.dueSoonHours);
  });

  it('edits categories, rules and values through the change log', () => {
    const core = openTestCore();
    const before = core.db.prepare('SELECT count(*) FROM changes').pluck().get() as number;
    let settings = saveCategory(core, { name: '装修管理', sort: 200, active: true });
    const custom = settings.categories.find((c) => c.name === '装修管理')!;
    expect(registerCase(core, buildCaseInput({ category: custom.id })).category).toBe(custom.id);
    saveCategory(core, { id: 'other', name: '', sort: 90, active: false });
    expect(() => registerCase(core, buildCaseInput({ category: 'other' }))).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    settings = saveDeadlineRule(core, { nature: 'valid', category: custom.id, clock: 'working', response: null, acceptance: null, resolution: { amount: 10, unit: 'working_days' } });
    expect(settings.deadlineRules.some((r) => r.category === custom.id)).toBe(true);
    settings = saveSettingValues(core, { dueSoonHours: 8, majorEscalationChain: ['general_manager'] });
    expect(settings.values).toMatchObject({ dueSoonHours: 8, majorEscalationChain: ['general_manager'] });
    expect(core.db.prepare('SELECT count(*) FROM changes').pluck().get()).toBeGreaterThan(before);
    // Saving the same values again records nothing.
    const unchanged = core.db.prepare('SELECT count(*) FROM changes').pluck().get();
    saveSettingValues(core, { dueSoonHours: 8 });
    expect(core.db.prepare('SELECT count(*) FROM changes').pluck().get()).toBe(unchanged);
  });

  it('lets an administrator add next year’s holidays and make-up days', () => {
    const core = openTestCore();
    setCalendarDay(core, { date: '2027-01-01', kind: 'holiday', name: '元旦' });
    setCalendarDay(core, { date: '2027-01-09', kind: 'workday', name: '元旦调休' });
    expect(listCalendarDays(core.db, 2027)).toEqual([
      { date: '2027-01-01', kind: 'holiday', name: '元旦', source: 'local' },
      { date: '2027-01-09', kind: 'workday', name: '元旦调休', source: 'local' },
    ]);
    const calendar = loadWorkingCalendar(core.db);
    expect(isWorkingDay(calendar, new Date(2027, 0, 1))).toBe(false);
    expect(isWorkingDay(calendar, new Date(2027, 0, 9))).toBe(true);
    // An official day can be set back to ordinary.
    setCalendarDay(core, { date: '2026-10-10', kind: 'normal', name: '' });
    expect(listCalendarDays(core.db, 2026).some((d) => d.date === '2026-10-10')).toBe(false);
  });
});

describe('work queues', () => {
  it('count what needs the person at the desk now', () => {
    const clock = fakeClock(new Date(2025, 10, 24, 9, 0).getTime());
    const core = openTestCore({ now: clock.now });
    const me = core.session.userId!;
    const colleague = createUser(core, { name: '孙工' });
    updateStaff(core, { id: me, departmentId: 'dept-engineering' });
    updateStaff(core, { id: colleague.id, role: 'manager' });

    registerCase(core, buildCaseInput({ receivedAt: clock.now() }));
    const toJudge2 = registerCase(core, buildCaseInput({ receivedAt: clock.now() }));
    move(core, toJudge2.id, { action: 'refer_to_manager' });
    const mine = registerCase(core, buildCaseInput({ receivedAt: clock.now() }));
    move(core, mine.id, { action: 'judge', nature: 'valid' });
    move(core, mine.id, { action: 'dispatch', departmentId: 'dept-engineering' });
    const soon = registerCase(core, buildCaseInput({ receivedAt: clock.now() }));
    move(core, soon.id, { action: 'judge', nature: 'valid' });
    move(core, soon.id, { action: 'dispatch', departmentId: 'dept-security', dueAt: new Date(2025, 10, 24, 17, 0).getTime() });
    const late = registerCase(core, buildCaseInput({ receivedAt: clock.now() }));
    move(core, late.id, { action: 'judge', nature: 'valid' });
    move(core, late.id, { action: 'dispatch', departmentId: 'dept-security', dueAt: new Date(2025, 10, 24, 8, 0).getTime() });
    move(core, late.id, { action: 'escalate', toUserId: me, reason: '超时' });

    expect(queueCounts(core.db, { now: clock.now(), userId: me })).toEqual({
      to_judge: 2,
      overdue: 1,
      due_today: 1,
      my_department: 1,
      escalated_to_me: 1,
      // Nothing is late yet on the response or acceptance clocks, and nothing was referred to the company.
      response_overdue: 0,
      acceptance_overdue: 0,
      awaiting_decision: 0,
      // The office does not verify results unless it says so.
      to_verify: 0,
      notice_overdue: 0,
      responseOverdue: 0,
      acceptanceOverdue: 0,
      awaitingDecision: 0,
      // Per kind of limit: the handling deadline due at 17:00 is near, the one due at 08:00 passed.
      clocks: {
        response: { dueSoon: 0, overdue: 0 },
        acceptance: { dueSoon: 0, overdue: 0 },
        resolution: { dueSoon: 1, overdue: 1 },
        callback: { dueSoon: 0, overdue: 0 },
      },
    });
  });
});
