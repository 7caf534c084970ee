/**
 * Escalation (升级): a major complaint goes up the chain the settings name (manager, then general
 * manager; every level at once where the office says so); a case past its response, acceptance or
 * handling limit goes to its department head, or the manager, by itself; and an escalation still
 * open after the settings' hours goes one level further up.
 */
import type { Role } from '../../../shared/domain';
import type { Db } from '../db/connection';
import type { Writer } from '../changes/change-log';
import type { CoreContext } from '../context';
import { readSettingValues } from '../settings/setting-values';
import { recordCaseEvent, writeCaseFields } from './case-writes';
import { acceptanceOverdueCondition, responseOverdueCondition } from '../cases/watched-clocks';

const HOUR = 3_600_000;

export function firstActiveWithRole(db: Db, role: Role): string | null {
  // `+?`: see db/prepared.ts.
  const row = db
    .prepare('SELECT id FROM users WHERE role = +? AND active = 1 AND deleted = 0 ORDER BY created_at, name LIMIT 1')
    .get(role) as { id: string } | undefined;
  return row?.id ?? null;
}

function activeWithRole(db: Db, userId: string | undefined, role: Role): string | null {
  if (!userId) return null;
  const row = db.prepare('SELECT id FROM users WHERE id = ? AND role = ? AND active = 1 AND deleted = 0').get(userId, role) as { id: string } | undefined;
  return row?.id ?? null;
}

/** Who answers for a role: the person the settings name while they still hold it and are active, else its first active holder. */
function answersFor(db: Db, role: Role, named: Partial<Record<Role, string>>): string | null {
  return activeWithRole(db, named[role], role) ?? firstActiveWithRole(db, role);
}

/** Who level N of the major-complaint chain is (1 = first); null past the chain's end or when nobody holds the role. */
export function escalationTarget(db: Db, level: number): string | null {
  const values = readSettingValues(db);
  const role = values.majorEscalationChain[level - 1];
  return role ? answersFor(db, role, values.escalationPeople) : null;
}

type EscalationReason = 'major' | 'overdue' | 'response_overdue' | 'acceptance_overdue' | 'no_action';

/** One automatic escalation: the case's fields and an event the history shows as the system's. */
function escalateTo(db: Db, writer: Writer, caseId: string, status: string, level: number, target: string, reason: EscalationReason, now: number): void {
  writeCaseFields(db, writer, caseId, { escalationLevel: level, escalatedTo: target, escalatedAt: now });
  recordCaseEvent(db, writer, {
    caseId,
    action: 'escalate',
    fromStatus: status,
    toStatus: status,
    reason,
    data: { automatic: true, toUserId: target, level },
    at: now,
    requestId: null,
  });
}

/**
 * A complaint just decided major goes to the chain's first level, or up every level at once
 * (setting `majorEscalationAtOnce`), each level recorded. Levels nobody holds are passed over.
 */
export function escalateMajor(db: Db, writer: Writer, caseId: string, status: string, now: number): void {
  const values = readSettingValues(db);
  const levels = values.majorEscalationAtOnce ? values.majorEscalationChain.length : 1;
  let reached = 0;
  for (let level = 1; level <= levels; level++) {
    const role = values.majorEscalationChain[level - 1];
    const target = role ? answersFor(db, role, values.escalationPeople) : null;
    if (!target) continue;
    escalateTo(db, writer, caseId, status, ++reached, target, 'major', now);
  }
}

interface WaitingRow {
  id: string;
  status: string;
  headUserId: string | null;
  reason: EscalationReason;
}

/** Past its handling limit (a dispatched case, its deadline running). */
function handlingOverdueCondition(now: number, params: unknown[]): string {
  params.push(now);
  return `(c.status IN ('dispatched', 'in_progress') AND c.paused_at IS NULL AND c.due_at < ?)`;
}

/**
 * Cases past a limit that nobody escalated yet, with which limit it was (handling, then response, then
 * acceptance). One query per limit, each served by its own index: one query with the three limits joined
 * by OR read every case of the book, 560 ms a minute at 200,000 cases.
 */
