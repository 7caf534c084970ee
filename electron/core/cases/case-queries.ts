import type { CaseDetail, CaseListPage, CaseListQuery, CaseSummary, ChangeEntry } from '../../../shared/contract';
import type { SortableCaseColumn, WatchedDeadline } from '../../../shared/domain';
import type { CaseMark } from '../../../shared/schemas/cases';
import { CASE_FIELD_NAMES, LISTED_FIELDS } from '../../../shared/vocabulary/case-fields';
import type { Db } from '../db/connection';
import { decodeHlc } from '../changes/hlc';
import { changesOfEntity } from '../changes/log-entries';
import { DomainError } from '../errors';
import { readSettingValues } from '../settings/setting-values';
import { COUNTED_FILTERS, countedTotal } from './list-counts';
import { walkToPage, type SearchWalk } from './search-walk';
import { narrowByStatus } from './open-mark';
import { textMatcher } from '../search/ngrams';
import { prepared } from '../db/prepared';
import { caseSelect } from './case-select';
import { noticeMissedSql } from '../../../shared/rules/notices';
import { planSearch, rowSearchCondition, waitingMatches, type SearchPlan } from './case-search';
import { casesMergedInto, mergeTarget } from './merged-cases';
import { throughIndex } from './through-index';
import { deadlineState, deadlineStateCondition, DEADLINE_STATUS_SQL, type DeadlineRow } from './deadline-state';
import {
  acceptanceDueSoonCondition,
  acceptanceOverdueCondition,
  acceptanceState,
  responseDueSoonCondition,
  responseOverdueCondition,
  responseState,
  type WatchedClockRow,
} from './watched-clocks';

/** What "now" and "me" mean for a read: deadlines and work queues depend on them. */
export interface ReadContext {
  now: number;
  userId: string | null;
}

/** A list row: the listed fields and the names they bring (the department's, the original case's number ...). */
const SUMMARY = caseSelect(LISTED_FIELDS);
/** The case page: every field. */
const DETAIL = caseSelect(CASE_FIELD_NAMES);
const LIVE = 'c.deleted = 0';
const ACTIVE = 'c.excluded = 0';

const SORT_COLUMNS: Record<SortableCaseColumn, string> = {
  receivedAt: 'c.received_at',
  number: 'c.number',
  status: 'c.status',
  category: 'c.category',
  channel: 'c.channel',
  // In pinyin order (安 白 陈 丁), not by code point: the key each case keeps (cases/name-keys.ts), indexed.
  complainantName: 'c.name_key',
};

const PREVIEW_LENGTH = 80;
const HOUR = 3_600_000;

const MINUTE = 60_000;

function dueSoonMs(db: Db): number {
  return readSettingValues(db).dueSoonHours * HOUR;
}

type ClockStates = Pick<CaseSummary, 'deadlineState' | 'responseState' | 'acceptanceState'>;

/** Each row's handling, response and acceptance deadlines as they stand at `now`. */
function withDeadline<T extends DeadlineRow & WatchedClockRow>(db: Db, rows: T[], now: number): (T & ClockStates)[] {
  const values = readSettingValues(db);
  const soon = values.dueSoonHours * HOUR;
  const reminder = values.reminderMinutes * MINUTE;
  return rows.map((row) => ({
    ...row,
    deadlineState: deadlineState(row, now, soon),
    responseState: responseState(row, now, reminder),
    acceptanceState: acceptanceState(row, now, reminder),
  }));
}

export function getCase(db: Db, id: string, read: ReadContext = { now: Date.now(), userId: null }): CaseDetail {
  const row = prepared(
    db,
    `SELECT ${DETAIL.columns}, c.updated_at AS updatedAt FROM cases c WHERE c.id = ? AND ${LIVE}`,
  ).get(id) as Record<string, unknown> | undefined;
  if (!row) throw new DomainError('NOT_FOUND', `No case with id ${id}`);
  const detail = DETAIL.decode<Omit<CaseDetail, keyof ClockStates | 'mergedCases' | 'phoneMasked'>>(row);
  const [withState] = withDeadline(db, [detail], read.now);
  // As stored; the channels mask the phone for whoever may not see it (access/phone-masking.ts).
  return { ...withState!, mergedCases: casesMergedInto(db, id), phoneMasked: false };
}

function inList(column: string, values: readonly string[], params: unknown[]): string {
  params.push(...values);
  return `${column} IN (${values.map(() => '?').join(', ')})`;
}

