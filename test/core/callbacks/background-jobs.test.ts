import { describe, expect, it } from 'vitest';
import { registerCase } from '../../../electron/core/cases/register-case';
import { clockReminderJob, escalationJob, reminderJob } from '../../../electron/core/background-jobs';
import { buildCaseInput, fakeClock, openTestCore } from '../../factories/core';
import { move } from '../../factories/lifecycle';

const at = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h).getTime();

describe('background jobs', () => {
  it('remind the desk through the host when callbacks are due, and stay quiet otherwise', () => {
    const clock = fakeClock(at(2025, 11, 24, 10));
    const core = openTestCore({ now: clock.now });
    const reminders: unknown[] = [];
    core.ports = { remindCallbacks: (counts) => reminders.push(counts) };
    reminderJob(core)();
    expect(reminders).toEqual([]);
    const kase = registerCase(core, buildCaseInput({ receivedAt: clock.now() }));
    move(core, kase.id, { action: 'judge', nature: 'valid' });
    move(core, kase.id, { action: 'dispatch', departmentId: 'dept-engineering' });
    move(core, kase.id, { action: 'resolve', summary: '已修' });
    clock.set(at(2025, 12, 2, 9));
    reminderJob(core)();
    expect(reminders).toEqual([{ overdue: 1, dueToday: 0 }]);
  });

  it('remind once of a response limit about to pass and of an acceptance limit, as each comes within the set minutes', () => {
    const clock = fakeClock(at(2025, 11, 24, 10));
    const core = openTestCore({ now: clock.now });
    const reminders: unknown[] = [];
    core.ports = { remindDeadlines: (reminder) => reminders.push(reminder) };
    const job = clockReminderJob(core);
    // Registered at 10:00 (the default rule: a response within 2 working hours, so by 12:00).
    const kase = registerCase(core, buildCaseInput({ receivedAt: clock.now() }));
    job();
    expect(reminders).toEqual([]);
    clock.set(at(2025, 11, 24, 11) + 51 * 60_000);
    job();
    job();
    expect(reminders).toEqual([{ response: 1, acceptance: 0, minutes: 10 }]);
    // Dispatched at 11:51 (a response); the department has 2 working hours to accept, until 13:51.
    move(core, kase.id, { action: 'judge', nature: 'valid' });
    move(core, kase.id, { action: 'dispatch', departmentId: 'dept-engineering' });
    clock.set(at(2025, 11, 24, 13) + 46 * 60_000);
    job();
    expect(reminders).toEqual([
      { response: 1, acceptance: 0, minutes: 10 },
      { response: 0, acceptance: 1, minutes: 10 },
    ]);
  });

  it('log a failure and keep the app running', () => {
    const core = openTestCore();
    const logged: string[] = [];
    core.db.close();
    expect(() => escalationJob(core, (m) => logged.push(m))()).not.toThrow();
    expect(logged[0]).toMatch(/escalation failed/);
  });
});
