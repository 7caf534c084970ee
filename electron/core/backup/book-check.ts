/**
 * The full check of the case book: SQLite's integrity_check reads every
 * page (quick_check, at every start, skips the indexes' contents). It runs
 * weekly on the task thread, or when a manager asks; its last result is
 * kept beside the backups for the backup screen.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BookCheck } from '../../../shared/schemas/backups';
import type { CoreContext } from '../context';
import { ensureBackupFolder } from './backup-catalogue';

const LAST_CHECK_FILE = 'last-check.json';
export const FULL_CHECK_INTERVAL_MS = 7 * 86_400_000;

export function lastBookCheck(dataDir: string): BookCheck | null {
  const path = join(dataDir, 'backups', LAST_CHECK_FILE);
  if (!existsSync(path)) return null;
  try {
    const check = JSON.parse(readFileSync(path, 'utf8')) as BookCheck;
    return typeof check.at === 'number' && typeof check.ok === 'boolean' ? { at: check.at, ok: check.ok, detail: String(check.detail ?? '') } : null;
  } catch {
    return null;
  }
}

export function checkBook(ctx: CoreContext): BookCheck {
  const rows = ctx.db.pragma('integrity_check(20)', { simple: false }) as { integrity_check: string }[];
  const problems = rows.map((row) => row.integrity_check).filter((line) => line !== 'ok');
  const check: BookCheck = { at: ctx.now(), ok: problems.length === 0, detail: problems.join('\n') };
  writeFileSync(join(ensureBackupFolder(ctx.dataDir), LAST_CHECK_FILE), `${JSON.stringify(check)}\n`);
  return check;
}

export function bookCheckDue(dataDir: string, now: number): boolean {
  const last = lastBookCheck(dataDir);
  return !last || now - last.at >= FULL_CHECK_INTERVAL_MS;
}
