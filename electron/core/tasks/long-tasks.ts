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
