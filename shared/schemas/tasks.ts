import { z } from 'zod';

/**
 * The channels whose work can take more than a moment: the core runs them
 * off the main thread and reports how far it has got, so the window stays
 * answerable and the screen can show a percentage.
 */
export const LONG_TASK_CHANNELS = [
  'sync.export',
  'sync.preview',
  'sync.import',
  'sync.exchangeFolder',
  'stats.exportXlsx',
  'cases.exportCsv',
  'backups.create',
  'backups.checkBook',
] as const;
export type LongTaskChannel = (typeof LONG_TASK_CHANNELS)[number];

/** What a long task is doing now; each phase counts its own units (changes, rows, files). */
export const TASK_PHASES = ['starting', 'checking', 'backup', 'applying', 'writing', 'verifying', 'reading', 'building'] as const;
export type TaskPhase = (typeof TASK_PHASES)[number];

export const taskProgressSchema = z.object({
  channel: z.enum(LONG_TASK_CHANNELS),
  phase: z.enum(TASK_PHASES),
  /** Units finished in this phase; `total` 0 means the size is not known. */
  done: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type TaskProgress = z.output<typeof taskProgressSchema>;
