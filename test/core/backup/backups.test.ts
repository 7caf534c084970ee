import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupFolder, listBackups } from '../../../electron/core/backup/backup-catalogue';
import { backupIfDue, createBackup } from '../../../electron/core/backup/create-backup';
import { backupsToKeep, DEFAULT_ROTATION, KEEP_NEWEST } from '../../../electron/core/backup/rotation';
import { addAttachment } from '../../../electron/core/attachments/attachments';
import { registerCase } from '../../../electron/core/cases/register-case';
import { saveSettingValues } from '../../../electron/core/settings/org-settings';
import { importBundle } from '../../../electron/core/sync/import-bundle';
import { buildCaseInput, openTestCore } from '../../factories/core';
import { exchangeFile, openDesks } from '../../factories/replicas';

const REPO = join(import.meta.dirname, '../../..');
const DAY = 86_400_000;

describe('which backups the rotation keeps', () => {
  const daily = (days: number, start = Date.UTC(2026, 0, 1, 9)) =>
    Array.from({ length: days }, (_, i) => ({ id: `d${i}`, at: start + i * DAY }));

  it('keeps the newest of each of the last 7 days, 4 weeks and 12 months, and the ten newest', () => {
    const backups = daily(400);
    const keep = backupsToKeep(backups, DEFAULT_ROTATION);
    const newest = backups.slice(-KEEP_NEWEST).map((b) => b.id);
    for (const id of newest) expect(keep.has(id)).toBe(true);
    // 10 newest (which cover the 7 days), at most 4 weeks and 12 months more, some of them the same backup.
    expect(keep.size).toBeLessThanOrEqual(KEEP_NEWEST + 4 + 12);
    expect(keep.size).toBeGreaterThanOrEqual(KEEP_NEWEST + 12 - 1);
    expect(keep.has('d0')).toBe(false);
    // One per month for the last 12 months: the newest of each.
    const months = new Set([...keep].map((id) => new Date(backups.find((b) => b.id === id)!.at).toISOString().slice(0, 7)));
    expect(months.size).toBe(12);
  });

  it('follows the setting: with 2 days, 0 weeks and 1 month, and many backups a day', () => {
    const sameDay = Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, at: Date.UTC(2026, 5, 10, 8) + i * 60_000 }));
    const keep = backupsToKeep([...daily(5, Date.UTC(2026, 5, 5, 9)), ...sameDay], { daily: 2, weekly: 0, monthly: 1 });
    expect([...keep].sort()).toEqual(sameDay.slice(-KEEP_NEWEST).map((b) => b.id).concat('d4').sort());
  });
});

describe('taking backups', () => {
  it('writes a checked copy with its description, attachments once each by hash', async () => {
    const core = openTestCore();
    const kase = registerCase(core, buildCaseInput());
    addAttachment(core, { caseId: kase.id, followupId: null, fileName: 'a.jpg', mime: 'image/jpeg', dataBase64: Buffer.from('one').toString('base64') });
    const steps: number[] = [];
    const first = await createBackup(core, 'manual', (_phase, done) => steps.push(done));
    expect(steps.length).toBeGreaterThan(0);
    expect(first).toMatchObject({ reason: 'manual', cases: 1, blobs: 1, deskCode: 'A' });
    const copy = new Database(first.path, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    await createBackup(core, 'manual');
    const blobFiles = readdirSync(join(backupFolder(core.dataDir), 'attachments'), { recursive: true }).filter((f) => /[0-9a-f]{64}$/.test(String(f)));
    expect(blobFiles).toHaveLength(1);
    expect(listBackups(core.dataDir)).toHaveLength(2);
  });

  it('takes the day\'s backup at the first start of a day only', async () => {
    let now = Date.UTC(2026, 11, 1, 1);
    const core = openTestCore({ now: () => now });
    expect(await backupIfDue(core)).toMatchObject({ reason: 'daily' });
    now += 3_600_000;
    expect(await backupIfDue(core)).toBeNull();
    now += DAY;
    expect(await backupIfDue(core)).toMatchObject({ reason: 'daily' });
    expect(listBackups(core.dataDir)).toHaveLength(2);
  });

  it('rotates as the office\'s setting says', async () => {
    let now = Date.UTC(2026, 0, 1, 1);
    const core = openTestCore({ now: () => now });
    saveSettingValues(core, { backupDaily: 15, backupWeekly: 0, backupMonthly: 0 });
    for (let day = 0; day < 20; day += 1) {
      await createBackup(core, 'daily');
      now += DAY;
    }
    expect(listBackups(core.dataDir)).toHaveLength(15);
    // Fewer days: the ten newest are still kept whatever the days; older ones go.
    saveSettingValues(core, { backupDaily: 3 });
    await createBackup(core, 'daily');
    expect(listBackups(core.dataDir)).toHaveLength(KEEP_NEWEST);
  });

  it('takes a backup before an import only when the file brings something new', () => {
    const [a, b] = openDesks(['A', 'B']);
    registerCase(a!.core, buildCaseInput());
    const file = exchangeFile(a!.core);
    const before = listBackups(b!.core.dataDir).length;
    const first = importBundle(b!.core, { path: file });
    expect(first.backupPath).not.toBe('');
    expect(listBackups(b!.core.dataDir)).toHaveLength(before + 1);
    expect(listBackups(b!.core.dataDir)[0]!.reason).toBe('before_import');
    // The same file again changes nothing, and takes no backup.
    expect(importBundle(b!.core, { path: file }).backupPath).toBe('');
    expect(listBackups(b!.core.dataDir)).toHaveLength(before + 1);
  });

  it('a kill during a backup leaves nothing that counts as one, and the leftovers are swept away', () => {
    const core = openTestCore();
    for (let i = 0; i < 5; i += 1) registerCase(core, buildCaseInput());
    core.close();
    const run = spawnSync(join(REPO, 'node_modules/.bin/tsx'), ['test/core/backup/killed-backup.fixture.ts', core.dataDir], {
      cwd: REPO,
      env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` },
      encoding: 'utf8',
    });
    expect(run.signal ?? run.status, run.stderr).toBe(run.signal ? 'SIGKILL' : 137);
    const left = readdirSync(backupFolder(core.dataDir));
    expect(left.some((name) => name.endsWith('.partial'))).toBe(true);
    // A copy renamed but killed before its description was written does not count either.
    writeFileSync(join(backupFolder(core.dataDir), 'backup-20260101-000000-manual-deadbeef.sqlite3'), '');
    expect(listBackups(core.dataDir)).toEqual([]);
    expect(readdirSync(backupFolder(core.dataDir)).some((name) => name.endsWith('.partial'))).toBe(false);
    expect(existsSync(join(backupFolder(core.dataDir), 'backup-20260101-000000-manual-deadbeef.sqlite3'))).toBe(true);
  });
});
