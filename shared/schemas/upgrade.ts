import { z } from 'zod';

/**
 * A book an older version wrote, upgraded at start on a thread of its own while the window shows how far it
 * has got (electron/core/upgrade/). Its steps, in order: the book read through and checked as at every start,
 * backed up, each migration applied (each in its own transaction), and the free pages the migrations left given
 * back to the disk when there are many. A large book at this version goes through the first two only (its
 * `fromVersion` equals its `toVersion`).
 */
export const UPGRADE_PHASES = ['reading', 'checking', 'backup', 'migrate', 'compact'] as const;
export type UpgradePhase = (typeof UPGRADE_PHASES)[number];

const count = z.number().int().min(0);

/** One report of how far the upgrade has got; each phase (each migration) counts its own units from 0 to done === total. */
export const upgradeStepSchema = z.object({
  phase: z.enum(UPGRADE_PHASES),
  /** In `migrate`, the version being applied (until it commits the book is whole at the one before); else the book's version. */
  version: count,
  done: count,
  total: count,
});
export type UpgradeStep = z.output<typeof upgradeStepSchema>;

export const upgradeStatusSchema = upgradeStepSchema.extend({
  state: z.enum(['upgrading', 'done', 'failed']),
  fromVersion: count,
  toVersion: count,
  /** Failed: what went wrong, as the core logged it. */
  error: z.string().optional(),
  /** Failed: the whole version the book was left at (each migration commits or rolls back alone). */
  keptVersion: count.optional(),
  /** The backup taken before the first migration, once there is one. */
  backupFile: z.string().optional(),
});
export type UpgradeStatus = z.output<typeof upgradeStatusSchema>;
