/**
 * The backup screen's services: the list, a preview, a backup now, the
 * full check of the book, and restoring a backup into the open app (the
 * book is closed around the restore and opened again, under the desk's new
 * identity, for everyone holding this core).
 */
import type { Backup, BackupContents, BookCheck, RestoreReport } from '../../../shared/schemas/backups';
import { logAccess } from '../access/access-log';
import type { CoreContext } from '../context';
import { DomainError } from '../errors';
import type { ProgressSink } from '../tasks/progress';
import { listBackups, type BackupInfo } from './backup-catalogue';
import { readBackupContents } from './backup-contents';
import { lastBookCheck } from './book-check';
import { createBackup } from './create-backup';
import { restoreBook } from './restore';
import { assertBackupFile, isSealedCopy, restoreFromFile } from './restore-file';
import { readDesk } from '../desk/desk';

/** What the screens see of a backup: not its path on disk. */
export function backupSummary(backup: BackupInfo): Backup {
  return { id: backup.id, at: backup.at, reason: backup.reason, bytes: backup.bytes, cases: backup.cases, deskCode: backup.deskCode };
}

export function listBackupsForScreen(ctx: CoreContext): { backups: Backup[]; lastCheck: BookCheck | null } {
  return { backups: listBackups(ctx.dataDir).map(backupSummary), lastCheck: lastBookCheck(ctx.dataDir) };
}

export function findBackup(dataDir: string, id: string): BackupInfo {
  const backup = listBackups(dataDir).find((b) => b.id === id);
  if (!backup) throw new DomainError('NOT_FOUND', `No backup ${id}`);
  return backup;
}

export function previewBackup(ctx: CoreContext, id: string): BackupContents {
  const contents = readBackupContents(findBackup(ctx.dataDir, id).path);
  return { deskCode: contents.deskCode, orgName: contents.orgName, cases: contents.cases, people: contents.people, latestCases: contents.latestCases };
}

export async function backupNow(ctx: CoreContext, onProgress: ProgressSink): Promise<Backup> {
  return backupSummary(await createBackup(ctx, 'manual', onProgress));
}

export function screenReport(report: RestoreReport): RestoreReport {
  return { cases: report.cases, deskCode: report.deskCode, keptAs: report.keptAs, lost: report.lost, askDesks: report.askDesks };
}

/**
 * A desk not set up yet restores itself from a file (a new PC after the old one was lost): the backup's
 * organisation, people and cases, under a new desk identity with the backup's desk code.
 */
export async function restoreAtSetup(ctx: CoreContext, input: { path: string; passphrase: string | null }): Promise<RestoreReport> {
  if (readDesk(ctx.db).setupDone) throw new DomainError('SETUP_DONE', 'This desk is already set up');
  assertBackupFile(input.path);
  if (!ctx.book) throw new DomainError('UNSUPPORTED', 'This host cannot restore a backup');
  if (!isSealedCopy(input.path)) readBackupContents(input.path);
  const report = await ctx.book.whileClosed(() => restoreFromFile({ dataDir: ctx.dataDir, from: input.path, passphrase: input.passphrase, now: ctx.now() }));
  return screenReport(report);
}

/** Restores a backup while the app is open; the person who asked stays signed in if the backup knows them, and the restore is logged. */
export async function restoreFromScreen(ctx: CoreContext, id: string): Promise<RestoreReport> {
  const backup = findBackup(ctx.dataDir, id);
  if (!ctx.book) throw new DomainError('UNSUPPORTED', 'This host cannot close its case book to restore a backup');
  const report = await ctx.book.whileClosed(() => restoreBook({ dataDir: ctx.dataDir, from: backup.path, now: ctx.now() }));
  // `ctx` may be a per-call copy (the browser host's, with this browser's session): the book reopened is the core's.
  logAccess({ ...ctx.book.current(), session: ctx.session }, { action: 'backup_restored', detail: backup.id });
  return screenReport(report);
}
