import type { TaskPhase } from '../../../shared/schemas/tasks';

/** Where a long piece of work says how far it has got; called often, so it must be cheap. */
export type ProgressSink = (phase: TaskPhase, done: number, total: number) => void;

export const ignoreProgress: ProgressSink = () => {};

/** Often enough for a smooth bar, rarely enough that posting costs nothing next to the work. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * What a thread posts of the reports its work makes: the first of each step (`stepOf` names it), the one that
 * ends a step, and otherwise one every PROGRESS_INTERVAL_MS.
 */
export function everyFewReports<R extends { done: number; total: number }>(stepOf: (report: R) => string, post: (report: R) => void): (report: R) => void {
  let lastPosted = 0;
  let lastStep: string | undefined;
  return (report) => {
    const now = performance.now();
    const step = stepOf(report);
    if (step === lastStep && now - lastPosted < PROGRESS_INTERVAL_MS && report.done < report.total) return;
    lastPosted = now;
    lastStep = step;
    post(report);
  };
}