function endOfDay(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

/** A manager or the general manager watches the whole desk's clocks; anyone else the cases that are theirs. */
export function seesWholeDesk(db: Db, userId: string | null): boolean {
  const role = userId ? (prepared(db, 'SELECT role FROM users WHERE id = ?', 'pluck').get(userId) as string | undefined) : undefined;
  return role === 'manager' || role === 'general_manager';
}

/** The cases that are this person's: registered by them, handled by them, escalated to them, or with their department. */
function theirs(db: Db, userId: string | null, params: unknown[]): string {
  if (seesWholeDesk(db, userId)) return '1';
  params.push(userId, userId, userId, userId);
  return `(c.created_by = ? OR c.assignee_id = ? OR c.escalated_to = ? OR c.department_id = (SELECT department_id FROM users WHERE id = ?))`;
}

function queueCondition(db: Db, query: CaseListQuery, read: ReadContext, params: unknown[]): string | null {
  switch (query.queue) {
    case 'response_overdue':
      return `${responseOverdueCondition(read.now, params)} AND ${theirs(db, read.userId, params)}`;
    case 'acceptance_overdue':
      return `${acceptanceOverdueCondition(read.now, params)} AND ${theirs(db, read.userId, params)}`;
    case 'awaiting_decision':
      // Through its own index: left to itself SQLite walked the index by name key and read every case (4.4 s at 1,000,000).
      return `${throughIndex('cases_awaiting_decision', `c.excluded = 0 AND ${AWAITING_DECISION}`)} AND ${theirs(db, read.userId, params)}`;
    case 'to_verify':
      return throughIndex('cases_awaiting_verification', AWAITING_VERIFICATION);
    case 'notice_overdue':
      // Driven from the notices (few, and indexed by state), not a look into them from every case: 650 ms at 200,000 cases.
      return `c.id IN (SELECT n.case_id FROM rectification_notices n WHERE ${noticeMissedSql(read.now, params)})`;
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

/** Matches migration 014's partial index: resolved results waiting for 跟踪验证. */
const AWAITING_VERIFICATION = `c.excluded = 0 AND c.status = 'resolved' AND c.verification_pending = 1`;

const AWAITING_DECISION = `c.referred_to_company = 1 AND c.referral_decided_at IS NULL AND c.status <> 'closed'`;

const MARK_CONDITIONS: Record<CaseMark, string> = {
  escalated: 'c.escalation_level > 0',
  referred: 'c.referred_to_company = 1',
  awaiting_decision: AWAITING_DECISION,
};

/** Any of these limits coming soon, as the rows' states would say (response and acceptance: the reminder minutes). */
function dueSoonCondition(db: Db, kinds: readonly WatchedDeadline[], now: number, params: unknown[]): string {
  const reminder = readSettingValues(db).reminderMinutes * MINUTE;
  const any = kinds.map((kind) => {
    switch (kind) {
      case 'response':
        return responseDueSoonCondition(now, reminder, params);
      case 'acceptance':
        return acceptanceDueSoonCondition(now, reminder, params);
      case 'resolution':
        return deadlineStateCondition(['due_soon'], now, dueSoonMs(db), params);
    }
  });
  return `(${any.join(' OR ')})`;
}

/** Past any of these limits, as the rows' states would say. */
function overdueCondition(db: Db, kinds: readonly WatchedDeadline[], now: number, params: unknown[]): string {
  const any = kinds.map((kind) => {
    switch (kind) {
      case 'response':
        return responseOverdueCondition(now, params);
      case 'acceptance':
        return acceptanceOverdueCondition(now, params);
      case 'resolution':
        return deadlineStateCondition(['overdue'], now, dueSoonMs(db), params);
    }
  });
  return `(${any.join(' OR ')})`;
}

function standingCondition(query: CaseListQuery): string | null {
  switch (query.standing) {
    case 'active':
      return ACTIVE;
    case 'set_aside':
      return 'c.excluded = 1';
    case 'all':
      return null;
  }
}

/** The list's conditions; `counted` when case_counts can give its total (active cases, filtered by its keys alone). */
function filterConditions(db: Db, query: CaseListQuery, read: ReadContext, params: unknown[]): { where: string[]; counted: boolean } {
  const where: string[] = [LIVE];
  const standing = standingCondition(query);
  if (standing) where.push(standing);
  for (const [filter, column] of COUNTED_FILTERS) {
    if (query[filter].length) where.push(inList(`c.${column}`, query[filter], params));
  }
  const keyed = where.length;
  if (query.deadlineStates.length) where.push(deadlineStateCondition(query.deadlineStates, read.now, dueSoonMs(db), params));
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
  if (query.handledWithin) {
    const column = query.handledWithin.field === 'dispatchedAt' ? 'c.dispatched_at' : 'c.resolved_at';
    where.push(`${column} >= ? AND ${column} <= ?`);
    params.push(query.handledWithin.from, query.handledWithin.to);
  }
  if (query.overdue.length) where.push(overdueCondition(db, query.overdue, read.now, params));
  if (query.dueSoon.length) where.push(dueSoonCondition(db, query.dueSoon, read.now, params));
  for (const mark of query.marks) where.push(MARK_CONDITIONS[mark]);
  if (query.mine) where.push(theirs(db, read.userId, params));
  const queue = queueCondition(db, query, read, params);
  if (queue) where.push(queue);
  return { where, counted: query.standing === 'active' && where.length === keyed };
}

/** Filtering, sorting and paging all happen in SQL so a page costs the same at 200 cases or 200,000. */
export function listCases(db: Db, query: CaseListQuery, read: ReadContext = { now: Date.now(), userId: null }): CaseListPage {
  const params: unknown[] = [];
  const { where, counted } = filterConditions(db, query, read, params);
  const planned = planSearch(query.text);
  // Within the open (or the finished) cases, the index narrows the matches itself (open-mark.ts).
  const narrowed = planned.match ? narrowByStatus(planned.match, query.statuses) : null;
  const search = narrowed ? { ...planned, match: narrowed.match } : planned;
  // Only the default view (active cases, nothing else chosen) may be counted by the search index alone, or the
  // open or the finished cases alone, which the index marks.
  const filtered = where.length - (narrowed?.covers ? 1 : 0) > 2 || query.standing !== 'active';
  // New cases not yet in the index are searched by their rows (waiting-cases.ts). Where the index's count is the
  // total, so is theirs within the statuses chosen (the whole of the side the index's count was narrowed to).
  const waiting = waitingMatches(db, search);
  const waitingCounted = waiting.filter(({ status }) => query.statuses.length === 0 || (query.statuses as readonly unknown[]).includes(status)).length;
  const textMatches = search.match ? (prepared(db, COUNT_MATCHES_SQL, 'pluck').get(search.match) as number) + waitingCounted : 0;
  const direction = query.sort.direction === 'asc' ? 'ASC' : 'DESC';
  // A number searched for comes first, whatever the order chosen.
  const exactFirst = search.number ? 'c.number = ? DESC, ' : '';
  const orderParams = search.number ? [search.number] : [];
  const orderSql = `${exactFirst}${SORT_COLUMNS[query.sort.column]} ${direction}, c.rowid ${direction}`;
  const walked = broadSearchPage(db, query, search, textMatches, { whereSql: where.join(' AND '), params: [...params], orderSql });
  if (search.match) {
    // Many matches (a one-character word): walk the cases in list order and keep those that match (the `+` stops
    // SQLite from starting at the matches instead), so the page is found after a few rows rather than after all.
    const inIndex = `${textMatches > BROAD_MATCH ? '+' : ''}c.rowid IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)`;
    // Row ids read from the book, so written into the SQL as they are.
    const indexed = waiting.length ? `(${inIndex} OR c.rowid IN (${waiting.map(({ rowid }) => rowid).join(', ')}))` : inIndex;
    if (query.standing === 'active') {
      where.push(indexed);
      params.push(search.match);
    } else {
      const rowParams: unknown[] = [];
      const rows = `(c.excluded = 1 AND ${rowSearchCondition(search.words, rowParams)})`;
      where.push(query.standing === 'set_aside' ? rows : `(${indexed} OR ${rows})`);
      params.push(...(query.standing === 'set_aside' ? rowParams : [search.match, ...rowParams]));
    }
  }
  if (search.number) {
    where.push(`c.number LIKE ? ESCAPE '\\'`);
    params.push(`%${search.number.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
  }
  const whereSql = where.join(' AND ');

  const total =
    search.match && !filtered && !search.number
      ? textMatches
      : counted && !search.match && !search.number
        ? countedTotal(db, query)
        : (db.prepare(`SELECT count(*) AS total FROM cases c WHERE ${whereSql}`).pluck().get(...params) as number);
  const rows = walked
    ? (db
        .prepare(
          `SELECT ${SUMMARY.columns}, substr(c.content, 1, ${PREVIEW_LENGTH}) AS contentPreview
             FROM json_each(?) page CROSS JOIN cases c ON c.rowid = page.value ORDER BY page.key`,
        )
        .all(JSON.stringify(walked)) as Record<string, unknown>[])
    : // The page's row ids first, from the indexes alone where they cover the filter and the order; then only those
      // rows. CROSS JOIN keeps the page outermost: ordered by the number, SQLite otherwise walked every case in number
      // order and looked each up in the page (50 ms at 1,000,000 cases).
      (db
        .prepare(
          `WITH page AS (SELECT c.rowid AS id FROM cases c WHERE ${whereSql} ORDER BY ${orderSql} LIMIT ? OFFSET ?)
           SELECT ${SUMMARY.columns}, substr(c.content, 1, ${PREVIEW_LENGTH}) AS contentPreview
             FROM page CROSS JOIN cases c ON c.rowid = page.id ORDER BY ${orderSql}`,
        )
        .all(...params, ...orderParams, query.limit, query.offset, ...orderParams) as Record<string, unknown>[]);
  return { rows: withDeadline(db, rows.map((row) => SUMMARY.decode<Omit<CaseSummary, keyof ClockStates>>(row)), read.now), total };
}

/**
 * A search matching a large share of the active cases is paged by walking the list (search-walk.ts) when the page
 * is near enough the top; null when it is not such a search or the walk gives up.
 */
function broadSearchPage(
  db: Db,
  query: CaseListQuery,
  search: SearchPlan,
  textMatches: number,
  list: Pick<SearchWalk, 'whereSql' | 'params' | 'orderSql'>,
): number[] | null {
  if (!search.match || search.number || query.standing !== 'active' || textMatches <= BROAD_MATCH) return null;
  const matches = textMatcher(search.searched);
  // Every case the book has held, set aside or not: the cases are never removed, so the last row id counts them, at
  // no cost. A share a little low only makes the walk give up sooner.
  const held = prepared(db, 'SELECT max(rowid) FROM cases', 'pluck').get() as number | null;
  if (!matches || !held) return null;
  return walkToPage(db, { ...list, matches, offset: query.offset, limit: query.limit, matchCount: textMatches, share: Math.min(1, textMatches / held) });
}

/**
 * A complaint number as typed or scanned (a barcode scanner types it like a
 * keyboard): case and spaces do not matter. A merged case's number opens the
 * case it was merged into.
 */
export function findCaseByNumber(db: Db, number: string): { id: string } {
  const normalised = number.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  // A rectification notice's number (its printed barcode) opens the case it was issued from.
  const id = (db.prepare('SELECT id FROM cases WHERE number = ? AND deleted = 0').pluck().get(normalised) ??
    db.prepare('SELECT case_id FROM rectification_notices WHERE number = ? AND deleted = 0').pluck().get(normalised)) as string | undefined;
  if (!id) throw new DomainError('NOT_FOUND', `No case numbered ${normalised}`);
  return { id: mergeTarget(db, id) };
}

/** Summaries of the given cases, in the order given. */
export function listCasesByIds(db: Db, ids: readonly string[], read: ReadContext): CaseSummary[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT ${SUMMARY.columns}, substr(c.content, 1, ${PREVIEW_LENGTH}) AS contentPreview
         FROM cases c WHERE ${LIVE} AND c.id IN (${ids.map(() => '?').join(', ')})`,
    )
    .all(...ids) as Record<string, unknown>[];
  const summaries = rows.map((row) => SUMMARY.decode<Omit<CaseSummary, 'deadlineState'>>(row));
  const byId = new Map(withDeadline(db, summaries, read.now).map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function caseHistory(db: Db, id: string): ChangeEntry[] {
  getCase(db, id);
  const changes = changesOfEntity(db, id).sort((a, b) => (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
  const deskCode = db.prepare('SELECT desk_code FROM desks WHERE desk_id = ?').pluck();
  const userName = db.prepare('SELECT name FROM users WHERE id = ?').pluck();
  const rows = changes.map(([deskId, seq, hlc, entity, entityId, field, value, userId, supersedes]) => ({
    deskId,
    seq,
    hlc,
    entity,
    entityId,
    field,
    value,
    supersedes,
    deskCode: (deskCode.get(deskId) as string | undefined) ?? '',
    userName: (userId === null ? undefined : (userName.get(userId) as string | undefined)) ?? userId ?? '',
  }));
  // A change supersedes earlier changes of the same field of the same case, so they are among these rows.
  const valueOf = new Map(rows.map((row) => [`${row.deskId}:${row.seq}`, row.value]));
  return rows.map((row) => {
    const replaced = row.supersedes.map((changeId) => valueOf.get(changeId)).find((v) => v !== undefined);
    return {
      id: `${row.deskId}:${row.seq}`,
      hlc: row.hlc,
      entity: row.entity,
      entityId: row.entityId,
      field: row.field,
      value: JSON.parse(row.value) as unknown,
      ...(replaced !== undefined ? { previous: JSON.parse(replaced) as unknown } : {}),
      at: decodeHlc(row.hlc).millis,
      deskCode: row.deskCode,
      userName: row.userName,
    };
  });
}
