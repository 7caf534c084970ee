/**
 * The backups the app takes by itself, as work wherever it runs: the day's backup with its sealed copy to the
 * office's folder, and the backup on exit. Heavy on a large book (the copy is checked whole: 9 s at 200,000 cases),
 * so the app hands both to its task thread (backup-jobs.ts).
 */
import type { CoreContext } from '../context';
import { changesHeld } from '../changes/changes-held';
import type { ProgressSink } from '../tasks/progress';
import { ignoreProgress } from '../tasks/progress';
import { listBackups, type BackupInfo } from './backup-catalogue';
import { backupIfDue, createBackup } from './create-backup';
import { copyOffsite } from './offsite';

/** The day's backup and its sealed copy to the office's folder, if today's is not taken yet. */
export async function backUpTheDay(ctx: CoreContext, onProgress: ProgressSink = ignoreProgress): Promise<BackupInfo | null> {
  const backup = await backupIfDue(ctx, onProgress);
  if (backup) copyOffsite(ctx, backup);
  return backup;
}

/** A backup if the book changed since the newest one: a quick start-and-quit takes none. */
export async function backUpIfChanged(ctx: CoreContext, onProgress: ProgressSink = ignoreProgress): Promise<BackupInfo | null> {
  const newest = listBackups(ctx.dataDir)[0];
  if (newest && newest.changesHeld === changesHeld(ctx.db)) return null;
  return createBackup(ctx, 'on_exit', onProgress);
}
