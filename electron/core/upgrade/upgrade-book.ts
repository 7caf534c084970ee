/**
 * Bringing a book an older version wrote up to this version: checked as at every start, backed up, migrated a
 * version at a time (each in its own transaction, so a failure leaves a whole version beside the backup), then
 * the free pages the migrations left given back to the disk when they are many. Plain code, called directly
 * (tests) or by the upgrade's thread (upgrade-worker.ts), which the hosts start so that the window can show how
 * far it has got instead of freezing at start (the 100,000-case desk's upgrade took seven minutes).
 */
import { existsSync, statSync } from 'node:fs';
import type { UpgradeStep } from '../../../shared/schemas/upgrade';
import { createBackup, deskIdIn } from '../backup/create-backup';
import { bookFile } from '../db/book-file';
import { COMPACT_WHEN, compactBook, freeSpace, worthCompacting, type Compacted, type CompactWhen } from '../db/compact-book';
import { openConnection, readSchemaVersion, type Db } from '../db/connection';
import { assertHealthyDatabase, versionInHeader } from '../db/health';
import { assertNotNewer, migrate } from '../db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from '../db/migrations/index';

/**
 * How long a migration waits for another connection's write (busy_timeout) before the upgrade fails: another
 * program may have the book for a while (the command line's import), and failing would stop the whole start.
 * The end-to-end test holds the lock this way to look at the screen mid-upgrade.
 */
const UPGRADE_BUSY_TIMEOUT_MS = 120_000;

export type UpgradeProgressSink = (step: UpgradeStep) => void;

export interface PendingUpgrade {
  fromVersion: number;
  toVersion: number;
}

/**
 * The upgrade a book needs, read without writing a byte. Null for a new desk, a book at this version, and one
 * openCore must refuse or cannot read (a newer or damaged file), which opens as before, saying why.
 */
export function pendingUpgrade(dataDir: string, latest = LATEST_SCHEMA_VERSION): PendingUpgrade | null {
  const file = bookFile(dataDir);
  if (!existsSync(file)) return null;
  let version: number;
  try {
    version = readSchemaVersion(file);
  } catch {
    return null;
  }
  return version > 0 && version < latest ? { fromVersion: version, toVersion: latest } : null;
}

/**
 * Books from this size up are checked at start on the upgrade's thread, nothing to migrate, while the window says so:
 * SQLite's quick_check reads about 270 MB a second here (3.5 s for the 200,000-case book), and on the main thread the
 * window did not even appear until it was done.
 */
export const CHECK_ON_THREAD_FROM_BYTES = 256 * 1024 * 1024;

/** A book at this version whose check at start is worth a thread of its own: an "upgrade" with nothing to migrate. */
export function largeBookToCheck(dataDir: string, fromBytes = CHECK_ON_THREAD_FROM_BYTES, latest = LATEST_SCHEMA_VERSION): PendingUpgrade | null {
  const file = bookFile(dataDir);
  if (!existsSync(file) || statSync(file).size < fromBytes) return null;
  let version: number;
  try {
    version = readSchemaVersion(file);
  } catch {
    return null;
  }
  return version === latest ? { fromVersion: version, toVersion: version } : null;
}

/** Nothing to migrate: the book was only checked (largeBookToCheck). */
export function onlyChecks(upgrade: PendingUpgrade): boolean {
  return upgrade.fromVersion === upgrade.toVersion;
}

/** The upgrade stopped: the book is whole at `keptVersion`, beside the backup taken before (if it got that far). */
export class UpgradeFailedError extends Error {
  constructor(
    message: string,
    readonly keptVersion: number,
    readonly backupFile: string | null,
  ) {
    super(message);
    this.name = 'UpgradeFailedError';
  }
}

export interface UpgradeResult extends PendingUpgrade {
  backupFile: string | null;
  /** Null when there were too few free pages to be worth it (or giving them back failed: the book is upgraded all the same). */
  compacted: Compacted | null;
}

export interface UpgradeOptions {
  now?: () => number;
  /** The migrations to apply; a test puts a failing one in. */
  migrations?: readonly Migration[];
  compactWhen?: CompactWhen;
  log?: (message: string, error?: unknown) => void;
}

/** A copy of the book as the older version left it, with the backups' own check, counted in pages. */
async function backUp(db: Db, dataDir: string, now: () => number, version: number, onProgress: UpgradeProgressSink): Promise<string> {
  let pages = 1;
  onProgress({ phase: 'backup', version, done: 0, total: pages });
  const place = { dataDir, db, deskId: deskIdIn(db), now };
  const backup = await createBackup(place, 'before_migration', (_phase, done, total) => {
    pages = Math.max(total, 1);
    onProgress({ phase: 'backup', version, done, total });
  });
  // SQLite reports the pages left before each batch, not after the last one (nor the copy's check after it).
  onProgress({ phase: 'backup', version, done: pages, total: pages });
  return backup.path;
}

/** Closes `db`, first giving its free pages back to the disk when they are many. */
function closeCompacting(db: Db, file: string, when: CompactWhen, onProgress: UpgradeProgressSink, log: UpgradeOptions['log']): Compacted | null {
  if (!worthCompacting(freeSpace(db), when)) {
    db.close();
    return null;
  }
  const version = db.pragma('user_version', { simple: true }) as number;
  onProgress({ phase: 'compact', version, done: 0, total: 1 });
  let compacted: Compacted | null = null;
  try {
    compacted = compactBook(db, file);
  } catch (error) {
    // The book is upgraded and whole; it only keeps its free pages.
    log?.('[upgrade] giving the free pages back failed; the book keeps them', error);
  }
  onProgress({ phase: 'compact', version, done: 1, total: 1 });
  return compacted;
}

export async function upgradeBook(dataDir: string, onProgress: UpgradeProgressSink, options: UpgradeOptions = {}): Promise<UpgradeResult> {
  const now = options.now ?? Date.now;
  const migrations = options.migrations ?? MIGRATIONS;
  const file = bookFile(dataDir);
  // A damaged book is refused before anything could write to it (DamagedDatabaseError: the host shows the recovery screen).
  const shownVersion = versionInHeader(file);
  assertHealthyDatabase(file, (phase, done, total) => onProgress({ phase, version: shownVersion, done, total }));
  const fromVersion = readSchemaVersion(file);
  assertNotNewer(fromVersion, migrations.length);
  onProgress({ phase: 'checking', version: fromVersion, done: 1, total: 1 });
  // A large book checked off the main thread at start (largeBookToCheck): whole, and left as it is.
  if (fromVersion === migrations.length) return { fromVersion, toVersion: fromVersion, backupFile: null, compacted: null };

  const db = openConnection(file);
  let backupFile: string | null = null;
  try {
    db.pragma(`busy_timeout = ${UPGRADE_BUSY_TIMEOUT_MS}`);
    backupFile = await backUp(db, dataDir, now, fromVersion, onProgress);
    migrate(db, migrations, now, (version, done, total) => onProgress({ phase: 'migrate', version, done, total }));
  } catch (error) {
    const keptVersion = db.pragma('user_version', { simple: true }) as number;
    db.close();
    throw new UpgradeFailedError(error instanceof Error ? error.message : String(error), keptVersion, backupFile);
  }
  const compacted = closeCompacting(db, file, options.compactWhen ?? COMPACT_WHEN, onProgress, options.log ?? console.error);
  return { fromVersion, toVersion: migrations.length, backupFile, compacted };
}
