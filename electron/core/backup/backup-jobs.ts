/**
 * The backups the app takes by itself: the day's backup (at the first start
 * of a day, and past midnight if the app stays open) followed by the sealed
 * copy to the office's chosen folder, and the weekly full check of the book,
 * and a backup on exit when anything changed since the last one, all on the
 * task thread. Never while the book is damaged (there is nothing to back up).
 */
import { awaitingUpgrade, type CoreContext } from '../context';
import { bookCheckDue } from './book-check';
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

/**
 * On exit, a backup if the book changed since the newest one, on the task thread after whatever it is doing (an
 * import finishes first, and is in the backup). On the main thread the copy and its check (13 s at 200,000 cases) left
 * the quitting app deaf: a person starting it again meanwhile saw nothing open.
 */
export async function backupOnExit(ctx: CoreContext, log: Log = console.error): Promise<void> {
  // Not of a damaged book, nor of the empty stand-in for one still being upgraded (the thread would open the real one).
  if (ctx.recovery || awaitingUpgrade(ctx) || !ctx.db.open) return;
  try {
    await runInBackground(ctx, 'backups.onExit');
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
