/**
 * The backups the app takes by itself: the day's backup (at the first start
 * of a day, and past midnight if the app stays open) followed by the sealed
 * copy to the office's chosen folder; a backup on exit when anything changed
 * since the last one; and the weekly full check of the book, on the task
 * thread. Never while the book is damaged (there is nothing to back up).
 */
import { awaitingUpgrade, type CoreContext } from '../context';
import { latestHlc } from '../changes/latest-hlc';
import { listBackups } from './backup-catalogue';
import { bookCheckDue } from './book-check';
import { backupIfDue, snapshotNow } from './create-backup';
import { copyOffsite } from './offsite';
import { runLongTask } from '../tasks/run-long-task';

type Log = (message: string, error?: unknown) => void;

export async function dailyBackup(ctx: CoreContext, log: Log = console.error): Promise<void> {
  if (ctx.recovery) return;
  try {
    const backup = await backupIfDue(ctx);
    if (backup) copyOffsite(ctx, backup);
  } catch (error) {
    log('the daily backup failed; it will be tried again', error);
  }
}

/** On exit, a backup if the book changed since the newest one (a quick start-and-quit takes none). */
export function backupOnExit(ctx: CoreContext, log: Log = console.error): void {
  // Not of a damaged book, nor of the empty stand-in for one still being upgraded.
  if (ctx.recovery || awaitingUpgrade(ctx) || !ctx.db.open) return;
  try {
    const newest = listBackups(ctx.dataDir)[0];
    if (newest && newest.lastChange === (latestHlc(ctx.db) ?? '')) return;
    snapshotNow({ dataDir: ctx.dataDir, db: ctx.db, deskId: ctx.deskId, now: ctx.now() }, 'on_exit');
  } catch (error) {
    log('the backup on exit failed', error);
  }
}

export async function weeklyBookCheck(ctx: CoreContext, log: Log = console.error): Promise<void> {
  if (ctx.recovery || !bookCheckDue(ctx.dataDir, ctx.now())) return;
  try {
    const check = await runLongTask(ctx, 'backups.checkBook', {});
    if (!check.ok) log(`the weekly check of the case book found damage: ${check.detail}`);
  } catch (error) {
    log('the weekly check of the case book could not run', error);
  }
}
