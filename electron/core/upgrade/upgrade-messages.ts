/** What the upgrade's thread tells the main thread (structured-clone plain data only). */
import type { UpgradeStep } from '../../../shared/schemas/upgrade';
import type { DamageKind } from '../db/health';
import type { UpgradeResult } from './upgrade-book';

export interface UpgradeWorkerData {
  dataDir: string;
  /** The host's clock minus the wall clock, so `--now` holds for the backup's time and the migrations' too. */
  nowOffset: number;
}

/**
 * Why the upgrade stopped: the book was found damaged (and left as it was), or it stopped at a whole version
 * (null: before the book was opened, so at the version it had).
 */
export type UpgradeFailure =
  | { damaged: true; file: string; kind: DamageKind; detail: string }
  | { damaged: false; message: string; keptVersion: number | null; backupFile: string | null };

export type UpgradeWorkerMessage =
  | { type: 'progress'; step: UpgradeStep }
  | { type: 'done'; result: UpgradeResult }
  | { type: 'failed'; failure: UpgradeFailure };
