/**
 * The work behind the long channels (see LONG_TASK_CHANNELS), each able to
 * report progress. The same functions run inline (tests, the CLI) or on
 * the task thread (task-worker.ts), so both paths are the same code.
 */
import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import type { LongTaskChannel } from '../../../shared/schemas/tasks';
import type { ReadContext } from '../cases/case-queries';
import type { CoreContext } from '../context';
import { readSettingValues } from '../settings/setting-values';
import { exportCasesCsv, exportStatsWorkbook } from '../stats';
import { importBundle, previewImport } from '../sync/import-bundle';
import { exchangeThroughFolder, exportToFolder } from '../sync/sync-service';
import type { ProgressSink } from './progress';
import { backupNow } from '../backup/backup-service';
import { checkBook } from '../backup/book-check';
import { backUpIfChanged, backUpTheDay } from '../backup/app-backups';

/** What list and export queries need to know about the moment and the person asking. */
export const readingFrom = (ctx: CoreContext): ReadContext => ({ now: ctx.now(), userId: ctx.session.userId });

export type LongTask<C extends LongTaskChannel> = (
  ctx: CoreContext,
  input: ParsedInput<C>,
  onProgress: ProgressSink,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export const LONG_TASKS: { [C in LongTaskChannel]: LongTask<C> } = {
  'sync.export': (ctx, input, onProgress) => exportToFolder(ctx, { ...input, onProgress }),
  'sync.preview': (ctx, input, onProgress) => previewImport(ctx, { ...input, onProgress }),
  'sync.import': (ctx, input, onProgress) => importBundle(ctx, { ...input, onProgress }),
  'sync.exchangeFolder': (ctx, input, onProgress) => exchangeThroughFolder(ctx, onProgress),
  'stats.exportXlsx': (ctx, input, onProgress) =>
    exportStatsWorkbook(ctx.db, { ...input, now: ctx.now(), satisfiedLevels: readSettingValues(ctx.db).satisfiedLevels }, onProgress),
  'cases.exportCsv': (ctx, input, onProgress) => exportCasesCsv(ctx.db, input, readingFrom(ctx), onProgress),
  'backups.create': (ctx, _input, onProgress) => backupNow(ctx, onProgress),
  'backups.checkBook': (ctx, _input, onProgress) => {
    onProgress('verifying', 0, 0);
    return checkBook(ctx);
  },
};

/**
 * Work the app gives the task thread by itself, nobody asking: not channels. Each is shown, to a screen asking what the
 * thread is doing, as the channel whose work it is.
 */
export const BACKGROUND_TASKS = {
  'backups.daily': { run: (ctx: CoreContext, onProgress: ProgressSink) => backUpTheDay(ctx, onProgress), shownAs: 'backups.create' },
  'backups.onExit': { run: (ctx: CoreContext, onProgress: ProgressSink) => backUpIfChanged(ctx, onProgress), shownAs: 'backups.create' },
} as const satisfies Record<string, { run: (ctx: CoreContext, onProgress: ProgressSink) => unknown; shownAs: LongTaskChannel }>;

export type BackgroundTask = keyof typeof BACKGROUND_TASKS;
export type BackgroundTaskOutput<T extends BackgroundTask> = Awaited<ReturnType<(typeof BACKGROUND_TASKS)[T]['run']>>;

/** Whatever the task thread may be asked to run. */
export type TaskName = LongTaskChannel | BackgroundTask;

export function isBackgroundTask(name: TaskName): name is BackgroundTask {
  return Object.hasOwn(BACKGROUND_TASKS, name);
}
