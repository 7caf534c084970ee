import { closeSync, existsSync, openSync, readFileSync, readdirSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../electron/core/backup/create-backup';
import { copyOffsite, offsiteStatus, setOffsite, unsealCopy } from '../../../electron/core/backup/offsite';
import { listBackups } from '../../../electron/core/backup/backup-catalogue';
import { restoreBook } from '../../../electron/core/backup/restore';
import { completeSetup } from '../../../electron/core/desk/setup';
import { dispatch } from '../../../electron/core/dispatch';
import { handlers } from '../../../electron/core/handlers';
import { registerCase } from '../../../electron/core/cases/register-case';
import { addAttachment } from '../../../electron/core/attachments/attachments';
import { DATABASE_FILE_NAME, openCore, openCoreOrRecovery, type Core } from '../../../electron/core/open-core';
import { buildCaseInput, tempDir } from '../../factories/core';

const PASSWORD = 'mima-2026';

/** A desk with a manager who has a password, some cases, and one backup. */
async function deskWithBackup(cases = 3): Promise<{ dataDir: string; numbers: string[]; backupId: string }> {
  const dataDir = tempDir();
  const core = openCore({ dataDir });
  completeSetup(core, { orgName: '阳光物业', deskCode: 'A', firstUserName: '王经理', password: PASSWORD });
  const numbers = Array.from({ length: cases }, (_, i) => registerCase(core, buildCaseInput({ content: `第 ${i} 件：${'楼上漏水，'.repeat(40)}` })).number);
  const backup = await createBackup(core, 'manual');
  core.close();
  return { dataDir, numbers, backupId: backup.id };
}

const call = (core: Core, channel: string, input: unknown = {}) => dispatch(handlers, core, channel, input);

function zeroAPage(file: string): void {
  const size = statSync(file).size;
  const pageSize = readFileSync(file).readUInt16BE(16);
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(pageSize), 0, pageSize, Math.floor(size / pageSize / 2) * pageSize);
  closeSync(fd);
}

