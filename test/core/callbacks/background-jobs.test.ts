import { describe, expect, it } from 'vitest';
import { registerCase } from '../../../electron/core/cases/register-case';
import { escalationJob, reminderJob } from '../../../electron/core/background-jobs';
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

  it('log a failure and keep the app running', () => {
    const core = openTestCore();
    const logged: string[] = [];
    core.db.close();
    expect(() => escalationJob(core, (m) => logged.push(m))()).not.toThrow();
    expect(logged[0]).toMatch(/escalation failed/);
  });
});
