/**
 * Restoring a backup, with the book closed. The chosen backup is checked
 * first; the current book is kept (a checked copy among the backups, or,
 * when it is damaged, moved aside byte-for-byte as `…damaged-<time>`); the
 * backup is copied in under a temporary name, brought to this version, and
 * the desk goes on under a new desk id with the same desk code, so no
 * change number it wrote before is ever written again and the other desks
 * accept what it writes next. Case-number counters are rebuilt from the
 * cases (and never go below the current book's). Only then does the copy
 * take the book's name. The report says what the backup lacks and which
 * desks' full sync files bring it back.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { highestCaseNumbers, raiseCaseNumberCounters, rebuildCaseNumberCounters } from '../cases/case-number';
import { bookFile } from '../db/book-file';
import { openConnection } from '../db/connection';
import { assertHealthyDatabase, DamagedDatabaseError } from '../db/health';
import { migrate } from '../db/migrate';
import { deskTops, topOfDesk } from '../changes/log-entries';
import { MIGRATIONS } from '../db/migrations/index';
import { newId } from '../ids';
import { recordSuccession } from '../sync/desk-codes';
import { deskKeyPair, newKeyPair, storeDeskKeyPair } from '../crypto/desk-signing';
import { storeCert, successorCert } from '../sync/desk-certs';
import { ownHead } from '../sync/signed-heads';
import { DomainError } from '../errors';
import { copyBlobs, fileStamp } from './backup-catalogue';
import { readBackupContents, type BackupContents } from './backup-contents';
import { snapshotNow } from './create-backup';

export interface RestoreReport {
  /** The backup file restored. */
  from: string;
  cases: number;
  deskCode: string;
  previousDeskId: string;
  deskId: string;
  /** Where the book as it was before the restore is kept: a backup, or the damaged file moved aside. */
  keptAs: string | null;
  /** What the book had that the backup lacks; `known` is false when the book was missing or unreadable. */
  lost: { known: boolean; caseNumbers: string[]; changes: number };
  /** The other desks whose full sync files bring back what this desk had sent them. */
  askDesks: string[];
}

interface CurrentBook {
  /** A damaged book is moved aside only once the restored copy is ready to take its place. */
  damaged: boolean;
  keptAs: string | null;
  /** Facts read from a readable current book, null when it was missing or damaged. */
  facts: { caseIds: Map<string, string>; tops: Record<string, number>; counters: Map<string, number>; otherDesks: string[] } | null;
}

/** Keeps a readable current book as a checked backup and reads what the report needs from it; a damaged one is only noted. */
function keepCurrentBook(dataDir: string, file: string, now: number): CurrentBook {
  if (!existsSync(file)) return { damaged: false, keptAs: null, facts: null };
  try {
    assertHealthyDatabase(file);
  } catch (error) {
    if (error instanceof DamagedDatabaseError) return { damaged: true, keptAs: null, facts: null };
    throw error;
  }
  const db = openConnection(file);
  try {
    const deskId = (db.prepare('SELECT desk_id FROM desk').pluck().get() as string | undefined) ?? '';
    const kept = snapshotNow({ dataDir, db, deskId, now }, 'before_restore');
    const caseIds = new Map(db.prepare('SELECT id, number FROM cases WHERE deleted = 0').raw().all() as [string, string][]);
    const tops = Object.fromEntries([...deskTops(db)].map(([deskId, { top }]) => [deskId, top]));
    // Every number the desk gave: the counters (what an earlier restore kept) and the cases' own numbers.
    const counters = highestCaseNumbers(db);
    for (const [prefix, last] of db.prepare('SELECT prefix, last FROM case_number_counters').raw().all() as [string, number][]) {
      counters.set(prefix, Math.max(counters.get(prefix) ?? 0, last));
    }
    return { damaged: false, keptAs: kept.path, facts: { caseIds, tops, counters, otherDesks: otherDesks(db) } };
  } finally {
    db.close();
  }
}

/** Moved, not copied or opened: the damaged file stays byte-for-byte as found, for whoever wants to look at it. */
export function moveDamagedAside(dataDir: string, file: string, now: number): string {
  const aside = join(dataDir, `complaint-desk.damaged-${fileStamp(now)}-${newId().slice(-6)}.sqlite3`);
  for (const suffix of ['-wal', '-shm']) if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
  renameSync(file, aside);
  return aside;
}

function lostSince(backup: BackupContents, backupCaseIds: Set<string>, current: CurrentBook): RestoreReport['lost'] {
  if (!current.facts) return { known: false, caseNumbers: [], changes: 0 };
  const caseNumbers = [...current.facts.caseIds].filter(([id]) => !backupCaseIds.has(id)).map(([, number]) => number);
  let changes = 0;
  for (const [deskId, top] of Object.entries(current.facts.tops)) changes += Math.max(0, top - (backup.tops[deskId] ?? 0));
  return { known: true, caseNumbers: caseNumbers.sort(), changes };
}

