/**
 * What a host (the app, the browser host) opens at start. A book an older version wrote is upgraded on a thread
 * of its own while the window shows how far it has got: the core answers meanwhile from an empty stand-in marked
 * as upgrading (only the upgrade screen's calls are answered), and the upgraded book takes its place when the
 * thread is done. A large book at this version goes the same way with nothing to migrate: its check at start
 * (seconds) runs on that thread while the window says so. Everything else opens as before: the book, the recovery
 * core for a damaged one, and a newer file refused (thrown) before a byte of it changes.
 */
import type { UpgradeStatus } from '../../../shared/schemas/upgrade';
import { DamagedDatabaseError } from '../db/health';
import { openCoreOrRecovery, openUpgradingCore, showRecoveryInstead, swapInUpgradedBook, type Core, type OpenCoreOptions } from '../open-core';
import { largeBookToCheck, onlyChecks, pendingUpgrade, UpgradeFailedError, type PendingUpgrade, type UpgradeResult } from './upgrade-book';
import { runUpgradeThread } from './upgrade-thread';

export interface StartCoreOptions extends OpenCoreOptions {
  /** The upgrade thread's script: out/main/upgrade-worker.js in Electron, upgrade-worker-tsx.mjs under tsx. */
  upgradeScript: string | URL;
  log?: (message: string, error?: unknown) => void;
  /** Books from this many bytes are checked on the upgrade's thread too (upgrade-book.ts: CHECK_ON_THREAD_FROM_BYTES). */
  checkOnThreadFrom?: number;
}

export interface StartedCore {
  core: Core;
  /**
   * Settles once the book is open: at once, unless an upgrade runs; then true when the upgraded book is in (or the
   * recovery screen, if the upgrade found the book damaged), false when the upgrade failed and the stand-in stays.
   * A host starts its task thread and background jobs on true.
   */
  bookOpen: Promise<boolean>;
}

function upgradeStarted(pending: PendingUpgrade): UpgradeStatus {
  return { state: 'upgrading', phase: 'reading', version: pending.fromVersion, done: 0, total: 1, ...pending };
}

function upgradeDone(status: UpgradeStatus, result: UpgradeResult): UpgradeStatus {
  return { ...status, state: 'done', ...(result.backupFile ? { backupFile: result.backupFile } : {}) };
}

function upgradeFailed(status: UpgradeStatus, error: unknown): UpgradeStatus {
  const failure = error instanceof UpgradeFailedError ? error : null;
  // Not the thread's failure but the swap's: the book was upgraded whole.
  const keptVersion = failure ? failure.keptVersion : status.toVersion;
  const backupFile = failure?.backupFile ?? status.backupFile;
  return {
    ...status,
    state: 'failed',
    error: error instanceof Error ? error.message : String(error),
    keptVersion,
    ...(backupFile ? { backupFile } : {}),
  };
}

/**
 * The check's thread stopped without finding damage (it could not start, say): the book is checked here instead, as a
 * small one is, and opened, or the recovery screen shown.
 */
function checkHere(core: Core, options: StartCoreOptions, log: NonNullable<StartCoreOptions['log']>, error: unknown): boolean {
  log('[start] the check of the case book on its own thread failed; checking it on the main thread', error);
  try {
    swapInUpgradedBook(core, options, { checked: false });
  } catch (failure) {
    if (failure instanceof DamagedDatabaseError) {
      showRecoveryInstead(core, failure);
      return true;
    }
    log('[start] the case book could not be opened', failure);
    core.upgrade = upgradeFailed(core.upgrade!, failure);
    return false;
  }
  core.upgrade = { ...core.upgrade!, state: 'done' };
  return true;
}

export function startCore(options: StartCoreOptions): StartedCore {
  const pending = pendingUpgrade(options.dataDir) ?? largeBookToCheck(options.dataDir, options.checkOnThreadFrom);
  if (!pending) return { core: openCoreOrRecovery(options), bookOpen: Promise.resolve(true) };
  const log = options.log ?? console.error;
  const core = openUpgradingCore(options, upgradeStarted(pending));
  const upgrading = runUpgradeThread({
    dataDir: options.dataDir,
    script: options.upgradeScript,
    upgrade: pending,
    nowOffset: core.now() - Date.now(),
    onProgress: (step) => {
      if (core.upgrade) core.upgrade = { ...core.upgrade, ...step };
    },
  });
  const bookOpen = upgrading
    .then((result) => {
      // The host closed the core (the app is quitting): nothing to open.
      if (!core.db.open) return false;
      swapInUpgradedBook(core, options);
      core.upgrade = upgradeDone(core.upgrade!, result);
      if (onlyChecks(result)) return true;
      log(`[upgrade] the case book went from version ${result.fromVersion} to ${result.toVersion}` +
        (result.compacted ? `; ${result.compacted.before} -> ${result.compacted.after} bytes` : ''));
      return true;
    })
    .catch((error: unknown) => {
      if (error instanceof DamagedDatabaseError) {
        showRecoveryInstead(core, error);
        return true;
      }
      if (onlyChecks(pending) && core.db.open) return checkHere(core, options, log, error);
      log('[upgrade] the upgrade of the case book failed', error);
      core.upgrade = upgradeFailed(core.upgrade!, error);
      return false;
    });
  return { core, bookOpen };
}
