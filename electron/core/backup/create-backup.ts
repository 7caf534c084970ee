/**
 * Taking a backup: SQLite's online backup API copies the open book page by
 * page (the app keeps answering meanwhile) under a temporary name; the copy
 * is opened on its own and must pass its own integrity check; the
 * attachment files it refers to are copied once each (by hash); only then
 * does it get its name and its description, and old backups are rotated
 * out as the settings say. A kill at any point leaves nothing that counts.
 */
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { CoreContext } from '../context';
import type { Db } from '../db/connection';
import { newId } from '../ids';
import { changesHeld } from '../changes/changes-held';
import { keepsLogEntries } from '../changes/log-entries';
import { DomainError } from '../errors';
import { readSettingValues } from '../settings/setting-values';
import type { ProgressSink } from '../tasks/progress';
import { ignoreProgress } from '../tasks/progress';
import {
  backupFileName,
  backupIdOf,
  copyBlobs,
  describe,
  descriptionPath,
  ensureBackupFolder,
  listBackups,
  removeBackup,
  type BackupInfo,
} from './backup-catalogue';
import type { BackupReason } from '../../../shared/schemas/backups';
import { backupsToKeep, DEFAULT_ROTATION, type RotationPolicy } from './rotation';

/** A backup that could not be written or failed its check: nothing was kept, and the book is as it was. */
export class BackupFailedError extends DomainError {
  constructor(message: string) {
    super('BACKUP_FAILED', message);
    this.name = 'BackupFailedError';
  }
}

interface Checked {
  cases: number;
  blobs: string[];
  schemaVersion: number;
  changesHeld: string;
}

/** Each desk's last change number in a book of any version (changes-held.ts); before version 18 the log was one row per change. */
const CHANGES_HELD_BEFORE_18 = `
  WITH RECURSIVE desk_ids(id) AS (
    SELECT (SELECT min(desk_id) FROM changes)
    UNION ALL
    SELECT (SELECT min(desk_id) FROM changes WHERE desk_id > desk_ids.id) FROM desk_ids WHERE desk_ids.id IS NOT NULL
  )
  SELECT group_concat(id || ':' || (SELECT max(seq) FROM changes WHERE desk_id = desk_ids.id), ',')
    FROM desk_ids WHERE desk_ids.id IS NOT NULL`;

function changesHeldOfAnyVersion(copy: Db): string {
  return keepsLogEntries(copy) ? changesHeld(copy) : ((copy.prepare(CHANGES_HELD_BEFORE_18).pluck().get() as string | null) ?? '');
}

/** The copy on its own: SQLite's integrity check, and what it holds. */
function checkCopy(path: string): Checked {
  const copy = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const result = copy.pragma('integrity_check', { simple: true }) as string;
    if (result !== 'ok') throw new BackupFailedError(`The backup copy failed its check: ${result}`);
    const hasAttachments = copy.prepare("SELECT 1 FROM sqlite_master WHERE name = 'attachments'").get() !== undefined;
    return {
      cases: copy.prepare('SELECT count(*) FROM cases WHERE deleted = 0').pluck().get() as number,
      blobs: hasAttachments ? (copy.prepare('SELECT DISTINCT sha256 FROM attachments WHERE deleted = 0').pluck().all() as string[]) : [],
      schemaVersion: copy.pragma('user_version', { simple: true }) as number,
      changesHeld: changesHeldOfAnyVersion(copy),
    };
  } finally {
    copy.close();
  }
}

/** The desk's code and organisation, from a book of any version (one before its first setup has none). */
function deskNames(db: Db): { deskCode: string | null; orgName: string | null } {
  return (db.prepare('SELECT desk_code AS deskCode, org_name AS orgName FROM desk').get() as
    | { deskCode: string | null; orgName: string | null }
    | undefined) ?? { deskCode: null, orgName: null };
}

interface Place {
  dataDir: string;
  db: Db;
  deskId: string;
  now: number;
}

