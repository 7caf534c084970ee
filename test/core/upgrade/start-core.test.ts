import { createHash } from 'node:crypto';
import { readFileSync, statSync, truncateSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { handlers } from '../../../electron/core/handlers';
import { registerCase } from '../../../electron/core/cases/register-case';
import { bookFile } from '../../../electron/core/db/book-file';
import { readSchemaVersion } from '../../../electron/core/db/connection';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations/index';
import type { Core } from '../../../electron/core/open-core';
import { startCore } from '../../../electron/core/upgrade/start-core';
import { buildCaseInput, openTestCore } from '../../factories/core';
import { listBackups } from '../../../electron/core/backup/backup-catalogue';
import { CHANGES_AS_WRITTEN, undoVersion18 } from '../../factories/old-books';

const WORKER = new URL('../../../electron/core/upgrade/upgrade-worker-tsx.mjs', import.meta.url);
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const quiet = () => {};

/** A desk's book as the app of version 17 left it; `spoil` may write to it first (as that app could not have). */
function version17Desk(spoil?: (core: Core) => void): { dataDir: string; changes: unknown[] } {
  const core = openTestCore();
  for (let i = 0; i < 3; i++) registerCase(core, buildCaseInput({ content: `水管漏水 ${i}` }));
  undoVersion18(core);
  spoil?.(core);
  const changes = core.db.prepare(CHANGES_AS_WRITTEN).all();
  core.close();
  return { dataDir: core.dataDir, changes };
}

const call = (core: Core, channel: string) => dispatch(handlers, core, channel, {}, { checkOutput: true });

function started(dataDir: string, options: { checkOnThreadFrom?: number; upgradeScript?: URL } = {}) {
  const start = startCore({ dataDir, upgradeScript: WORKER, log: quiet, ...options });
  return { ...start, closeAfter: () => start.core.db.open && start.core.close() };
}

describe('a host starting on a book an older version wrote', () => {
  it('opens an empty stand-in at once that answers only the upgrade screen, and puts the upgraded book in when the thread is done', async () => {
    const { dataDir, changes } = version17Desk();
    const { core, bookOpen, closeAfter } = started(dataDir);
    try {
      expect(await call(core, 'upgrade.status')).toMatchObject({ ok: true, value: { state: 'upgrading', fromVersion: 17, toVersion: LATEST_SCHEMA_VERSION } });
      expect(await call(core, 'setup.status')).toMatchObject({ ok: true, value: { upgrading: true, setupDone: false } });
      expect(await call(core, 'cases.list')).toMatchObject({ ok: false, error: { code: 'BOOK_UPGRADING' } });

      expect(await bookOpen).toBe(true);
      const status = await call(core, 'upgrade.status');
      expect(status).toMatchObject({ ok: true, value: { state: 'done', phase: 'migrate', version: LATEST_SCHEMA_VERSION } });
      const { done, total, backupFile } = (status as { value: { done: number; total: number; backupFile?: string } }).value;
      expect(done).toBe(total);
      expect(backupFile).toContain('before_migration');
      expect(await call(core, 'setup.status')).toMatchObject({ ok: true, value: { upgrading: false, setupDone: true } });
      expect(core.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(core.db.prepare(CHANGES_AS_WRITTEN).all()).toEqual(changes);
      // Past the upgrade screen: signing in is what is asked for next.
      expect(await call(core, 'cases.list')).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    } finally {
      closeAfter();
    }
  });

  it('keeps the stand-in when the upgrade fails, saying why, at which whole version the book stays and where the backup is', async () => {
    // A change whose supersessions are not JSON: the rewrite of the log (migration 18) cannot read it.
    const { dataDir } = version17Desk((core) =>
      core.db
        .prepare("INSERT INTO changes (desk_id, seq, hlc, entity, entity_id, field, value, supersedes) VALUES (?, 999, 'x', 'case', 'c', 'f', '1', 'not json')")
        .run(core.deskId),
    );
    const { core, bookOpen, closeAfter } = started(dataDir);
    try {
      expect(await bookOpen).toBe(false);
      const status = await call(core, 'upgrade.status');
      expect(status).toMatchObject({ ok: true, value: { state: 'failed', phase: 'migrate', version: 18, keptVersion: 17, error: expect.stringMatching(/JSON/) } });
      expect((status as { value: { backupFile?: string } }).value.backupFile).toContain('before_migration');
      expect(await call(core, 'setup.status')).toMatchObject({ ok: true, value: { upgrading: true } });
      expect(await call(core, 'cases.list')).toMatchObject({ ok: false, error: { code: 'BOOK_UPGRADING' } });
      expect(readSchemaVersion(bookFile(dataDir))).toBe(17);
    } finally {
      closeAfter();
    }
  });

  it('opens the recovery screen, the book untouched, when the upgrade finds it damaged', async () => {
    const { dataDir } = version17Desk();
    const file = bookFile(dataDir);
    truncateSync(file, statSync(file).size - 100);
    const before = sha256(file);
    const { core, bookOpen, closeAfter } = started(dataDir);
    try {
      expect(await bookOpen).toBe(true);
      expect(await call(core, 'upgrade.status')).toEqual({ ok: true, value: null });
      expect(await call(core, 'setup.status')).toMatchObject({ ok: true, value: { upgrading: false, recovery: { kind: 'truncated' } } });
      expect(sha256(file)).toBe(before);
    } finally {
      closeAfter();
    }
  });
});

/** A desk's book at this version with three cases, closed. */
function currentDesk(): string {
  const core = openTestCore();
  for (let i = 0; i < 3; i++) registerCase(core, buildCaseInput({ content: `楼道灯不亮 ${i}` }));
  core.close();
  return core.dataDir;
}

const casesIn = (core: Core) => core.db.prepare('SELECT count(*) FROM cases').pluck().get();

describe('a host starting on a large book at this version', () => {
  // Any book counts as large here (from 0 bytes); the app's threshold is CHECK_ON_THREAD_FROM_BYTES.
  it('opens a stand-in at once that says the book is being checked, then puts the book in, checked, no backup taken', async () => {
    const dataDir = currentDesk();
    const { core, bookOpen, closeAfter } = started(dataDir, { checkOnThreadFrom: 0 });
    try {
      expect(await call(core, 'upgrade.status')).toMatchObject({
        ok: true,
        value: { state: 'upgrading', phase: 'reading', fromVersion: LATEST_SCHEMA_VERSION, toVersion: LATEST_SCHEMA_VERSION },
      });
      expect(await call(core, 'setup.status')).toMatchObject({ ok: true, value: { upgrading: true } });
      expect(await call(core, 'cases.list')).toMatchObject({ ok: false, error: { code: 'BOOK_UPGRADING' } });

      expect(await bookOpen).toBe(true);
      expect(await call(core, 'upgrade.status')).toMatchObject({ ok: true, value: { state: 'done', phase: 'checking' } });
      expect(await call(core, 'setup.status')).toMatchObject({ ok: true, value: { upgrading: false, setupDone: true } });
      expect(casesIn(core)).toBe(3);
      // Only checked: no backup before a migration, none taken at all.
      expect(listBackups(dataDir)).toEqual([]);
      expect(await call(core, 'cases.list')).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    } finally {
      closeAfter();
    }
  });

  it('opens a book under the size at once, checked on the main thread as before', async () => {
    const { core, bookOpen, closeAfter } = started(currentDesk());
    try {
      expect(await call(core, 'upgrade.status')).toEqual({ ok: true, value: null });
      expect(casesIn(core)).toBe(3);
      expect(await bookOpen).toBe(true);
    } finally {
      closeAfter();
    }
  });

  it('opens the recovery screen, the book untouched, when the check on the thread finds it damaged', async () => {
    const dataDir = currentDesk();
    const file = bookFile(dataDir);
    truncateSync(file, statSync(file).size - 100);
    const before = sha256(file);
    const { core, bookOpen, closeAfter } = started(dataDir, { checkOnThreadFrom: 0 });
    try {
      expect(await call(core, 'upgrade.status')).toMatchObject({ ok: true, value: { state: 'upgrading', phase: 'reading' } });
      expect(await bookOpen).toBe(true);
      expect(await call(core, 'setup.status')).toMatchObject({ ok: true, value: { upgrading: false, recovery: { kind: 'truncated' } } });
      expect(sha256(file)).toBe(before);
    } finally {
      closeAfter();
    }
  });

  it('checks the book on the main thread instead when the thread cannot start, and opens it', async () => {
    const logged: string[] = [];
    const start = startCore({
      dataDir: currentDesk(),
      upgradeScript: new URL('./no-such-worker.mjs', import.meta.url),
      log: (message) => logged.push(message),
      checkOnThreadFrom: 0,
    });
    try {
      expect(await start.bookOpen).toBe(true);
      expect(await call(start.core, 'setup.status')).toMatchObject({ ok: true, value: { upgrading: false, setupDone: true } });
      expect(casesIn(start.core)).toBe(3);
      expect(logged).toEqual([expect.stringContaining('checking it on the main thread')]);
    } finally {
      start.core.close();
    }
  });
});