describe('the recovery screen', () => {
  it('opens for a damaged book, refuses everything else, and restores a backup a manager signs for', async () => {
    const { dataDir, numbers, backupId } = await deskWithBackup();
    const file = join(dataDir, DATABASE_FILE_NAME);
    truncateSync(file, 0);
    const core = openCoreOrRecovery({ dataDir });
    try {
      expect(await call(core, 'setup.status')).toMatchObject({ ok: true, value: { recovery: { kind: 'empty' } } });
      expect(await call(core, 'cases.list', {})).toMatchObject({ ok: false, error: { code: 'BOOK_DAMAGED' } });
      expect(await call(core, 'setup.complete', { orgName: '别处', deskCode: 'Z', firstUserName: '某人', password: PASSWORD })).toMatchObject({
        ok: false,
        error: { code: 'BOOK_DAMAGED' },
      });
      const listed = await call(core, 'recovery.backups');
      expect(listed).toMatchObject({ ok: true, value: [{ id: backupId, cases: 3 }] });
      expect(await call(core, 'recovery.restore', { backupId, name: '王经理', password: 'wrong-one' })).toMatchObject({
        ok: false,
        error: { code: 'WRONG_PASSWORD', details: { attemptsLeft: 4 } },
      });
      expect(statSync(file).size).toBe(0);

      const restored = await call(core, 'recovery.restore', { backupId, name: '王经理', password: PASSWORD });
      expect(restored).toMatchObject({ ok: true, value: { cases: 3, deskCode: 'A', lost: { known: false } } });
      const keptAs = (restored as { value: { keptAs: string } }).value.keptAs;
      expect(statSync(keptAs).size).toBe(0);
      // The book is open again and the manager who signed is signed in.
      expect(await call(core, 'setup.status')).toMatchObject({ ok: true, value: { recovery: null, setupDone: true } });
      const list = await call(core, 'cases.list', {});
      expect(list.ok).toBe(true);
      expect((list as { value: { rows: { number: string }[] } }).value.rows.map((r) => r.number).sort()).toEqual(numbers.sort());
      expect(await call(core, 'accessLog.list', { actions: ['backup_restored'] })).toMatchObject({ ok: true, value: { total: 1 } });
    } finally {
      core.close();
    }
  });

  it('locks after five wrong passwords', async () => {
    const { dataDir, backupId } = await deskWithBackup(1);
    truncateSync(join(dataDir, DATABASE_FILE_NAME), 0);
    const core = openCoreOrRecovery({ dataDir });
    for (let i = 0; i < 5; i += 1) await call(core, 'recovery.restore', { backupId, name: '王经理', password: 'wrong-one' });
    expect(await call(core, 'recovery.restore', { backupId, name: '王经理', password: PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    core.close();
  });

  it('stays on the recovery screen, its lock kept, when work on the closed book fails and the file is still damaged', async () => {
    const { dataDir } = await deskWithBackup(1);
    const file = join(dataDir, DATABASE_FILE_NAME);
    truncateSync(file, 0);
    const core = openCoreOrRecovery({ dataDir });
    core.recovery!.failures = 3;
    await expect(
      core.book!.whileClosed(() => {
        throw new Error('the USB stick was pulled out');
      }),
    ).rejects.toThrow('USB stick');
    expect(core.recovery).toMatchObject({ kind: 'empty', failures: 3 });
    expect(await call(core, 'setup.status')).toMatchObject({ ok: true, value: { recovery: { kind: 'empty' } } });
    expect(statSync(file).size).toBe(0);
    core.close();
  });

  it('starts over: the damaged book moved aside untouched, an empty desk ready for setup or joining', async () => {
    const { dataDir } = await deskWithBackup(1);
    const file = join(dataDir, DATABASE_FILE_NAME);
    zeroAPage(file);
    const damaged = readFileSync(file);
    const core = openCoreOrRecovery({ dataDir });
    expect(core.recovery).toBeDefined();
    expect(await call(core, 'recovery.startOver')).toMatchObject({ ok: true, value: { setupDone: false, recovery: null } });
    const aside = readdirSync(dataDir).find((name) => name.startsWith('complaint-desk.damaged-'))!;
    expect(readFileSync(join(dataDir, aside)).equals(damaged)).toBe(true);
    expect(await call(core, 'setup.complete', { orgName: '阳光物业', deskCode: 'A', firstUserName: '王经理', password: PASSWORD })).toMatchObject({ ok: true });
    core.close();
  });

  it('exports what is still readable of a page-zeroed book, for a manager, without writing to it', async () => {
    const { dataDir, numbers } = await deskWithBackup(60);
    const file = join(dataDir, DATABASE_FILE_NAME);
    zeroAPage(file);
    const damaged = readFileSync(file);
    const core = openCoreOrRecovery({ dataDir });
    expect(await call(core, 'recovery.exportReadable', { name: '王经理', password: 'wrong-one' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    const exported = await call(core, 'recovery.exportReadable', { name: '王经理', password: PASSWORD });
    expect(exported.ok).toBe(true);
    const { path, cases } = (exported as { value: { path: string; cases: number } }).value;
    const csv = readFileSync(path, 'utf8');
    expect(csv.split('\r\n')[0]).toContain('number,received_at');
    expect(cases).toBeGreaterThan(0);
    expect(cases).toBeLessThanOrEqual(numbers.length);
    expect(csv).toContain(numbers.find((n) => csv.includes(n))!);
    expect(readFileSync(file).equals(damaged)).toBe(true);
    core.close();
  });

  it('is refused on a healthy book', async () => {
    const { dataDir } = await deskWithBackup(1);
    const core = openCoreOrRecovery({ dataDir });
    expect(await call(core, 'recovery.startOver')).toMatchObject({ ok: false, error: { code: 'NOT_PERMITTED' } });
    core.close();
  });
});

describe('restoring from the backup screen', () => {
  it('needs the backup permission, restores in place and keeps the manager signed in', async () => {
    const { dataDir, numbers, backupId } = await deskWithBackup(2);
    const core = openCore({ dataDir });
    expect(await call(core, 'backups.list')).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    expect(await call(core, 'session.signIn', { name: '王经理', password: PASSWORD })).toMatchObject({ ok: true });
    await call(core, 'cases.register', buildCaseInput({ content: '备份之后' }));
    const preview = await call(core, 'backups.preview', { id: backupId });
    expect(preview).toMatchObject({ ok: true, value: { cases: 2, deskCode: 'A', orgName: '阳光物业' } });
    const restored = await call(core, 'backups.restore', { id: backupId });
    expect(restored).toMatchObject({ ok: true, value: { cases: 2, lost: { known: true } } });
    expect((restored as { value: { lost: { caseNumbers: string[] } } }).value.lost.caseNumbers).toHaveLength(1);
    const list = await call(core, 'cases.list', {});
    expect((list as { value: { rows: { number: string }[] } }).value.rows.map((r) => r.number).sort()).toEqual(numbers.sort());
    const backups = await call(core, 'backups.list');
    expect((backups as { value: { backups: { reason: string }[] } }).value.backups.map((b) => b.reason)).toContain('before_restore');
    core.close();
  });
});

describe('the sealed copy in the office\'s folder', () => {
  it('is written encrypted after a backup, and restores with the passphrase: cases and attachments', async () => {
    const dataDir = tempDir();
    const folder = tempDir();
    const core = openCore({ dataDir });
    completeSetup(core, { orgName: '阳光物业', deskCode: 'A', firstUserName: '王经理', password: PASSWORD });
    const kase = registerCase(core, buildCaseInput({ content: '非常特别的投诉内容' }));
    addAttachment(core, { caseId: kase.id, followupId: null, fileName: 'scan.jpg', mime: 'image/jpeg', dataBase64: Buffer.from('scan bytes').toString('base64') });
    expect(() => setOffsite(core, { folder })).toThrow(expect.objectContaining({ code: 'PASSPHRASE_REQUIRED' }));
    expect(() => setOffsite(core, { folder: join(folder, 'missing'), passphrase: 'usb-passphrase' })).toThrow(expect.objectContaining({ code: 'FOLDER_UNAVAILABLE' }));
    setOffsite(core, { folder, passphrase: 'usb-passphrase' });
    const backup = await createBackup(core, 'daily');
    const copy = copyOffsite(core, backup)!;
    expect(offsiteStatus(dataDir)).toMatchObject({ folder, hasPassphrase: true, lastError: null });
    expect(offsiteStatus(dataDir).lastCopyAt).not.toBeNull();
    const sealed = readFileSync(copy);
    expect(sealed.includes(Buffer.from('非常特别的投诉内容'))).toBe(false);
    expect(sealed.includes(Buffer.from('scan bytes'))).toBe(false);
    core.close();

    // The PC is gone: a new one restores from the copy.
    const fresh = tempDir();
    expect(() => unsealCopy(fresh, copy, 'not-the-passphrase')).toThrow(expect.objectContaining({ code: 'WRONG_PASSPHRASE' }));
    const cut = join(folder, 'cut.cdbackup');
    writeFileSync(cut, sealed.subarray(0, sealed.length - 10));
    expect(() => unsealCopy(fresh, cut, 'usb-passphrase')).toThrow(expect.objectContaining({ code: 'BACKUP_UNUSABLE' }));
    const unsealed = unsealCopy(fresh, copy, 'usb-passphrase');
    restoreBook({ dataDir: fresh, from: unsealed.bookPath, now: Date.now() });
    unsealed.remove();
    const restored = openCore({ dataDir: fresh });
    restored.session.userId = restored.db.prepare('SELECT id FROM users').pluck().get() as string;
    expect(await call(restored, 'cases.get', { id: kase.id })).toMatchObject({ ok: true, value: { content: '非常特别的投诉内容' } });
    const attachment = restored.db.prepare('SELECT id FROM attachments').pluck().get() as string;
    expect(await call(restored, 'attachments.content', { id: attachment })).toMatchObject({ ok: true, value: { dataBase64: Buffer.from('scan bytes').toString('base64') } });
    expect(listBackups(fresh).some((b) => b.reason === 'before_restore')).toBe(false);
    expect(existsSync(join(fresh, DATABASE_FILE_NAME))).toBe(true);
    restored.close();
  });

  it('notes a folder out of reach instead of failing the backup', async () => {
    const dataDir = tempDir();
    const folder = tempDir();
    const core = openCore({ dataDir });
    completeSetup(core, { orgName: '阳光物业', deskCode: 'A', firstUserName: '王经理', password: PASSWORD });
    setOffsite(core, { folder, passphrase: 'usb-passphrase' });
    const { rmSync } = await import('node:fs');
    rmSync(folder, { recursive: true });
    expect(copyOffsite(core, await createBackup(core, 'daily'))).toBeNull();
    expect(offsiteStatus(dataDir).lastError).toMatch(/cannot be reached/);
    core.close();
  });
});

describe('a new PC restoring its desk at first run', () => {
  it('restores from the USB copy with the passphrase; people sign in with their passwords; a set-up desk refuses', async () => {
    const { dataDir, numbers } = await deskWithBackup(2);
    const folder = tempDir();
    const old = openCore({ dataDir });
    setOffsite(old, { folder, passphrase: 'usb-passphrase' });
    const copy = copyOffsite(old, listBackups(dataDir)[0]!)!;
    old.close();

    const fresh = openCore({ dataDir: tempDir() });
    try {
      expect(await call(fresh, 'setup.restore', { path: join(folder, 'missing.cdbackup') })).toMatchObject({
        ok: false,
        error: { code: 'FILE_MISSING', issues: [{ path: 'path', message: 'errors.noSuchFile' }] },
      });
      expect(await call(fresh, 'setup.restore', { path: copy })).toMatchObject({ ok: false, error: { code: 'PASSPHRASE_REQUIRED' } });
      expect(await call(fresh, 'setup.restore', { path: copy, passphrase: 'wrong-passphrase' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
      expect(await call(fresh, 'setup.restore', { path: copy, passphrase: 'usb-passphrase' })).toMatchObject({ ok: true, value: { cases: 2, deskCode: 'A' } });
      expect(await call(fresh, 'setup.status')).toMatchObject({ ok: true, value: { setupDone: true, orgName: '阳光物业' } });
      expect(await call(fresh, 'session.signIn', { name: '王经理', password: PASSWORD })).toMatchObject({ ok: true });
      const list = await call(fresh, 'cases.list', {});
      expect((list as { value: { rows: { number: string }[] } }).value.rows.map((r) => r.number).sort()).toEqual(numbers.sort());
      expect(await call(fresh, 'setup.restore', { path: copy, passphrase: 'usb-passphrase' })).toMatchObject({ ok: false, error: { code: 'SETUP_DONE' } });
    } finally {
      fresh.close();
    }
  });
});
