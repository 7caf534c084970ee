import { describe, expect, it } from 'vitest';
import { registerCase } from '../../electron/core/cases/register-case';
import { latestHlc } from '../../electron/core/changes/latest-hlc';
import type { Db } from '../../electron/core/db/connection';
import { openCore } from '../../electron/core/open-core';
import { buildCaseInput, fakeClock, openTestCore } from '../factories/core';
import { openDesks, sync } from '../factories/replicas';

const DAY = 86_400_000;
const scannedMax = (db: Db) => db.prepare('SELECT max(hlc) FROM changes').pluck().get() as string;
const ownTimestamps = (db: Db, deskId: string) =>
  db.prepare('SELECT hlc FROM changes WHERE desk_id = ? ORDER BY seq').pluck().all(deskId) as string[];

describe('the latest clock timestamp of the change log', () => {
  it('is the latest of the whole log, across desks whose clocks disagree by days', () => {
    const clock = fakeClock();
    const [a, b, c] = openDesks(['A', 'B', 'C'], clock.now);
    registerCase(a!.core, buildCaseInput());
    clock.advance(3 * DAY);
    registerCase(b!.core, buildCaseInput({ complainantName: '快钟' }));
    clock.advance(-4 * DAY);
    registerCase(c!.core, buildCaseInput({ complainantName: '慢钟', receivedAt: clock.now() - 3_600_000 }));
    // B's changes are dated four days ahead of A's clock now: A's manager takes them anyway.
    expect(() => sync(b!.core, a!.core)).toThrow(expect.objectContaining({ code: 'CLOCK_AHEAD' }));
    sync(b!.core, a!.core, { acceptClockAhead: true });
    sync(c!.core, a!.core);
    sync(a!.core, c!.core, { acceptClockAhead: true });

    for (const desk of [a!, b!, c!]) expect(latestHlc(desk.core.db)).toBe(scannedMax(desk.core.db));
    expect(latestHlc(a!.core.db)).toBe(latestHlc(b!.core.db));

    // A reopened desk's clock starts after the fast desk's timestamp, though its own wall clock is behind.
    const dataDir = c!.core.dataDir;
    c!.core.close();
    const reopened = openCore({ dataDir, now: clock.now });
    reopened.session.userId = (reopened.db.prepare('SELECT id FROM users LIMIT 1').pluck().get() as string);
    registerCase(reopened, buildCaseInput({ complainantName: '重开', receivedAt: clock.now() - 3_600_000 }));
    expect(ownTimestamps(reopened.db, reopened.deskId).at(-1)! > latestHlc(b!.core.db)!).toBe(true);
    reopened.close();
  });

  it('is null for a book without changes', () => {
    const core = openTestCore({ setup: false });
    expect(latestHlc(core.db)).toBeNull();
  });

  it('stays right when a second connection to the book (the task thread) writes with a clock that is behind', () => {
    const ahead = fakeClock(Date.UTC(2026, 10, 23, 3, 0, 0));
    const behind = fakeClock(Date.UTC(2026, 10, 23, 2, 0, 0));
    const main = openTestCore({ now: ahead.now });
    const thread = openCore({ dataDir: main.dataDir, now: behind.now });
    thread.session.userId = main.session.userId;
    try {
      registerCase(main, buildCaseInput());
      registerCase(thread, buildCaseInput({ complainantName: '线程' }));
      registerCase(main, buildCaseInput({ complainantName: '主线程' }));

      const timestamps = ownTimestamps(main.db, main.deskId);
      expect(timestamps).toEqual([...timestamps].sort());
      expect(new Set(timestamps).size).toBe(timestamps.length);
      expect(latestHlc(main.db)).toBe(scannedMax(main.db));
    } finally {
      thread.close();
    }
  });

  it('reads one key path per desk, not the whole log', () => {
    const core = openTestCore();
    const plan = core.db
      .prepare(`EXPLAIN QUERY PLAN SELECT e.seq FROM log_entries e WHERE e.desk = ? ORDER BY e.seq DESC LIMIT 1`)
      .all(1) as { detail: string }[];
    const details = plan.map((row) => row.detail).join('\n');
    expect(details).not.toMatch(/SCAN|TEMP B-TREE/);
    expect(details).toMatch(/SEARCH e USING PRIMARY KEY \(desk=\?\)/);
  });
});
