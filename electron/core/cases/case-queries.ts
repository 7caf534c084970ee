import type { CaseDetail, CaseListPage, CaseListQuery, CaseSummary, ChangeEntry } from '../../../shared/contract';
import type { CaseStatus, SortableCaseColumn } from '../../../shared/domain';
import type { Db } from '../db/connection';
import { decodeHlc } from '../changes/hlc';
import { DomainError } from '../errors';
import { matchExpression } from '../search/ngrams';
import { readSettingValues } from '../settings/setting-values';
import { prepared } from '../db/prepared';

/** What "now" and "me" mean for a read: deadlines and work queues depend on them. */
export interface ReadContext {
  now: number;
  userId: string | null;
}

/** A case has a running handling deadline while it sits with a department. */
export const DEADLINE_STATUSES: readonly CaseStatus[] = ['dispatched', 'in_progress'];
const DEADLINE_STATUS_SQL = `('dispatched', 'in_progress')`;

const SUMMARY_COLUMNS = `c.id, c.number, c.channel, c.complainant_name AS complainantName, c.phone,
  c.building_room AS buildingRoom, c.site, c.received_at AS receivedAt, c.category, c.nature, c.status,
  c.department_id AS departmentId, coalesce(dep.name, '') AS departmentName, c.due_at AS dueAt,
  c.paused_at AS pausedAt, c.escalation_level AS escalationLevel, c.repeat_of AS repeatOf, c.group_id AS groupId`;
const SUMMARY_JOINS = 'LEFT JOIN departments dep ON dep.id = c.department_id';

const SORT_COLUMNS: Record<SortableCaseColumn, string> = {
  receivedAt: 'c.received_at',
  number: 'c.number',
  status: 'c.status',
  category: 'c.category',
  channel: 'c.channel',
  complainantName: 'c.complainant_name',
};

const PREVIEW_LENGTH = 80;
const HOUR = 3_600_000;

type DeadlineRow = { status: CaseStatus; dueAt: number | null; pausedAt: number | null };

export function deadlineState(row: DeadlineRow, now: number, dueSoonMs: number): CaseSummary['deadlineState'] {
  if (row.dueAt === null || !DEADLINE_STATUSES.includes(row.status)) return 'none';
  if (row.pausedAt !== null) return 'paused';
  if (now > row.dueAt) return 'overdue';
  return row.dueAt - now <= dueSoonMs ? 'due_soon' : 'ok';
}

function withDeadline<T extends DeadlineRow>(db: Db, rows: T[], now: number): (T & { deadlineState: CaseSummary['deadlineState'] })[] {
  const dueSoonMs = readSettingValues(db).dueSoonHours * HOUR;
  return rows.map((row) => ({ ...row, deadlineState: deadlineState(row, now, dueSoonMs) }));
}

