import type { CaseDetail, CaseListPage, CaseListQuery, CaseSummary, ChangeEntry } from '../../../shared/contract';
import type { SortableCaseColumn } from '../../../shared/domain';
import type { Db } from '../db/connection';
import { decodeHlc } from '../changes/hlc';
import { DomainError } from '../errors';
import { matchExpression } from '../search/ngrams';

const SUMMARY_COLUMNS = `c.id, c.number, c.channel, c.complainant_name AS complainantName, c.phone,
  c.building_room AS buildingRoom, c.site, c.received_at AS receivedAt, c.category, c.nature, c.status`;

const SORT_COLUMNS: Record<SortableCaseColumn, string> = {
  receivedAt: 'c.received_at',
  number: 'c.number',
  status: 'c.status',
  category: 'c.category',
  channel: 'c.channel',
  complainantName: 'c.complainant_name',
};

const PREVIEW_LENGTH = 80;

export function getCase(db: Db, id: string): CaseDetail {
  const row = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, c.content, c.desk_code AS deskCode, c.created_at AS createdAt,
              coalesce(u.name, c.created_by) AS createdBy, c.updated_at AS updatedAt
         FROM cases c LEFT JOIN users u ON u.id = c.created_by
        WHERE c.id = ? AND c.deleted = 0`,
    )
    .get(id) as CaseDetail | undefined;
  if (!row) throw new DomainError('NOT_FOUND', `No case with id ${id}`);
  return row;
}

function inList(column: string, values: readonly string[], params: unknown[]): string {
  params.push(...values);
  return `${column} IN (${values.map(() => '?').join(', ')})`;
}

/** Filtering, sorting and paging all happen in SQL so a page costs the same at 200 cases or 200,000. */
export function listCases(db: Db, query: CaseListQuery): CaseListPage {
  const where: string[] = ['c.deleted = 0'];
  const params: unknown[] = [];
  if (query.statuses.length) where.push(inList('c.status', query.statuses, params));
  if (query.categories.length) where.push(inList('c.category', query.categories, params));
  if (query.channels.length) where.push(inList('c.channel', query.channels, params));
  if (query.receivedFrom !== undefined) {
    where.push('c.received_at >= ?');
    params.push(query.receivedFrom);
  }
  if (query.receivedTo !== undefined) {
    where.push('c.received_at <= ?');
    params.push(query.receivedTo);
  }
  const match = matchExpression(query.text);
  if (match) {
    where.push('c.rowid IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)');
    params.push(match);
  }
  const whereSql = where.join(' AND ');
  const direction = query.sort.direction === 'asc' ? 'ASC' : 'DESC';
  const orderSql = `${SORT_COLUMNS[query.sort.column]} ${direction}, c.rowid ${direction}`;

  const { total } = db.prepare(`SELECT count(*) AS total FROM cases c WHERE ${whereSql}`).get(...params) as {
    total: number;
  };
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, substr(c.content, 1, ${PREVIEW_LENGTH}) AS contentPreview
         FROM cases c WHERE ${whereSql} ORDER BY ${orderSql} LIMIT ? OFFSET ?`,
    )
    .all(...params, query.limit, query.offset) as CaseSummary[];
  return { rows, total };
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
