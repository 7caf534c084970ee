/**
 * Work the app does by itself while it is open: escalating overdue cases now,
 * callback reminders later. Both hosts (desktop and browser) start it.
 */
import type { CoreContext } from './context';
import { escalateOverdue } from './lifecycle/escalation';

export const BACKGROUND_INTERVAL_MS = 10 * 60_000;

export function runBackgroundJobs(ctx: CoreContext, log: (message: string, error?: unknown) => void = console.error): void {
  try {
    const escalated = escalateOverdue(ctx);
    if (escalated > 0) log(`escalated ${escalated} overdue case(s)`);
  } catch (error) {
    log('background jobs failed; they will run again', error);
  }
}

/** Runs the jobs now and then every interval; returns the function that stops them. */
export function startBackgroundJobs(ctx: CoreContext, intervalMs = BACKGROUND_INTERVAL_MS): () => void {
  runBackgroundJobs(ctx);
  const timer = setInterval(() => runBackgroundJobs(ctx), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
