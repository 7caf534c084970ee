/**
 * The main thread's side of the upgrade's thread (upgrade-worker.ts): starts it, relays how far it has got, and
 * settles with its result or with why it stopped: a DamagedDatabaseError (the book was left as it was), or an
 * UpgradeFailedError saying which whole version the book was left at and where the backup is. Plain Node: the
 * host says where the worker script is (the built file in Electron, a loader shim under tsx).
 */
import { Worker } from 'node:worker_threads';
import { bookFile } from '../db/book-file';
import { readSchemaVersion } from '../db/connection';
import { DamagedDatabaseError } from '../db/health';
import { UpgradeFailedError, type PendingUpgrade, type UpgradeProgressSink, type UpgradeResult } from './upgrade-book';
import type { UpgradeFailure, UpgradeWorkerData, UpgradeWorkerMessage } from './upgrade-messages';

export interface UpgradeThreadOptions {
  dataDir: string;
  /** The worker script: out/main/upgrade-worker.js in Electron, upgrade-worker-tsx.mjs where the sources run under tsx. */
  script: string | URL;
  upgrade: PendingUpgrade;
  /** The host's clock minus the wall clock (`--now`). */
  nowOffset: number;
  onProgress: UpgradeProgressSink;
}

/** The version the file is at, when the thread could not say (it died). */
function versionOnDisk(dataDir: string, fallback: number): number {
  try {
    return readSchemaVersion(bookFile(dataDir));
  } catch {
    return fallback;
  }
}

function errorOf(failure: UpgradeFailure, fromVersion: number): Error {
  if (failure.damaged) return new DamagedDatabaseError(failure.file, failure.kind, failure.detail);
  return new UpgradeFailedError(failure.message, failure.keptVersion ?? fromVersion, failure.backupFile);
}

export function runUpgradeThread(options: UpgradeThreadOptions): Promise<UpgradeResult> {
  const { dataDir, upgrade } = options;
  const workerData: UpgradeWorkerData = { dataDir, nowOffset: options.nowOffset };
  const worker = new Worker(options.script, { workerData });
  return new Promise((resolve, reject) => {
    let settled = false;
    const died = (message: string) => {
      if (!settled) reject(new UpgradeFailedError(message, versionOnDisk(dataDir, upgrade.fromVersion), null));
    };
    worker.on('message', (message: UpgradeWorkerMessage) => {
      if (message.type === 'progress') return options.onProgress(message.step);
      settled = true;
      if (message.type === 'done') resolve(message.result);
      else reject(errorOf(message.failure, upgrade.fromVersion));
    });
    // A thread that dies mid-migration leaves that migration rolled back: the file says which version stands.
    worker.on('error', (error) => died(error.message));
    worker.on('exit', () => died('The upgrade thread stopped before finishing'));
  });
}
