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

function started(dataDir: string) {
  const start = startCore({ dataDir, upgradeScript: WORKER, log: quiet });
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
