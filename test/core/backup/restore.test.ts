import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/core/backup/backup-catalogue';
import { createBackup } from '../../../electron/core/backup/create-backup';
import { restoreBook } from '../../../electron/core/backup/restore';
import { registerCase } from '../../../electron/core/cases/register-case';
import { getCase } from '../../../electron/core/cases/case-queries';
import { addAttachment, attachmentContent } from '../../../electron/core/attachments/attachments';
import { completeSetup } from '../../../electron/core/desk/setup';
import { DATABASE_FILE_NAME } from '../../../electron/core/open-core';
import { importBundle } from '../../../electron/core/sync/import-bundle';
import { buildCaseInput, openTestCore, tempDir } from '../../factories/core';
import { exchangeFile, joinDesk, openDesks, sync } from '../../factories/replicas';
import type { Core } from '../../../electron/core/open-core';

const ownChanges = (core: Core, deskId: string) =>
  core.db.prepare('SELECT seq FROM changes WHERE desk_id = ? ORDER BY seq').pluck().all(deskId) as number[];

async function restoreLive(core: Core, from: string) {
  return core.book!.whileClosed(() => restoreBook({ dataDir: core.dataDir, from, now: core.now() }));
}

describe('restoring a backup', () => {
  it('goes on under a new desk id: no change number reused, the other desk accepts it, lost cases come back, numbers stay fresh', async () => {
    const [a, b] = openDesks(['A', 'B']);
    const first = registerCase(a!.core, buildCaseInput({ content: '备份之前登记的投诉' }));
    const backup = await createBackup(a!.core, 'manual');
    const oldDeskId = a!.core.deskId;

    // More work after the backup, sent to B, then the desk is put back to the backup.
    const lost1 = registerCase(a!.core, buildCaseInput({ content: '备份之后登记的第一件' }));
    const lost2 = registerCase(a!.core, buildCaseInput({ content: '备份之后登记的第二件' }));
    sync(a!.core, b!.core);
    sync(b!.core, a!.core);
    const topBeforeRestore = Math.max(...ownChanges(a!.core, oldDeskId));

    const report = await restoreLive(a!.core, backup.path);
    expect(report.deskId).not.toBe(oldDeskId);
    expect(a!.core.deskId).toBe(report.deskId);
    expect(report.deskCode).toBe('A');
    expect(report.lost.known).toBe(true);
    expect(report.lost.caseNumbers).toEqual([lost1.number, lost2.number].sort());
    expect(report.lost.changes).toBeGreaterThan(0);
    expect(report.askDesks).toEqual(['B']);
    expect(report.keptAs && existsSync(report.keptAs)).toBe(true);
    expect(listBackups(a!.core.dataDir).some((kept) => kept.reason === 'before_restore')).toBe(true);

    // The restored book has the backup's cases only; its old desk id writes no more.
    expect(getCase(a!.core.db, first.id).number).toBe(first.number);
    expect(() => getCase(a!.core.db, lost1.id)).toThrow();

    // A registration before anything comes back takes a number after the ones the desk had given.
    const fresh = registerCase(a!.core, buildCaseInput({ content: '恢复之后登记' }));
    expect(fresh.number).not.toBe(lost1.number);
    expect(fresh.number).not.toBe(lost2.number);
    expect(ownChanges(a!.core, oldDeskId).every((seq) => seq <= topBeforeRestore)).toBe(true);
    expect(ownChanges(a!.core, report.deskId).length).toBeGreaterThan(0);

    // B accepts the restored desk (same code, new id) and its new case.
    const toB = sync(a!.core, b!.core);
    expect(toB.newCases).toBe(1);
    expect(getCase(b!.core.db, fresh.id).number).toBe(fresh.number);

    // B's full file brings back every case A had sent it.
    const back = importBundle(a!.core, { path: exchangeFile(b!.core, { full: true }) });
    expect(back.newCases).toBe(2);
    expect(getCase(a!.core.db, lost1.id).number).toBe(lost1.number);
    expect(getCase(a!.core.db, lost2.id).content).toBe('备份之后登记的第二件');

    // Numbering goes on without a clash, and the two desks still exchange both ways.
    const next = registerCase(a!.core, buildCaseInput({ content: '再登记一件' }));
    expect([first.number, lost1.number, lost2.number, fresh.number]).not.toContain(next.number);
    expect(sync(a!.core, b!.core).newCases).toBe(1);
    expect(() => sync(b!.core, a!.core)).not.toThrow();
  });

  it('a third desk that never heard of the restore accepts the new id once a file names the succession', async () => {
    const [a, b, c] = openDesks(['A', 'B', 'C']);
    registerCase(a!.core, buildCaseInput());
    sync(a!.core, b!.core);
    sync(a!.core, c!.core);
    const backup = await createBackup(a!.core, 'manual');
    await restoreLive(a!.core, backup.path);
    const after = registerCase(a!.core, buildCaseInput({ content: '恢复后' }));
    sync(a!.core, b!.core);
    // C hears of the restored desk through B first, then from it directly.
    expect(sync(b!.core, c!.core).newCases).toBe(1);
    expect(getCase(c!.core.db, after.id).content).toBe('恢复后');
    registerCase(a!.core, buildCaseInput({ content: '再一件' }));
    expect(sync(a!.core, c!.core).newCases).toBe(1);
  });

  it('still refuses a genuinely different desk that uses the same code', () => {
    const [a] = openDesks(['A']);
    const impostor = openTestCore({ deskCode: 'B', setup: false });
    completeSetup(impostor, { orgName: '别处', deskCode: 'A', firstUserName: '冒名' });
    const file = exchangeFile(a!.core, { full: true });
    expect(() => importBundle(impostor, { path: file, join: false })).toThrow();
  });

  it('brings back the attachment files of the restored cases', async () => {
    const core = openTestCore();
    const kase = registerCase(core, buildCaseInput());
    const photo = Buffer.from('scan of the letter');
    const attachment = addAttachment(core, { caseId: kase.id, followupId: null, fileName: 'letter.jpg', mime: 'image/jpeg', dataBase64: photo.toString('base64') });
    const backup = await createBackup(core, 'manual');
    expect(backup.blobs).toBe(1);
    // The disk's attachment store is lost with the book.
    const { rmSync } = await import('node:fs');
    rmSync(join(core.dataDir, 'attachments'), { recursive: true, force: true });
    await restoreLive(core, backup.path);
    expect(Buffer.from(attachmentContent(core, attachment.id).dataBase64, 'base64').equals(photo)).toBe(true);
  });

  it('refuses a damaged or foreign backup before touching the book', async () => {
    const core = openTestCore();
    registerCase(core, buildCaseInput());
    const folder = tempDir();
    const zero = join(folder, 'zero.sqlite3');
    writeFileSync(zero, '');
    const text = join(folder, 'notes.sqlite3');
    writeFileSync(text, '这不是数据库'.repeat(200));
    core.close();
    const before = readFileSync(join(core.dataDir, DATABASE_FILE_NAME));
    for (const from of [zero, text, join(folder, 'missing.sqlite3')]) {
      expect(() => restoreBook({ dataDir: core.dataDir, from, now: Date.now() })).toThrow(expect.objectContaining({ code: 'BACKUP_UNUSABLE' }));
    }
    expect(readFileSync(join(core.dataDir, DATABASE_FILE_NAME)).equals(before)).toBe(true);
  });

  it('moves a damaged book aside untouched and restores over it', async () => {
    const core = openTestCore();
    const kase = registerCase(core, buildCaseInput());
    const backup = await createBackup(core, 'manual');
    const dataDir = core.dataDir;
    core.close();
    const book = join(dataDir, DATABASE_FILE_NAME);
    writeFileSync(book, '');
    const report = restoreBook({ dataDir, from: backup.path, now: Date.now() });
    expect(report.lost.known).toBe(false);
    expect(report.keptAs).toMatch(/complaint-desk\.damaged-.*\.sqlite3$/);
    expect(readFileSync(report.keptAs!).length).toBe(0);
    const reopened = openTestCore({ dataDir, setup: false });
    expect(getCase(reopened.db, kase.id).number).toBe(kase.number);
  });
});

