/**
 * The upgrade's thread: upgrades the book in the data folder it is given (upgradeBook), posting how far it has
 * got, then what came of it, and ends. The main thread meanwhile answers the window from an empty stand-in.
 * Plain Node (worker_threads); started by upgrade-thread.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { UpgradeStep } from '../../../shared/schemas/upgrade';
import { DamagedDatabaseError } from '../db/health';
import { everyFewReports } from '../tasks/progress';
import { upgradeBook, UpgradeFailedError } from './upgrade-book';
import type { UpgradeFailure, UpgradeWorkerData, UpgradeWorkerMessage } from './upgrade-messages';

const port = parentPort;
if (!port) throw new Error('upgrade-worker.ts runs only as a worker thread');
const { dataDir, nowOffset } = workerData as UpgradeWorkerData;

function post(message: UpgradeWorkerMessage): void {
  port!.postMessage(message);
}

function failureOf(error: unknown): UpgradeFailure {
  if (error instanceof DamagedDatabaseError) return { damaged: true, file: error.file, kind: error.kind, detail: error.detail };
  if (error instanceof UpgradeFailedError) return { damaged: false, message: error.message, keptVersion: error.keptVersion, backupFile: error.backupFile };
  // Before the book was opened (it could not be read): nothing was changed.
  return { damaged: false, message: error instanceof Error ? error.message : String(error), keptVersion: null, backupFile: null };
}

const report = everyFewReports(
  (step: UpgradeStep) => `${step.phase} ${step.version}`,
  (step) => post({ type: 'progress', step }),
);

upgradeBook(dataDir, report, { now: () => Date.now() + nowOffset })
  .then(
    (result) => post({ type: 'done', result }),
    (error: unknown) => post({ type: 'failed', failure: failureOf(error) }),
  )
  .finally(() => port.close());