export function getCase(db: Db, id: string, read: ReadContext = { now: Date.now(), userId: null }): CaseDetail {
  const row = prepared(
    db,
    `SELECT ${SUMMARY_COLUMNS}, c.content, c.desk_code AS deskCode, c.created_at AS createdAt,
              coalesce(u.name, c.created_by) AS createdBy, c.updated_at AS updatedAt,
              c.communicative_type AS communicativeType, c.judged_at AS judgedAt, c.judge_note AS judgeNote,
              c.invalid_explanation AS invalidExplanation, c.assignee_id AS assigneeId,
              coalesce(assignee.name, '') AS assigneeName, c.dispatched_at AS dispatchedAt,
              c.response_due_at AS responseDueAt, c.first_contact_at AS firstContactAt,
              c.escalated_to AS escalatedTo, coalesce(esc.name, '') AS escalatedToName,
              c.referred_to_company AS referredToCompany, c.plan_department_id AS planDepartmentId,
              coalesce(plan_dep.name, '') AS planDepartmentName, c.plan_person AS planPerson,
              c.plan_due_at AS planDueAt, c.plan_measures AS planMeasures,
              coalesce(rep.number, '') AS repeatOfNumber, c.resolved_at AS resolvedAt,
              c.resolution_summary AS resolutionSummary, c.closed_at AS closedAt, c.close_cause AS closeCause,
              c.close_lesson AS closeLesson, c.close_improvement AS closeImprovement,
              c.accountability_level AS accountabilityLevel, c.accountability_person AS accountabilityPerson,
              c.accountability_measure AS accountabilityMeasure, c.reopen_count AS reopenCount,
              c.callback_exception AS callbackException, c.callback_exception_note AS callbackExceptionNote
         FROM cases c ${SUMMARY_JOINS}
         LEFT JOIN users u ON u.id = c.created_by
         LEFT JOIN users assignee ON assignee.id = c.assignee_id
         LEFT JOIN users esc ON esc.id = c.escalated_to
         LEFT JOIN departments plan_dep ON plan_dep.id = c.plan_department_id
         LEFT JOIN cases rep ON rep.id = c.repeat_of
        WHERE c.id = ? AND c.deleted = 0`,
  ).get(id) as (Omit<CaseDetail, 'referredToCompany' | 'deadlineState'> & { referredToCompany: number }) | undefined;
  if (!row) throw new DomainError('NOT_FOUND', `No case with id ${id}`);
  const [detail] = withDeadline(db, [{ ...row, referredToCompany: row.referredToCompany === 1 }], read.now);
  return detail!;
}

function inList(column: string, values: readonly string[], params: unknown[]): string {
  params.push(...values);
  return `${column} IN (${values.map(() => '?').join(', ')})`;
}

