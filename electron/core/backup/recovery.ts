/**
 * The recovery screen's services, for a desk whose case book is damaged.
 * The damaged file is never written to: a restore or a fresh start moves it
 * aside byte-for-byte, and "export what is still readable" only reads it.
 * Nobody can sign in to a damaged book, so restoring and exporting ask for
 * a manager's name and password, checked against the backup being restored
 * (or the readable part of the damaged book); five wrong tries lock the
 * screen for a while, as signing in does.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Backup, RestoreReport } from '../../../shared/schemas/backups';
import { holds } from '../../../shared/rules/permissions';
import type { Role } from '../../../shared/domain';
import { logAccess } from '../access/access-log';
import { toCsv, type CsvValue } from '../stats/cases-csv';
import { rolePermissions } from '../access/permission-check';
import type { CoreContext } from '../context';
import { DomainError } from '../errors';
import { verifySecret } from '../users/secrets';
import { fileStamp, listBackups } from './backup-catalogue';
import { backupSummary, findBackup, screenReport } from './backup-service';
import { moveDamagedAside, restoreBook } from './restore';

export interface RecoveryState {
  kind: 'empty' | 'not_a_database' | 'truncated' | 'corrupt';
  file: string;
  detail: string;
  failures: number;
  lockedUntil: number | null;
}

const MAX_FAILURES = 5;
const LOCK_MS = 15 * 60_000;

function requireRecovery(ctx: CoreContext): RecoveryState {
  if (!ctx.recovery) throw new DomainError('NOT_PERMITTED', 'The case book is not damaged: sign in and use the backup screen');
  return ctx.recovery;
}

/** The id of a manager of `file` (a backup, or the damaged book as far as it reads) with this name and password. */
function managerIn(file: string, name: string, password: string): string | null {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    return null;
  }
  try {
    const table = rolePermissions(db);
    const people = db
      .prepare('SELECT id, role, secret_hash AS secretHash FROM users WHERE name = ? AND active = 1 AND deleted = 0 AND secret_is_code = 0')
      .all(name) as { id: string; role: Role; secretHash: string }[];
    const person = people.find((p) => holds(table, p.role, 'backup') && p.secretHash && verifySecret(password, p.secretHash));
    return person?.id ?? null;
  } catch {
    // Unreadable where the people are: nobody can be checked against it.
    return null;
  } finally {
    db.close();
  }
}

/** Checks a manager's password against the first of `files` that knows them; counts wrong tries. */
function signFor(ctx: CoreContext, files: readonly string[], credentials: { name: string; password: string }): string {
  const state = requireRecovery(ctx);
  const now = ctx.now();
  if (state.lockedUntil !== null && now < state.lockedUntil) {
    const error = new DomainError('LOCKED', 'Too many wrong passwords: wait and try again');
    error.details = { until: state.lockedUntil };
    throw error;
  }
  for (const file of files) {
    const userId = managerIn(file, credentials.name, credentials.password);
    if (userId) {
      state.failures = 0;
      state.lockedUntil = null;
      return userId;
    }
  }
  state.failures += 1;
  if (state.failures >= MAX_FAILURES) {
    state.failures = 0;
    state.lockedUntil = now + LOCK_MS;
  }
  const error = new DomainError('WRONG_PASSWORD', 'Not the name and password of a manager who may restore backups');
  error.details = { attemptsLeft: state.lockedUntil ? 0 : MAX_FAILURES - state.failures };
  throw error;
}

export function recoveryBackups(ctx: CoreContext): Backup[] {
  requireRecovery(ctx);
  return listBackups(ctx.dataDir).map(backupSummary);
}

/** Restores a backup in place of the damaged book (moved aside untouched); the manager who signed is signed in afterwards. */
export async function restoreInRecovery(ctx: CoreContext, input: { backupId: string; name: string; password: string }): Promise<RestoreReport> {
  requireRecovery(ctx);
  const backup = findBackup(ctx.dataDir, input.backupId);
  const userId = signFor(ctx, [backup.path], input);
  if (!ctx.book) throw new DomainError('UNSUPPORTED', 'This host cannot restore a backup');
  const report = await ctx.book.whileClosed(() => restoreBook({ dataDir: ctx.dataDir, from: backup.path, now: ctx.now() }));
  ctx.session.userId = userId;
  logAccess({ ...ctx.book.current(), session: ctx.session }, { action: 'backup_restored', detail: backup.id });
  return screenReport(report);
}

/** Moves the damaged book aside untouched; the book opened again is empty, for the first-run setup (or joining). */
export async function startOver(ctx: CoreContext): Promise<void> {
  const state = requireRecovery(ctx);
  if (!ctx.book) throw new DomainError('UNSUPPORTED', 'This host cannot start over');
  await ctx.book.whileClosed(() => {
    if (existsSync(state.file)) moveDamagedAside(ctx.dataDir, state.file, ctx.now());
  });
}

const CSV_COLUMNS = ['number', 'received_at', 'complainant_name', 'phone', 'building_room', 'site', 'channel', 'category', 'status', 'content'] as const;

/**
 * Whatever cases can still be read from the damaged book, row by row (a damaged page loses the rows on it,
 * not the rest), into a CSV in the data folder. A manager of the organisation signs for it: the damaged
 * book's people if they still read, else those of the newest backup.
 */
export function exportReadable(ctx: CoreContext, credentials: { name: string; password: string }): { path: string; cases: number } {
  const state = requireRecovery(ctx);
  signFor(ctx, [state.file, ...listBackups(ctx.dataDir).map((b) => b.path)], credentials);
  const records: CsvValue[][] = [[...CSV_COLUMNS]];
  let db: Database.Database | null = null;
  try {
    db = new Database(state.file, { readonly: true, fileMustExist: true });
    const read = db.prepare(`SELECT ${CSV_COLUMNS.join(', ')} FROM cases WHERE rowid > ? ORDER BY rowid LIMIT 1`);
    const rowids = db.prepare('SELECT rowid FROM cases WHERE rowid > ? ORDER BY rowid LIMIT 1').pluck();
    let after = -1;
    // One row at a time, so a damaged page skips ahead instead of ending the export.
    for (let guard = 0; guard < 10_000_000; guard += 1) {
      let next: number | undefined;
      try {
        next = rowids.get(after) as number | undefined;
      } catch {
        break;
      }
      if (next === undefined) break;
      try {
        const row = read.get(after) as Record<string, string | number | null>;
        records.push(CSV_COLUMNS.map((column) => (column === 'received_at' ? new Date(Number(row[column])).toISOString() : row[column])));
      } catch {
        // This row's page is damaged: go on with the next one.
      }
      after = next;
    }
  } catch {
    // Nothing of the cases can be read at all: the file says so by having only its heading.
  } finally {
    db?.close();
  }
  const path = join(ctx.dataDir, `salvaged-cases-${fileStamp(ctx.now())}.csv`);
  writeFileSync(path, toCsv(records));
  return { path, cases: records.length - 1 };
}
