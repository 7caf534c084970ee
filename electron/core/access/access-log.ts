/**
 * 档案查询签阅 (seed 003): an append-only, synced record of who opened which
 * case, showed which number, printed or exported what, and who signed in or
 * failed to, when and at which desk. Written through the change log like
 * everything synced, so every desk of the organisation ends with the same
 * log; nothing edits or deletes an entry.
 */
import type { AccessAction, AccessLogQuery, AccessLogRow } from '../../../shared/schemas/session';
import { recordChanges } from '../changes/change-log';
import type { CoreContext } from '../context';
import type { Db } from '../db/connection';
import { prepared } from '../db/prepared';
import { readDesk } from '../desk/desk';
import { newId } from '../ids';

export interface AccessEntry {
  action: AccessAction;
  caseId?: string | null;
  detail?: string;
  /** Whose access: the person signed in unless said (a failed sign-in names the account tried). */
  userId?: string | null;
}

/** Opening the same case again within this long is the same look, not a new entry (a page refreshes after every step). */
const VIEW_REPEAT_MS = 10 * 60_000;

export function logAccess(ctx: CoreContext, entry: AccessEntry): void {
  const write = () => {
    // The entry names whose access it was; the change is by whoever is signed in (nobody, at a failed sign-in).
    const userId = entry.userId !== undefined ? entry.userId : ctx.session.userId;
    const at = ctx.now();
    if (entry.action === 'view_case' && entry.caseId && userId) {
      const recent = prepared(
        ctx.db,
        `SELECT 1 FROM access_log WHERE user_id = ? AND case_id = ? AND action = 'view_case' AND at > ? LIMIT 1`,
      ).get(userId, entry.caseId, at - VIEW_REPEAT_MS);
      if (recent) return;
    }
    recordChanges(ctx.db, { deskId: ctx.deskId, userId: ctx.session.userId, clock: ctx.clock }, 'access_log', newId(), [
      { field: 'userId', value: userId },
      { field: 'action', value: entry.action },
      { field: 'caseId', value: entry.caseId ?? null },
      { field: 'detail', value: entry.detail ?? '' },
      { field: 'at', value: at },
      { field: 'deskCode', value: readDesk(ctx.db).deskCode ?? '' },
    ]);
  };
  if (ctx.db.inTransaction) write();
  else ctx.db.transaction(write)();
}

const ROW_SQL = `SELECT l.id, l.at, l.action, l.user_id AS userId, coalesce(u.name, '') AS userName, l.case_id AS caseId,
       coalesce(c.number, '') AS caseNumber, l.detail, l.desk_code AS deskCode
  FROM access_log l LEFT JOIN users u ON u.id = l.user_id LEFT JOIN cases c ON c.id = l.case_id`;

export function listAccessLog(db: Db, query: AccessLogQuery): { rows: AccessLogRow[]; total: number } {
  const where = ['l.deleted = 0'];
  const params: unknown[] = [];
  if (query.userId) {
    where.push('l.user_id = ?');
    params.push(query.userId);
  }
  if (query.caseId) {
    where.push('l.case_id = ?');
    params.push(query.caseId);
  }
  if (query.actions.length) {
    where.push(`l.action IN (${query.actions.map(() => '?').join(', ')})`);
    params.push(...query.actions);
  }
  if (query.from !== undefined) {
    where.push('l.at >= ?');
    params.push(query.from);
  }
  if (query.to !== undefined) {
    where.push('l.at <= ?');
    params.push(query.to);
  }
  const whereSql = where.join(' AND ');
  const total = db.prepare(`SELECT count(*) FROM access_log l WHERE ${whereSql}`).pluck().get(...params) as number;
  const rows = db
    .prepare(`${ROW_SQL} WHERE ${whereSql} ORDER BY l.at DESC, l.id DESC LIMIT ? OFFSET ?`)
    .all(...params, query.limit, query.offset) as AccessLogRow[];
  return { rows, total };
}

/** Who opened a case, newest first. */
export function caseViewers(db: Db, caseId: string): AccessLogRow[] {
  return listAccessLog(db, { caseId, actions: ['view_case', 'show_phone', 'print'], offset: 0, limit: 200 }).rows;
}
