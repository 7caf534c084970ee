/**
 * The backups the app takes by itself: the day's backup (at the first start
 * of a day, and past midnight if the app stays open) followed by the sealed
 * copy to the office's chosen folder, and the weekly full check of the book,
 * both on the task thread; a backup on exit when anything changed since the
 * last one. Never while the book is damaged (there is nothing to back up).
 */
import { awaitingUpgrade, type CoreContext } from '../context';
import { latestHlc } from '../changes/latest-hlc';
import { listBackups } from './backup-catalogue';
import { bookCheckDue } from './book-check';
import { snapshotNow } from './create-backup';
import { runInBackground, runLongTask } from '../tasks/run-long-task';

type Log = (message: string, error?: unknown) => void;

/** On the task thread: the copy's whole check held the window's answers for 9 s at 200,000 cases on the main one. */
export async function dailyBackup(ctx: CoreContext, log: Log = console.error): Promise<void> {
  if (ctx.recovery) return;
  try {
    await runInBackground(ctx, 'backups.daily');
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
