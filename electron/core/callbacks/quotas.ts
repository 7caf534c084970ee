/** Monthly callback quotas per person by role (seed 001: manager at least 3, general manager at least 1). */
import type { QuotaRow } from '../../../shared/schemas/callbacks';
import type { Role } from '../../../shared/domain';
import type { Db } from '../db/connection';
import { readSettingValues } from '../settings/setting-values';

/** `month` is YYYY-MM in the desk's local time. */
export function monthRange(month: string): { from: number; to: number } {
  const [year, m] = month.split('-').map(Number);
  return { from: new Date(year!, m! - 1, 1).getTime(), to: new Date(year!, m!, 1).getTime() };
}

export function callbackQuotas(db: Db, month: string): QuotaRow[] {
  const { from, to } = monthRange(month);
  const quotas = readSettingValues(db).callbackQuotas;
  const rows = db
    .prepare(
      `SELECT u.id AS userId, u.name, u.role,
              (SELECT count(*) FROM callbacks cb WHERE cb.completed_by = u.id AND cb.status = 'done' AND cb.deleted = 0
                  AND cb.completed_at >= ? AND cb.completed_at < ?) AS done
         FROM users u WHERE u.deleted = 0 AND u.active = 1 ORDER BY u.created_at, u.name`,
    )
    .all(from, to) as { userId: string; name: string; role: Role; done: number }[];
  return rows
    .map((row) => ({ ...row, quota: quotas[row.role] ?? 0 }))
    .filter((row) => row.quota > 0 || row.done > 0);
}