export function overdueUnescalated(db: Db, now: number): WaitingRow[] {
  const limits: [WaitingRow['reason'], (now: number, params: unknown[]) => string][] = [
    ['overdue', handlingOverdueCondition],
    ['response_overdue', responseOverdueCondition],
    ['acceptance_overdue', acceptanceOverdueCondition],
  ];
  const found = new Map<number, WaitingRow>();
  for (const [reason, condition] of limits) {
    const params: unknown[] = [];
    const rows = db
      .prepare(
        `SELECT c.rowid AS rowid, c.id, c.status, d.head_user_id AS headUserId
           FROM cases c LEFT JOIN departments d ON d.id = c.department_id
          WHERE c.deleted = 0 AND c.excluded = 0 AND c.escalation_level = 0 AND ${condition(now, params)}`,
      )
      .all(...params) as (Omit<WaitingRow, 'reason'> & { rowid: number })[];
    // A case past two limits goes by the first of them.
    for (const { rowid, ...row } of rows) if (!found.has(rowid)) found.set(rowid, { ...row, reason });
  }
  // In the book's order, as one query reading every case returned them.
  return [...found].sort(([a], [b]) => a - b).map(([, row]) => row);
}

/**
 * Escalates every case past its response, acceptance or handling limit that nobody has escalated yet:
 * to its department head, else the manager the settings name. Runs at start and then periodically; it
 * writes as the system (no person), which the history shows as such.
 */
export function escalateOverdue(ctx: CoreContext): number {
  const values = readSettingValues(ctx.db);
  if (!values.escalateOverdue) return 0;
  const now = ctx.now();
  const writer = { deskId: ctx.deskId, userId: null, clock: ctx.clock };
  return ctx.db.transaction(() => {
    const manager = answersFor(ctx.db, 'manager', values.escalationPeople);
    let escalated = 0;
    for (const row of overdueUnescalated(ctx.db, now)) {
      const target = row.headUserId ?? manager;
      if (!target) continue;
      escalateTo(ctx.db, writer, row.id, row.status, 1, target, row.reason, now);
      escalated++;
    }
    return escalated;
  })();
}

interface EscalatedRow {
  id: string;
  status: string;
  level: number;
  escalatedTo: string | null;
}

/** Open cases escalated before `before` and not handed on since (escalated_at, or the latest escalate event for older ones). */
export function escalatedLongAgo(db: Db, before: number): EscalatedRow[] {
  return db
    .prepare(
      `SELECT c.id, c.status, c.escalation_level AS level, c.escalated_to AS escalatedTo FROM cases c
        WHERE c.deleted = 0 AND c.excluded = 0 AND c.escalation_level > 0
          AND c.status IN ('registered', 'awaiting_manager', 'judged', 'dispatched', 'in_progress') AND c.paused_at IS NULL
          AND COALESCE(c.escalated_at, (SELECT max(e.at) FROM case_events e WHERE e.case_id = c.id AND e.action = 'escalate' AND e.deleted = 0)) < ?`,
    )
    .all(before) as EscalatedRow[];
}

/**
 * An escalation nobody acted on: a case still unresolved `nextEscalationHours` after it was last
 * escalated goes to the next person up the chain (a department head's case to the manager, the
 * manager's to the general manager). Cases escalated before schema 14 kept no time; their last
 * escalation event says when.
 */
export function escalateFurther(ctx: CoreContext): number {
  const values = readSettingValues(ctx.db);
  if (values.nextEscalationHours === 0) return 0;
  const now = ctx.now();
  const writer = { deskId: ctx.deskId, userId: null, clock: ctx.clock };
  return ctx.db.transaction(() => {
    const chain = values.majorEscalationChain
      .map((role) => answersFor(ctx.db, role, values.escalationPeople))
      .filter((person): person is string => person !== null);
    const rows = escalatedLongAgo(ctx.db, now - values.nextEscalationHours * HOUR);
    let escalated = 0;
    for (const row of rows) {
      // Someone outside the chain (a department head) hands on to its first level.
      const target = chain[chain.indexOf(row.escalatedTo ?? '') + 1];
      if (!target) continue;
      escalateTo(ctx.db, writer, row.id, row.status, row.level + 1, target, 'no_action', now);
      escalated++;
    }
    return escalated;
  })();
}
