import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../electron/core/backup/backup-catalogue';
import type { RestoreReport } from '../../electron/core/backup/restore';
import { DATABASE_FILE_NAME } from '../../electron/core/open-core';
import type { Dump } from './dump-content';
import { runInProcess, UNTIL, foldersRemovedAfterEachTest } from './cli-harness';

const folder = foldersRemovedAfterEachTest();

const caseNumbers = async (dataDir: string) => {
  const dumped = await runInProcess(['dump', '--data-dir', dataDir]);
  expect(dumped.code, dumped.stderr).toBe(0);
  return (JSON.parse(dumped.stdout) as Dump).cases.map((c) => String(c.fields.number)).sort();
};

describe('backup, backups and restore from the command line', () => {
  it('takes a backup, lists it, and restores it: the later cases are reported lost and numbering goes on after them', async () => {
    const dataDir = folder('cli-backup');
    expect((await runInProcess(['seed', '--data-dir', dataDir, '--cases', '6', '--seed', '3', '--until', UNTIL])).code).toBe(0);
    const backup = await runInProcess(['backup', '--data-dir', dataDir]);
    expect(backup.code, backup.stderr).toBe(0);
    const path = backup.stdout.trim();
    expect(path).toMatch(/backups\/backup-.*-manual-.*\.sqlite3$/);

    const listed = await runInProcess(['backups', '--data-dir', dataDir, '--json']);
    expect(listed.code, listed.stderr).toBe(0);
    const backups = JSON.parse(listed.stdout) as BackupInfo[];
    expect(backups[0]).toMatchObject({ path, reason: 'manual', cases: 6 });
    expect(backups[0]!.bytes).toBeGreaterThan(0);

    const atBackup = await caseNumbers(dataDir);
    expect((await runInProcess(['seed', '--data-dir', dataDir, '--cases', '2', '--seed', '4', '--until', UNTIL])).code).toBe(0);
    const later = (await caseNumbers(dataDir)).filter((n) => !atBackup.includes(n));
    expect(later).toHaveLength(2);

    const restored = await runInProcess(['restore', '--data-dir', dataDir, '--from', path]);
    expect(restored.code, restored.stderr).toBe(0);
    const report = JSON.parse(restored.stdout) as RestoreReport;
    expect(report).toMatchObject({ cases: 6, deskCode: 'A', lost: { known: true, caseNumbers: later } });
    expect(restored.stderr).toContain(later[0]);
    expect(await caseNumbers(dataDir)).toEqual(atBackup);
    // The restored desk numbers on after the cases it had registered since the backup.
    expect((await runInProcess(['seed', '--data-dir', dataDir, '--cases', '1', '--seed', '5', '--until', UNTIL])).code).toBe(0);
    const next = (await caseNumbers(dataDir)).filter((n) => !atBackup.includes(n));
    expect(next).toHaveLength(1);
    expect(later).not.toContain(next[0]);
    expect(next[0]! > later.sort().at(-1)!).toBe(true);
  });

  it('writes --out where asked, and refuses a missing or damaged backup with exit 2, changing nothing', async () => {
    const dataDir = folder('cli-backup-out');
    const elsewhere = folder('cli-backup-usb');
    expect((await runInProcess(['seed', '--data-dir', dataDir, '--cases', '2', '--seed', '3', '--until', UNTIL])).code).toBe(0);
    const out = join(elsewhere, 'desk-a.sqlite3');
    const backup = await runInProcess(['backup', '--data-dir', dataDir, '--out', out]);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout.trim()).toBe(out);
    const book = readFileSync(join(dataDir, DATABASE_FILE_NAME));
    for (const from of [join(elsewhere, 'missing.sqlite3'), join(dataDir, DATABASE_FILE_NAME)]) {
      const refused = await runInProcess(['restore', '--data-dir', dataDir, '--from', from]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/cannot be used|not a backup/);
    }
    expect(readFileSync(join(dataDir, DATABASE_FILE_NAME)).equals(book)).toBe(true);
    expect((await runInProcess(['restore', '--data-dir', dataDir])).code).toBe(1);
  });
});
