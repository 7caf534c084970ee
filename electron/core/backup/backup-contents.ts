/**
 * What a backup holds, read without writing a byte of it: whether it is a
 * whole case book this version can open, which desk and organisation it
 * is, how many cases, and the latest few (the restore screen's preview).
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { assertHealthyDatabase, DamagedDatabaseError } from '../db/health';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index';
import { DomainError } from '../errors';
import { deskTops, keepsLogEntries } from '../changes/log-entries';

export interface BackupContents {
  deskId: string;
  deskCode: string;
  orgName: string;
  groupId: string;
  schemaVersion: number;
  cases: number;
  people: number;
  /** The highest change number of each desk the backup holds. */
  tops: Record<string, number>;
  latestCases: { number: string; receivedAt: number; complainantName: string; status: string }[];
}

const PREVIEW_CASES = 10;

function unusable(path: string, why: string): DomainError {
  return new DomainError('BACKUP_UNUSABLE', `The backup ${path} cannot be used: ${why}. Nothing was changed.`);
}

/** Throws BACKUP_UNUSABLE for a file that is missing, damaged, not a case book, or from a newer version. */
export function readBackupContents(path: string): BackupContents {
  if (!existsSync(path)) throw unusable(path, 'the file does not exist');
  try {
    assertHealthyDatabase(path);
  } catch (error) {
    if (error instanceof DamagedDatabaseError) throw unusable(path, `it is damaged (${error.kind})`);
    throw error;
  }
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw unusable(path, error instanceof Error ? error.message : String(error));
  }
  try {
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > LATEST_SCHEMA_VERSION) throw unusable(path, `it was written by a newer version (data version ${schemaVersion})`);
    const hasTable = (name: string) => db.prepare('SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?').get('table', name) !== undefined;
    if (schemaVersion < 4 || !hasTable('desk') || !hasTable('cases')) throw unusable(path, 'it is not a Complaint Desk case book');
    const desk = db.prepare('SELECT desk_id AS deskId, desk_code AS deskCode, org_name AS orgName, group_id AS groupId FROM desk').get() as
      | { deskId: string; deskCode: string | null; orgName: string | null; groupId: string | null }
      | undefined;
    if (!desk) throw unusable(path, 'it has no desk');
    // A book from before version 18 keeps one row per change; a later one keeps entries (changes/log-entries.ts).
    const tops = keepsLogEntries(db)
      ? Object.fromEntries([...deskTops(db)].map(([deskId, { top }]) => [deskId, top]))
      : Object.fromEntries(db.prepare('SELECT desk_id, max(seq) FROM changes GROUP BY desk_id').raw().all() as [string, number][]);
    return {
      deskId: desk.deskId,
      deskCode: desk.deskCode ?? '',
      orgName: desk.orgName ?? '',
      groupId: desk.groupId ?? '',
      schemaVersion,
      cases: db.prepare('SELECT count(*) FROM cases WHERE deleted = 0').pluck().get() as number,
      people: db.prepare('SELECT count(*) FROM users').pluck().get() as number,
      tops,
      latestCases: db
        .prepare(
          `SELECT number, received_at AS receivedAt, complainant_name AS complainantName, status FROM cases
            WHERE deleted = 0 ORDER BY created_at DESC LIMIT ${PREVIEW_CASES}`,
        )
        .all() as BackupContents['latestCases'],
    };
  } finally {
    db.close();
  }
}
