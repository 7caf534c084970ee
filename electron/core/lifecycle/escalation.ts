/**
 * Escalation (升级): a major complaint goes up the chain the settings name
 * (manager, then general manager); an overdue case goes to its department
 * head, or the manager, by itself.
 */
import type { Role } from '../../../shared/domain';
import type { Db } from '../db/connection';
import type { CoreContext } from '../context';
import { readSettingValues } from '../settings/setting-values';
import { recordCaseEvent, writeCaseFields } from './case-writes';

export function firstActiveWithRole(db: Db, role: Role): string | null {
  const row = db
    .prepare('SELECT id FROM users WHERE role = ? AND active = 1 AND deleted = 0 ORDER BY created_at, name LIMIT 1')
    .get(role) as { id: string } | undefined;
  return row?.id ?? null;
}

function activeWithRole(db: Db, userId: string | undefined, role: Role): string | null {
  if (!userId) return null;
  const row = db.prepare('SELECT id FROM users WHERE id = ? AND role = ? AND active = 1 AND deleted = 0').get(userId, role) as { id: string } | undefined;
  return row?.id ?? null;
}

/**
 * Who level N of the major-complaint chain is (1 = first): the person the settings name for that role
 * while they still hold it and are active, else the first active holder of the role; null past the
 * chain's end or when nobody holds the role.
 */
export function escalationTarget(db: Db, level: number): string | null {
  const values = readSettingValues(db);
  const role = values.majorEscalationChain[level - 1];
  if (!role) return null;
  return activeWithRole(db, values.escalationPeople[role], role) ?? firstActiveWithRole(db, role);
}

interface OverdueRow {
  id: string;
  status: string;
  headUserId: string | null;
}

/**
 * Escalates every overdue case that nobody has escalated yet. Runs at start
 * and then periodically; it writes as the system (no person), which the
 * history shows as such.
 */
export function escalateOverdue(ctx: CoreContext): number {
  if (!readSettingValues(ctx.db).escalateOverdue) return 0;
  const now = ctx.now();
  const writer = { deskId: ctx.deskId, userId: null, clock: ctx.clock };
  return ctx.db.transaction(() => {
    const rows = ctx.db
      .prepare(
        `SELECT c.id, c.status, d.head_user_id AS headUserId FROM cases c LEFT JOIN departments d ON d.id = c.department_id
          WHERE c.deleted = 0 AND c.excluded = 0 AND c.status IN ('dispatched', 'in_progress') AND c.paused_at IS NULL
            AND c.due_at < ? AND c.escalation_level = 0`,
      )
      .all(now) as OverdueRow[];
    const manager = firstActiveWithRole(ctx.db, 'manager');
    let escalated = 0;
    for (const row of rows) {
      const target = row.headUserId ?? manager;
      if (!target) continue;
      writeCaseFields(ctx.db, writer, row.id, { escalationLevel: 1, escalatedTo: target });
      recordCaseEvent(ctx.db, writer, {
        caseId: row.id,
        action: 'escalate',
        fromStatus: row.status,
        toStatus: row.status,
        reason: 'overdue',
        data: { automatic: true, toUserId: target },
        at: now,
        requestId: null,
      });
      escalated++;
    }
    return escalated;
  })();
}
