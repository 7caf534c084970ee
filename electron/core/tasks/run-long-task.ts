import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import type { LongTaskChannel } from '../../../shared/schemas/tasks';
import { latestHlc } from '../changes/latest-hlc';
import type { CoreContext } from '../context';
import { BACKGROUND_TASKS, LONG_TASKS, type BackgroundTask, type BackgroundTaskOutput, type LongTask } from './long-tasks';
import { ignoreProgress } from './progress';
import type { TaskCaller } from './task-runner';
import { DomainError } from '../errors';

/**
 * Runs a long channel on the host's task thread when it has one (the app,
 * the browser host), else inline (tests, scripts). Afterwards the desk's
 * clock catches up with any change the thread brought in, so the next
 * local edit is stamped after what it may supersede.
 */
export async function runLongTask<C extends LongTaskChannel>(
  ctx: CoreContext,
  channel: C,
  input: ParsedInput<C>,
): Promise<ChannelOutput<C>> {
  refuseWhileDamaged(ctx);
  const runner = ctx.tasks;
  if (!runner) return (LONG_TASKS[channel] as LongTask<C>)(ctx, input, ignoreProgress);
  return caughtUp(ctx, runner.run(channel, input, callerOf(ctx, ctx.session.userId)));
}

/** Work the app gives the task thread by itself (the day's backup): there when the host has one, else inline. */
export async function runInBackground<T extends BackgroundTask>(ctx: CoreContext, task: T): Promise<BackgroundTaskOutput<T>> {
  refuseWhileDamaged(ctx);
  const runner = ctx.tasks;
  if (!runner) return (await BACKGROUND_TASKS[task].run(ctx, ignoreProgress)) as BackgroundTaskOutput<T>;
  return caughtUp(ctx, runner.runInBackground(task, callerOf(ctx, null)));
}

/** The task thread opens the book without checking it again: never while it is damaged. */
function refuseWhileDamaged(ctx: CoreContext): void {
  if (ctx.recovery) throw new DomainError('BOOK_DAMAGED', 'The case book is damaged: restore a backup or rebuild this desk first');
}

/** Who asks (nobody, for the app's own work), and the host's clock against the wall clock, so `--now` holds there. */
function callerOf(ctx: CoreContext, userId: string | null): TaskCaller {
  return { userId, nowOffset: ctx.now() - Date.now() };
}

/** Once the thread's work is done, the desk's clock catches up with what it wrote. */
async function caughtUp<V>(ctx: CoreContext, work: Promise<V>): Promise<V> {
  try {
    return await work;
  } finally {
    const latest = latestHlc(ctx.db);
    if (latest) ctx.clock.observe(latest);
  }
}
