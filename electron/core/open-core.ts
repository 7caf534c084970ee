import { recordFieldCodes } from './changes/field-codes';
import { existsSync, mkdirSync } from 'node:fs';
import { bookFile } from './db/book-file';
import { openConnection, readSchemaVersion } from './db/connection';
import { assertNotNewer, migrate } from './db/migrate';
import { refreshNameKeys } from './cases/name-keys';
import Database from 'better-sqlite3';
import { assertHealthyDatabase, DamagedDatabaseError } from './db/health';
import { registerPinyinKey } from './db/pinyin-key';
import { deskIdIn, snapshotNow } from './backup/create-backup';
import type { Db } from './db/connection';
import { MIGRATIONS } from './db/migrations/index';
import { HybridClock } from './changes/hlc';
import { latestHlc } from './changes/latest-hlc';
import { ensureDesk } from './desk/desk';
import type { CoreContext } from './context';
import type { UpgradeStatus } from '../../shared/schemas/upgrade';

export { DATABASE_FILE_NAME } from './db/book-file';

export interface OpenCoreOptions {
  dataDir: string;
  now?: () => number;
  /** The task thread opens a book the main thread has just checked: it skips the check (seconds on a large book). */
  skipHealthCheck?: boolean;
}

export interface Core extends CoreContext {
  close(): void;
}

/** A book an older version wrote is copied, checked and kept before the first migration touches it. */
function backupBeforeMigrating(db: Db, dataDir: string, existed: boolean, now: number): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (!existed || version === 0 || version >= MIGRATIONS.length) return;
  snapshotNow({ dataDir, db, deskId: deskIdIn(db), now }, 'before_migration');
}

interface OpenBook {
  db: Db;
  deskId: string;
  clock: HybridClock;
}

function openBook(options: OpenCoreOptions, now: () => number): OpenBook {
  mkdirSync(options.dataDir, { recursive: true });
  const file = bookFile(options.dataDir);
  // A damaged book is refused before anything could write to it (or, worse, start it over as a new desk).
  if (!options.skipHealthCheck) assertHealthyDatabase(file);
  if (existsSync(file)) assertNotNewer(readSchemaVersion(file), MIGRATIONS.length);
  const existed = existsSync(file);
  const db = openConnection(file);
  try {
    backupBeforeMigrating(db, options.dataDir, existed, now());
    migrate(db, MIGRATIONS, now);
    recordFieldCodes(db);
    const desk = ensureDesk(db);
    refreshNameKeys(db);
    return { db, deskId: desk.deskId, clock: new HybridClock(desk.deskId, now, latestHlc(db)) };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The core's book control: close, work on the files, open again in place, so every holder of the core sees the new book. */
function bookControl(core: Core, reopen: () => OpenBook): NonNullable<Core['book']> {
  return {
    async whileClosed(work) {
      await core.tasks?.close();
      core.db.close();
      try {
        return work();
      } finally {
        reopenAfterWork(core, reopen);
      }
    },
    current: () => core,
  };
}

/**
 * Puts the book back after work done while it was closed. When the file on disk is still damaged (a restore
 * that failed on a damaged book), the desk stays on the recovery screen with an empty book in memory, so
 * nothing can write to the damaged file and no call finds the core closed.
 */
function reopenAfterWork(core: Core, reopen: () => OpenBook): void {
  try {
    Object.assign(core, reopen());
  } catch (error) {
    if (!(error instanceof DamagedDatabaseError)) throw error;
    Object.assign(core, memoryBook(core.now));
    core.recovery = { ...recoveryState(error), failures: core.recovery?.failures ?? 0, lockedUntil: core.recovery?.lockedUntil ?? null };
    return;
  }
  delete core.recovery;
  core.tasks?.warm();
}

function memoryBook(now: () => number): OpenBook {
  const db = new Database(':memory:');
  // The same SQL runs on it as on a book from disk (openConnection): it needs the same functions.
  registerPinyinKey(db);
  migrate(db, MIGRATIONS, now);
  recordFieldCodes(db);
  const desk = ensureDesk(db);
  return { db, deskId: desk.deskId, clock: new HybridClock(desk.deskId, now, null) };
}

function recoveryState(damage: DamagedDatabaseError): NonNullable<Core['recovery']> {
  return { kind: damage.kind, file: damage.file, detail: damage.detail, failures: 0, lockedUntil: null };
}

function coreFrom(book: OpenBook, options: OpenCoreOptions, now: () => number): Core {
  const core: Core = { ...book, dataDir: options.dataDir, now, session: { userId: null }, close: () => core.db.close() };
  core.book = bookControl(core, () => openBook(options, now));
  return core;
}

/**
 * Opens (creating if need be) the data folder and its database, refusing a
 * damaged file, or one written by a newer version, before a single byte of
 * it is changed.
 */
export function openCore(options: OpenCoreOptions): Core {
  const now = options.now ?? Date.now;
  return coreFrom(openBook(options, now), options, now);
}

/**
 * The core a host opens when the book is damaged: an empty book in memory (nothing on disk is opened for
 * writing), marked for the recovery screen. Restoring a backup or starting over opens the real book in its place.
 */
export function openRecoveryCore(options: OpenCoreOptions, damage: DamagedDatabaseError): Core {
  const now = options.now ?? Date.now;
  const core = coreFrom(memoryBook(now), options, now);
  core.recovery = recoveryState(damage);
  return core;
}

/**
 * The core a host opens while the book is upgraded on a thread of its own (upgrade/start-core.ts): an empty book in
 * memory, as for the recovery screen, marked as upgrading, so the window opens at once on the upgrade screen.
 */
export function openUpgradingCore(options: OpenCoreOptions, upgrade: UpgradeStatus): Core {
  const now = options.now ?? Date.now;
  const core = coreFrom(memoryBook(now), options, now);
  core.upgrade = upgrade;
  return core;
}

/**
 * The upgraded book in place of the empty stand-in, every holder of the core seeing it. Nothing is left to migrate,
 * and the thread checked the book before upgrading it (and its compacted copy after): it is not checked again here
 * (seconds on a large book, on the thread that answers the window), unless the thread could not check it.
 */
export function swapInUpgradedBook(core: Core, options: OpenCoreOptions, { checked = true } = {}): void {
  const book = openBook({ ...options, skipHealthCheck: checked }, core.now);
  core.db.close();
  Object.assign(core, book);
}

/** The recovery screen in place of the upgrade screen: the upgrade's thread found the book damaged and left it as it was. */
export function showRecoveryInstead(core: Core, damage: DamagedDatabaseError): void {
  core.recovery = recoveryState(damage);
  delete core.upgrade;
}

/** What a host opens at start: the book, or the recovery core when the book is damaged. Other failures (a newer file) are thrown. */
export function openCoreOrRecovery(options: OpenCoreOptions): Core {
  try {
    return openCore(options);
  } catch (error) {
    if (error instanceof DamagedDatabaseError) return openRecoveryCore(options, error);
    throw error;
  }
}
