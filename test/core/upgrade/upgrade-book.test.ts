import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, truncateSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { UpgradeStep } from '../../../shared/schemas/upgrade';
import { dumpChunks } from '../../../electron/cli/dump';
import { listBackups } from '../../../electron/core/backup/backup-catalogue';
import { registerCase } from '../../../electron/core/cases/register-case';
import { bookFile } from '../../../electron/core/db/book-file';
import { readSchemaVersion, type Db } from '../../../electron/core/db/connection';
import { DamagedDatabaseError } from '../../../electron/core/db/health';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/core/db/migrations/index';
import { checkIntegrity } from '../../../electron/core/integrity';
import { openCore } from '../../../electron/core/open-core';
import { pendingUpgrade, upgradeBook, UpgradeFailedError } from '../../../electron/core/upgrade/upgrade-book';
import { buildCaseInput, openTestCore, tempDir } from '../../factories/core';
import { CHANGES_AS_WRITTEN, undoVersion18 } from '../../factories/old-books';

const dumpOf = (db: Db) => [...dumpChunks(db)].join('');
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** A test's book is small: a tenth of it free counts as many free pages (the app asks for a quarter and 64 MB). */
const SMALL_BOOK_COMPACTS = { share: 0.1, bytes: 0 };

/** A desk's book as the app of version 17 left it, with its dump (which reads either version the same) and its changes. */
function version17Book(cases = 12): { dataDir: string; dump: string; changes: unknown[] } {
  const core = openTestCore();
  for (let i = 0; i < cases; i++) registerCase(core, buildCaseInput({ content: `楼道灯不亮 ${i}`, complainantName: `业主 ${i}` }));
  const dump = dumpOf(core.db);
  undoVersion18(core);
  const changes = core.db.prepare(CHANGES_AS_WRITTEN).all();
  core.close();
  return { dataDir: core.dataDir, dump, changes };
}

/** Each phase, and in `migrate` each version, counts up from where it starts and ends at done === total. */
function expectEachStepCountsUp(steps: readonly UpgradeStep[]): void {
  const byStep = new Map<string, UpgradeStep[]>();
  for (const step of steps) byStep.set(`${step.phase} ${step.version}`, [...(byStep.get(`${step.phase} ${step.version}`) ?? []), step]);
  for (const [name, reports] of byStep) {
    const done = reports.map((r) => r.done);
    expect(done, name).toEqual([...done].sort((a, b) => a - b));
    expect(reports.at(-1)!.done, name).toBe(reports.at(-1)!.total);
  }
}

const phasesOf = (steps: readonly UpgradeStep[]) => steps.map((s) => s.phase).filter((phase, i, all) => phase !== all[i - 1]);

describe('the upgrade of a book an older version wrote', () => {
  it('knows which books need one, reading them without writing', () => {
    const { dataDir } = version17Book(1);
    expect(pendingUpgrade(dataDir)).toEqual({ fromVersion: 17, toVersion: LATEST_SCHEMA_VERSION });
    expect(pendingUpgrade(tempDir())).toBeNull();
    const current = openTestCore();
    current.close();
    expect(pendingUpgrade(current.dataDir)).toBeNull();
    expect(pendingUpgrade(dataDir, 17)).toBeNull();
  });

  it('checks, backs up, migrates with each step counted, gives the free pages back, and keeps every change', async () => {
    // Enough cases for the old log, dropped by migration 18, to leave a quarter of the file free.
    const { dataDir, dump, changes } = version17Book(40);
    const file = bookFile(dataDir);
    const steps: UpgradeStep[] = [];
    const bytes = statSync(file).size;
    const result = await upgradeBook(dataDir, (step) => steps.push(step), { compactWhen: SMALL_BOOK_COMPACTS });

    expect(result).toMatchObject({ fromVersion: 17, toVersion: LATEST_SCHEMA_VERSION });
    expect(phasesOf(steps)).toEqual(['reading', 'checking', 'backup', 'migrate', 'compact']);
    // Read through before its check, counted in bytes.
    expect(steps.filter((s) => s.phase === 'reading').at(-1)).toEqual({ phase: 'reading', version: 17, done: bytes, total: bytes });
    // The check is said to be under way before it runs (seconds on a large book), not only once it is done.
    expect(steps.filter((s) => s.phase === 'checking').map((s) => s.done)).toEqual([0, 1]);
    expect([...new Set(steps.filter((s) => s.phase === 'migrate').map((s) => s.version))]).toEqual(MIGRATIONS.slice(17).map((m) => m.version));
    expectEachStepCountsUp(steps);
    expect(steps.find((s) => s.phase === 'migrate' && s.version === 18 && s.done === s.total)!.total).toBe(changes.length);

    const [backup] = listBackups(dataDir);
    expect(backup).toMatchObject({ reason: 'before_migration', schemaVersion: 17, path: result.backupFile });
    expect(result.compacted!.after).toBeLessThan(result.compacted!.before);
    expect(statSync(file).size).toBe(result.compacted!.after);

    const upgraded = openCore({ dataDir });
    try {
      expect(upgraded.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(upgraded.db.prepare(CHANGES_AS_WRITTEN).all()).toEqual(changes);
      expect(dumpOf(upgraded.db)).toBe(dump);
      expect(checkIntegrity(upgraded.db, dataDir).problems).toEqual([]);
    } finally {
      upgraded.close();
    }
  });

  it('leaves a book with few free pages as it is', async () => {
    const { dataDir } = version17Book(2);
    const steps: UpgradeStep[] = [];
    const result = await upgradeBook(dataDir, (step) => steps.push(step));
    expect(result.compacted).toBeNull();
    expect(phasesOf(steps)).toEqual(['reading', 'checking', 'backup', 'migrate']);
    expect(readSchemaVersion(bookFile(dataDir))).toBe(LATEST_SCHEMA_VERSION);
  });

  it('stops at the last whole version when a migration fails, beside the backup taken before', async () => {
    const { dataDir, changes } = version17Book(3);
    const broken = [...MIGRATIONS.slice(0, 19), { version: 20, name: 'broken', up: 'CREATE TABLE half_done (x); SELECT * FROM no_such_table;' }];
    const steps: UpgradeStep[] = [];
    const failure = await upgradeBook(dataDir, (step) => steps.push(step), { migrations: broken }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(UpgradeFailedError);
    expect(failure).toMatchObject({ keptVersion: 19, message: expect.stringMatching(/no_such_table/) });
    const { backupFile } = failure as UpgradeFailedError;
    expect(backupFile && existsSync(backupFile)).toBe(true);
    expect(readSchemaVersion(bookFile(dataDir))).toBe(19);
    expect(steps.at(-1)).toEqual({ phase: 'migrate', version: 20, done: 0, total: 1 });

    // The next start takes it on from there.
    const reopened = openCore({ dataDir });
    try {
      expect(reopened.db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
      expect(reopened.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(reopened.db.prepare(CHANGES_AS_WRITTEN).all()).toEqual(changes);
    } finally {
      reopened.close();
    }
  });

  it('refuses a damaged book before a byte of it changes', async () => {
    const { dataDir } = version17Book(1);
    const file = bookFile(dataDir);
    truncateSync(file, statSync(file).size - 100);
    const before = sha256(file);
    await expect(upgradeBook(dataDir, () => {})).rejects.toThrow(DamagedDatabaseError);
    expect(sha256(file)).toBe(before);
    expect(listBackups(dataDir)).toEqual([]);
  });
});