function endOfDay(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

function queueCondition(query: CaseListQuery, read: ReadContext, params: unknown[]): string | null {
  switch (query.queue) {
    case undefined:
      return null;
    case 'to_judge':
      return `c.status IN ('registered', 'awaiting_manager')`;
    case 'overdue':
      params.push(read.now);
      return `c.status IN ${DEADLINE_STATUS_SQL} AND c.paused_at IS NULL AND c.due_at < ?`;
    case 'due_today':
      params.push(read.now, endOfDay(read.now));
      return `c.status IN ${DEADLINE_STATUS_SQL} AND c.paused_at IS NULL AND c.due_at >= ? AND c.due_at < ?`;
    case 'my_department':
      params.push(read.userId);
      return `c.status IN ${DEADLINE_STATUS_SQL} AND c.department_id = (SELECT department_id FROM users WHERE id = ?)`;
    case 'escalated_to_me':
      params.push(read.userId);
      return `c.status <> 'closed' AND c.escalated_to = ?`;
  }
}

const COUNT_MATCHES_SQL = 'SELECT count(*) FROM case_search WHERE case_search MATCH ?';
/** Above this many matching cases, a text search walks the list order instead of sorting every match. */
export const BROAD_MATCH = 2000;

/** Filtering, sorting and paging all happen in SQL so a page costs the same at 200 cases or 200,000. */
export function listCases(db: Db, query: CaseListQuery, read: ReadContext = { now: Date.now(), userId: null }): CaseListPage {
  const where: string[] = ['c.deleted = 0'];
  const params: unknown[] = [];
  if (query.statuses.length) where.push(inList('c.status', query.statuses, params));
  if (query.categories.length) where.push(inList('c.category', query.categories, params));
  if (query.channels.length) where.push(inList('c.channel', query.channels, params));
  if (query.departmentId) {
    where.push('c.department_id = ?');
    params.push(query.departmentId);
  }
  if (query.receivedFrom !== undefined) {
    where.push('c.received_at >= ?');
    params.push(query.receivedFrom);
  }
  if (query.receivedTo !== undefined) {
    where.push('c.received_at <= ?');
    params.push(query.receivedTo);
  }
  const queue = queueCondition(query, read, params);
  if (queue) where.push(queue);
  const match = matchExpression(query.text);
  const filtered = where.length > 1;
  // Deleted cases leave the search index, so a text-only search is counted by the index alone.
  const textMatches = match ? (prepared(db, COUNT_MATCHES_SQL, 'pluck').get(match) as number) : 0;
  if (match) {
    // Many matches (a one-character word): walk the cases in list order and keep those that match (the `+` stops
    // SQLite from starting at the matches instead), so the page is found after a few rows rather than after all.
    where.push(`${textMatches > BROAD_MATCH ? '+' : ''}c.rowid IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)`);
    params.push(match);
  }
  const whereSql = where.join(' AND ');
  const direction = query.sort.direction === 'asc' ? 'ASC' : 'DESC';
  const orderSql = `${SORT_COLUMNS[query.sort.column]} ${direction}, c.rowid ${direction}`;

  const total =
    match && !filtered
      ? textMatches
      : (db.prepare(`SELECT count(*) AS total FROM cases c WHERE ${whereSql}`).pluck().get(...params) as number);
  // The page's row ids first, from the indexes alone where they cover the filter and the order; then only those rows.
  const rows = db
    .prepare(
      `WITH page AS (SELECT c.rowid AS id FROM cases c WHERE ${whereSql} ORDER BY ${orderSql} LIMIT ? OFFSET ?)
       SELECT ${SUMMARY_COLUMNS}, substr(c.content, 1, ${PREVIEW_LENGTH}) AS contentPreview
         FROM page JOIN cases c ON c.rowid = page.id ${SUMMARY_JOINS} ORDER BY ${orderSql}`,
    )
    .all(...params, query.limit, query.offset) as Omit<CaseSummary, 'deadlineState'>[];
  return { rows: withDeadline(db, rows, read.now), total };
}

/**
 * A complaint number as typed or scanned (a barcode scanner types it like a
 * keyboard): case and spaces do not matter.
 */
export function findCaseByNumber(db: Db, number: string): { id: string } {
  const normalised = number.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  const id = db.prepare('SELECT id FROM cases WHERE number = ? AND deleted = 0').pluck().get(normalised) as string | undefined;
  if (!id) throw new DomainError('NOT_FOUND', `No case numbered ${normalised}`);
  return { id };
}

/** Summaries of the given cases, in the order given. */
export function listCasesByIds(db: Db, ids: readonly string[], read: ReadContext): CaseSummary[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, substr(c.content, 1, ${PREVIEW_LENGTH}) AS contentPreview
         FROM cases c ${SUMMARY_JOINS} WHERE c.deleted = 0 AND c.id IN (${ids.map(() => '?').join(', ')})`,
    )
    .all(...ids) as Omit<CaseSummary, 'deadlineState'>[];
  const byId = new Map(withDeadline(db, rows, read.now).map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Every change recorded for a case, oldest first, with who made it and at which desk. */
export function caseHistory(db: Db, id: string): ChangeEntry[] {
  getCase(db, id);
  const rows = db
    .prepare(
      `SELECT ch.desk_id AS deskId, ch.seq, ch.hlc, ch.entity, ch.entity_id AS entityId, ch.field, ch.value,
              coalesce(d.desk_code, '') AS deskCode, coalesce(u.name, ch.user_id, '') AS userName
         FROM changes ch
         LEFT JOIN desks d ON d.desk_id = ch.desk_id
         LEFT JOIN users u ON u.id = ch.user_id
        WHERE ch.entity_id = ?
        ORDER BY ch.hlc`,
    )
    .all(id) as {
    deskId: string;
    seq: number;
    hlc: string;
    entity: string;
    entityId: string;
    field: string;
    value: string;
    deskCode: string;
    userName: string;
  }[];
  return rows.map((row) => ({
    id: `${row.deskId}:${row.seq}`,
    hlc: row.hlc,
    entity: row.entity,
    entityId: row.entityId,
    field: row.field,
    value: JSON.parse(row.value) as unknown,
    at: decodeHlc(row.hlc).millis,
    deskCode: row.deskCode,
    userName: row.userName,
  }));
}
