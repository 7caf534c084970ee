/**
 * Work the app does by itself while it is open: escalating overdue cases,
 * reminding the desk of callbacks that are due (seed 001 wants every
 * handled complaint called back) and of response and acceptance limits about
 * to pass (seed 004's minutes). Both hosts (desktop and browser) start it.
 */
import type { CoreContext } from './context';
import { escalateFurther, escalateOverdue } from './lifecycle/escalation';
import { callbackReminder } from './callbacks/callback-queries';
import { clockReminder } from './lifecycle/deadline-reminders';
import { dailyBackup, weeklyBookCheck } from './backup/backup-jobs';

/** Response limits run in minutes (a lobby's 15): an overdue one escalates within the minute. */
export const ESCALATION_INTERVAL_MS = 60_000;
export const REMINDER_INTERVAL_MS = 60 * 60_000;
/** Response and acceptance limits run in minutes (a lobby's 15): looked at every minute. */
export const CLOCK_REMINDER_INTERVAL_MS = 60_000;
export const BACKUP_INTERVAL_MS = 60 * 60_000;

type Log = (message: string, error?: unknown) => void;

function guarded(name: string, log: Log, job: () => void): () => void {
  return () => {
    try {
      job();
    } catch (error) {
      log(`${name} failed; it will run again`, error);
    }
  };
}

export function escalationJob(ctx: CoreContext, log: Log = console.error): () => void {
  return guarded('escalation', log, () => {
    const escalated = escalateOverdue(ctx);
    if (escalated > 0) log(`escalated ${escalated} overdue case(s)`);
    const further = escalateFurther(ctx);
    if (further > 0) log(`escalated ${further} case(s) one level further`);
  });
}

export function reminderJob(ctx: CoreContext, log: Log = console.error): () => void {
  return guarded('callback reminder', log, () => {
    const counts = callbackReminder(ctx.db, ctx.now());
    if (counts.overdue + counts.dueToday > 0) ctx.ports?.remindCallbacks?.(counts);
  });
}

export function clockReminderJob(ctx: CoreContext, log: Log = console.error): () => void {
  const reminded = new Set<string>();
  return guarded('deadline reminder', log, () => {
    const reminder = clockReminder(ctx.db, ctx.now(), reminded);
    if (reminder.response + reminder.acceptance > 0) ctx.ports?.remindDeadlines?.(reminder);
  });
}

/** Runs the jobs now and then on their intervals; returns the function that stops them. */
export function startBackgroundJobs(ctx: CoreContext): () => void {
  const jobs: [() => void, number][] = [
    [escalationJob(ctx), ESCALATION_INTERVAL_MS],
    [reminderJob(ctx), REMINDER_INTERVAL_MS],
    [clockReminderJob(ctx), CLOCK_REMINDER_INTERVAL_MS],
    // Hourly: the first start of a day takes its backup, and so does the first hour after midnight of an app left open.
    [() => void dailyBackup(ctx), BACKUP_INTERVAL_MS],
    [() => void weeklyBookCheck(ctx), BACKUP_INTERVAL_MS],
  ];
  const timers = jobs.map(([everyInterval, interval]) => {
    // While the book is damaged (the recovery screen) there is nothing to escalate, remind of or back up.
    const job = () => {
      if (!ctx.recovery) everyInterval();
    };
    job();
    const timer = setInterval(job, interval);
    timer.unref();
    return timer;
  });
  return () => timers.forEach((timer) => clearInterval(timer));
}
