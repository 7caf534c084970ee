import { describe, expect, it } from 'vitest';
import { registerCase } from '../../electron/core/cases/register-case';
import { caseNumberPrefix } from '../../electron/core/cases/case-number';
import { buildCaseInput, fakeClock, openTestCore } from '../factories/core';

describe('complaint numbers', () => {
  it('are desk code + year-month of registration + a four-digit sequence', () => {
    const clock = fakeClock(new Date(2026, 10, 5, 9, 0).getTime());
    const core = openTestCore({ now: clock.now, deskCode: 'B2' });
    expect(registerCase(core, buildCaseInput({ receivedAt: clock.now() })).number).toBe('B2-202611-0001');
  });

  it('run on without gaps within a month and start again at 0001 in the next', () => {
    const clock = fakeClock(new Date(2026, 10, 28, 9, 0).getTime());
    const core = openTestCore({ now: clock.now });
    const november = Array.from({ length: 12 }, () => registerCase(core, buildCaseInput({ receivedAt: clock.now() })).number);
    expect(november).toEqual(Array.from({ length: 12 }, (_, i) => `A-202611-${String(i + 1).padStart(4, '0')}`));
    clock.set(new Date(2026, 11, 1, 0, 0, 1).getTime());
    expect(registerCase(core, buildCaseInput({ receivedAt: clock.now() })).number).toBe('A-202612-0001');
    clock.set(new Date(2027, 0, 2, 8, 0).getTime());
    expect(registerCase(core, buildCaseInput({ receivedAt: clock.now() })).number).toBe('A-202701-0001');
    clock.set(new Date(2026, 11, 31, 23, 59).getTime());
    expect(registerCase(core, buildCaseInput({ receivedAt: clock.now() })).number).toBe('A-202612-0002');
  });

  it('survive a restart of the app', () => {
    const clock = fakeClock(new Date(2026, 10, 10).getTime());
    const first = openTestCore({ now: clock.now });
    registerCase(first, buildCaseInput({ receivedAt: clock.now() }));
    const dataDir = first.dataDir;
    first.close();
    const second = openTestCore({ now: clock.now, dataDir, setup: false });
    second.session.userId = (second.db.prepare('SELECT id FROM users').pluck().get() as string) ?? null;
    expect(registerCase(second, buildCaseInput({ receivedAt: clock.now() })).number).toBe('A-202611-0002');
  });

  it('go on past 9999, where the numbers no longer sort as text does, counted up from there', () => {
    const clock = fakeClock(new Date(2026, 10, 10).getTime());
    const core = openTestCore({ now: clock.now });
    const register = () => registerCase(core, buildCaseInput({ receivedAt: clock.now() })).number;
    const first = registerCase(core, buildCaseInput({ receivedAt: clock.now() }));
    // As if the desk had registered 9,997 cases this month already.
    core.db.prepare('UPDATE cases SET number = ? WHERE id = ?').run('A-202611-9997', first.id);
    expect([register(), register(), register(), register()]).toEqual(['A-202611-9998', 'A-202611-9999', 'A-202611-10000', 'A-202611-10001']);
    // From there the counter is counted up, so a number is not sought among ten thousand.
    expect(core.db.prepare('SELECT last FROM case_number_counters WHERE prefix = ?').pluck().get('A-202611')).toBe(10001);
  });

  it('go on after the counter a restore leaves, and write no counter themselves', () => {
    const clock = fakeClock(new Date(2026, 10, 10).getTime());
    const core = openTestCore({ now: clock.now });
    registerCase(core, buildCaseInput({ receivedAt: clock.now() }));
    // Numbers the desk gave before its backup was restored (backup/restore.ts keeps them as counters).
    core.db.prepare('INSERT INTO case_number_counters (prefix, last) VALUES (?, ?)').run('A-202611', 40);
    expect(registerCase(core, buildCaseInput({ receivedAt: clock.now() })).number).toBe('A-202611-0041');
    expect(registerCase(core, buildCaseInput({ receivedAt: clock.now() })).number).toBe('A-202611-0042');
    expect(core.db.prepare('SELECT prefix, last FROM case_number_counters').all()).toEqual([{ prefix: 'A-202611', last: 40 }]);
  });

  it('never collide between desks with different codes', () => {
    const clock = fakeClock(new Date(2026, 10, 10).getTime());
    const a = openTestCore({ now: clock.now, deskCode: 'A' });
    const b = openTestCore({ now: clock.now, deskCode: 'B' });
    const numbers = [
      ...Array.from({ length: 30 }, () => registerCase(a, buildCaseInput({ receivedAt: clock.now() })).number),
      ...Array.from({ length: 30 }, () => registerCase(b, buildCaseInput({ receivedAt: clock.now() })).number),
    ];
    expect(new Set(numbers).size).toBe(60);
  });

  it('use the desk’s local calendar month', () => {
    expect(caseNumberPrefix('A', new Date(2026, 0, 31, 23, 59).getTime())).toBe('A-202601');
  });
});