/** Attachment files the restored cases need, back from the backup folder into the store. */
function restoreBlobs(dataDir: string, db: Database.Database): void {
  copyBlobs(dataDir, db.prepare('SELECT DISTINCT sha256 FROM attachments').pluck().all() as string[], 'back_to_store');
}

/** The restored copy becomes a desk of its own: new id, same code, counters from the data. */
function continueAsNewDesk(db: Database.Database, backup: BackupContents, current: CurrentBook, now: number): string {
  const deskId = newId();
  db.transaction(() => {
    handOverSigning(db, backup.deskId, deskId, now);
    db.prepare('UPDATE desk SET desk_id = ?').run(deskId);
    if (backup.deskCode) recordSuccession(db, backup.deskId, deskId, backup.deskCode);
    rebuildCaseNumberCounters(db);
    raiseCaseNumberCounters(db, current.facts?.counters ?? []);
  })();
  return deskId;
}

/**
 * The desk it continues signs its own changes up to the last one in the backup (so they can still be
 * passed on) and vouches for the new id's key; a book from before keys has nothing to hand over.
 */
function handOverSigning(db: Database.Database, oldDeskId: string, newDeskId: string, now: number): void {
  const old = deskKeyPair(db);
  if (!old) return;
  const groupId = db.prepare('SELECT group_id FROM desk').pluck().get() as string;
  const top = topOfDesk(db, oldDeskId);
  ownHead(db, groupId, { deskId: oldDeskId, pair: old }, top);
  const pair = newKeyPair();
  storeCert(db, successorCert(groupId, newDeskId, pair, { deskId: oldDeskId, pair: old }, now));
  storeDeskKeyPair(db, pair);
}

/** Codes of the other desks a book has heard of (the ones whose full files can bring things back). */
function otherDesks(db: Database.Database): string[] {
  const own = db.prepare('SELECT desk_code FROM desk').pluck().get() as string | null;
  return db
    .prepare(
      `SELECT desk_code FROM desks WHERE replaced_by IS NULL UNION SELECT desk_code FROM peers
        WHERE desk_id NOT IN (SELECT desk_id FROM desks WHERE replaced_by IS NOT NULL) ORDER BY 1`,
    )
    .pluck()
    .all()
    .filter((code) => code !== own) as string[];
}

export interface RestoreOptions {
  dataDir: string;
  /** The backup file to restore. */
  from: string;
  now: number;
}

function removeWithJournals(file: string): void {
  for (const path of [file, `${file}-wal`, `${file}-shm`]) rmSync(path, { force: true });
}

/** Restores `from` into the data folder, whose book must be closed. Throws BACKUP_UNUSABLE before touching anything. */
export function restoreBook(options: RestoreOptions): RestoreReport {
  const { dataDir, from, now } = options;
  const file = bookFile(dataDir);
  if (resolve(from) === resolve(file)) throw new DomainError('BACKUP_UNUSABLE', 'That is the case book itself, not a backup of it');
  const backup = readBackupContents(from);
  mkdirSync(dataDir, { recursive: true });
  const restoring = `${file}.restoring-${newId().slice(-8)}`;
  const source = new Database(from, { readonly: true, fileMustExist: true });
  let backupCaseIds: Set<string>;
  try {
    backupCaseIds = new Set(source.prepare('SELECT id FROM cases WHERE deleted = 0').pluck().all() as string[]);
    // A consistent single-file copy, whatever journal files sit beside the source.
    source.prepare('VACUUM INTO ?').run(restoring);
  } finally {
    source.close();
  }
  let current: CurrentBook;
  let ready: Omit<RestoreReport, 'keptAs' | 'lost'>;
  try {
    current = keepCurrentBook(dataDir, file, now);
    const db = openConnection(restoring);
    try {
      migrate(db, MIGRATIONS, () => now);
      const deskId = continueAsNewDesk(db, backup, current, now);
      restoreBlobs(dataDir, db);
      ready = { from, cases: backup.cases, deskCode: backup.deskCode, previousDeskId: backup.deskId, deskId, askDesks: [...new Set([...otherDesks(db), ...(current.facts?.otherDesks ?? [])])].sort() };
      // One self-contained file, so the rename below moves all of it.
      db.pragma('journal_mode = DELETE');
    } finally {
      db.close();
    }
  } catch (error) {
    removeWithJournals(restoring);
    throw error;
  }
  const keptAs = current.damaged ? moveDamagedAside(dataDir, file, now) : current.keptAs;
  // A readable book was kept as a backup above; the journal files of a cleanly closed one are already gone.
  for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
  renameSync(restoring, file);
  return { ...ready, keptAs, lost: lostSince(backup, backupCaseIds, current) };
}