describe('rebuilding a desk whose disk was lost', () => {
  it('sets up anew under the same code, joins from a full file and gets back every case it had sent, numbering on after them', () => {
    const [a, b] = openDesks(['A', 'B']);
    const sent = [registerCase(a!.core, buildCaseInput()), registerCase(a!.core, buildCaseInput({ content: '第二件' }))];
    sync(a!.core, b!.core);
    // A's disk is gone. A new install takes code A and replaces the lost desk.
    const rebuilt = openTestCore({ setup: false });
    expect(() => joinDesk(b!.core, rebuilt, 'A', { person: null })).toThrow(expect.objectContaining({ code: 'DESK_CODE_CLASH' }));
    joinDesk(b!.core, rebuilt, 'A', { replacesLostDesk: true, person: null });
    for (const kase of sent) expect(getCase(rebuilt.db, kase.id).number).toBe(kase.number);
    rebuilt.session.userId = a!.core.session.userId;
    const next = registerCase(rebuilt, buildCaseInput({ content: '重建后' }));
    expect(sent.map((k) => k.number)).not.toContain(next.number);
    expect(sync(rebuilt, b!.core).newCases).toBe(1);
    expect(() => sync(b!.core, rebuilt)).not.toThrow();
  });
});

describe('a backup copied by hand', () => {
  it('restores from any path, leaving the source as it was', async () => {
    const core = openTestCore();
    registerCase(core, buildCaseInput());
    const backup = await createBackup(core, 'manual');
    const elsewhere = join(tempDir(), 'on-the-usb-stick.sqlite3');
    copyFileSync(backup.path, elsewhere);
    const bytes = readFileSync(elsewhere);
    const report = await restoreLive(core, elsewhere);
    expect(report.cases).toBe(1);
    expect(readFileSync(elsewhere).equals(bytes)).toBe(true);
  });
});