/** Checks the copy under its temporary name, then gives it its name and description: from here on it counts. */
function finish(place: Place, partial: string, final: string, reason: BackupReason): BackupInfo {
  let checked: Checked;
  try {
    checked = checkCopy(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error instanceof BackupFailedError ? error : new BackupFailedError(`The backup copy cannot be read: ${String(error)}`);
  }
  copyBlobs(place.dataDir, checked.blobs, 'into_backups');
  renameSync(partial, final);
  const desk = deskNames(place.db);
  const info = {
    at: place.now,
    reason,
    bytes: statSync(final).size,
    cases: checked.cases,
    deskId: place.deskId,
    deskCode: desk.deskCode ?? '',
    orgName: desk.orgName ?? '',
    schemaVersion: checked.schemaVersion,
    blobs: checked.blobs.length,
    changesHeld: checked.changesHeld,
  };
  writeFileSync(descriptionPath(final), describe(info), { flush: true });
  rotate(place.dataDir, place.db);
  return { ...info, id: backupIdOf(final), path: final };
}

/** In the backup folder, or at a path of the person's choosing (`backup --out`), under a temporary name first. */
function target(dataDir: string, now: number, reason: BackupReason, outPath?: string): { partial: string; final: string } {
  const final = outPath ?? join(ensureBackupFolder(dataDir), backupFileName(now, reason, newId().slice(-8)));
  if (outPath && !outPath.endsWith('.sqlite3')) throw new BackupFailedError('A backup file name ends in .sqlite3');
  return { partial: `${final}.partial`, final };
}

/** Removes the backups the rotation no longer keeps (settings: how many days, weeks and months). */
export function rotate(dataDir: string, db: Db): void {
  const all = listBackups(dataDir);
  const keep = backupsToKeep(all, rotationPolicy(db));
  for (const backup of all) if (!keep.has(backup.id)) removeBackup(backup);
}

function rotationPolicy(db: Db): RotationPolicy {
  try {
    const values = readSettingValues(db);
    return { daily: values.backupDaily, weekly: values.backupWeekly, monthly: values.backupMonthly };
  } catch {
    // A book older than its settings table (a backup before its first migration): the defaults.
    return DEFAULT_ROTATION;
  }
}

/** The desk's id in a book of any version (none before its first start finished). */
export function deskIdIn(db: Db): string {
  return (db.prepare('SELECT desk_id FROM desk').pluck().get() as string | undefined) ?? '';
}

/**
 * A backup of the open book with SQLite's online backup API: the copy runs a page batch at a time, the app answering
 * between. Only the book's place is needed, so the upgrade's thread backs up a book it has not opened as a core.
 */
export async function createBackup(
  ctx: Pick<CoreContext, 'dataDir' | 'db' | 'deskId' | 'now'>,
  reason: BackupReason,
  onProgress: ProgressSink = ignoreProgress,
  outPath?: string,
): Promise<BackupInfo> {
  const now = ctx.now();
  const { partial, final } = target(ctx.dataDir, now, reason, outPath);
  try {
    await ctx.db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        onProgress('backup', totalPages - remainingPages, totalPages);
        return 256;
      },
    });
  } catch (error) {
    rmSync(partial, { force: true });
    throw new BackupFailedError(`The backup could not be written: ${error instanceof Error ? error.message : String(error)}`);
  }
  return finish({ dataDir: ctx.dataDir, db: ctx.db, deskId: ctx.deskId, now }, partial, final, reason);
}

/**
 * The same, in one step, where the caller cannot wait (an import on the task thread, a migration at
 * start): `VACUUM INTO` writes a consistent copy of the book as it is at that moment.
 */
export function snapshotNow(place: Place, reason: BackupReason): BackupInfo {
  const { partial, final } = target(place.dataDir, place.now, reason);
  try {
    place.db.prepare('VACUUM INTO ?').run(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new BackupFailedError(`The backup could not be written: ${error instanceof Error ? error.message : String(error)}`);
  }
  return finish(place, partial, final, reason);
}

/** The first start of a day takes that day's backup. */
export async function backupIfDue(ctx: CoreContext, onProgress: ProgressSink = ignoreProgress): Promise<BackupInfo | null> {
  const today = new Date(ctx.now());
  const latest = listBackups(ctx.dataDir)[0];
  if (latest && new Date(latest.at).toDateString() === today.toDateString()) return null;
  return createBackup(ctx, 'daily', onProgress);
}
