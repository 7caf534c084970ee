/**
 * The day's backup and its sealed copy to the office's folder, if today's is not taken yet. Heavy on a large
 * book (the copy is checked whole: 9 s at 200,000 cases), so the app hands it to its task thread
 * (backup-jobs.ts); here it is only the work, wherever it runs.
 */
import type { CoreContext } from '../context';
import type { ProgressSink } from '../tasks/progress';
import { ignoreProgress } from '../tasks/progress';
import type { BackupInfo } from './backup-catalogue';
import { backupIfDue } from './create-backup';
import { copyOffsite } from './offsite';

export async function backUpTheDay(ctx: CoreContext, onProgress: ProgressSink = ignoreProgress): Promise<BackupInfo | null> {
  const backup = await backupIfDue(ctx, onProgress);
  if (backup) copyOffsite(ctx, backup);
  return backup;
}
