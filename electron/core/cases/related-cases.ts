/**
 * The customer's history at intake (查阅客户历史记录, seed 000): earlier cases
 * from the same phone or the same unit, and a warning when the same unit
 * or the same phone complained about the same category recently (a likely
 * duplicate, recorded as 重复投诉 at registration).
 */
import type { CaseSummary } from '../../../shared/contract';
import type { Db } from '../db/connection';
import { readSettingValues } from '../settings/setting-values';
import { listCasesByIds, type ReadContext } from './case-queries';
import { prepared } from '../db/prepared';
import { phoneKey } from '../../../shared/vocabulary/phone';
import { DomainError } from '../errors';

const DAY = 86_400_000;
const HISTORY_LIMIT = 10;

export interface RelatedQuery {
  phone: string;
  buildingRoom: string;
  category: string;
  excludeCaseId?: string;
}

/**
 * `column <> ''` lets the partial index on that column (phone keys, units) serve the lookup: without it
 * SQLite walked every case newest first looking for the phone.
 */
function newestIds(db: Db, column: 'phone_key' | 'building_room', value: string, exclude: string | undefined): string[] {
  return prepared(
    db,
    `SELECT id FROM cases WHERE deleted = 0 AND excluded = 0 AND ${column} <> '' AND ${column} = ? AND id <> ?
        ORDER BY received_at DESC LIMIT ${HISTORY_LIMIT}`,
    'pluck',
  ).all(value, exclude ?? '') as string[];
}

export function relatedCases(db: Db, query: RelatedQuery, read: ReadContext) {
  const key = phoneKey(query.phone);
  return {
    byPhone: key ? listCasesByIds(db, newestIds(db, 'phone_key', key, query.excludeCaseId), read) : [],
    byUnit: query.buildingRoom ? listCasesByIds(db, newestIds(db, 'building_room', query.buildingRoom, query.excludeCaseId), read) : [],
    duplicate: likelyDuplicate(db, query, read),
  };
}

/**
 * The same customer's and the same unit's other cases, for the case page. Looked up by the case, since
 * the page may see the phone only masked.
 */
export function customerHistoryOf(db: Db, caseId: string, read: ReadContext): { byPhone: CaseSummary[]; byUnit: CaseSummary[] } {
  const kase = prepared(db, 'SELECT phone, building_room AS buildingRoom, category FROM cases WHERE id = ? AND deleted = 0').get(caseId) as
    | { phone: string; buildingRoom: string; category: string }
    | undefined;
  if (!kase) throw new DomainError('NOT_FOUND', `No case ${caseId}`);
  const { byPhone, byUnit } = relatedCases(db, { ...kase, excludeCaseId: caseId }, read);
  return { byPhone, byUnit };
}

/**
 * The newest case in the same category within the window from the same unit or the same phone, if any:
 * a walk-in or a caller gives no room, but the same number complaining of the same thing again is a
 * repeat all the same (seed 004 counts them).
 */
export function likelyDuplicate(db: Db, query: RelatedQuery, read: ReadContext): CaseSummary | null {
  const id = likelyDuplicateId(db, query, read.now);
  return id === null ? null : (listCasesByIds(db, [id], read)[0] ?? null);
}

/** likelyDuplicate's case id alone: what a registration records (`repeatOf`), without reading the case's list row. */
export function likelyDuplicateId(db: Db, query: RelatedQuery, now: number): string | null {
  if (!query.category) return null;
  const windowDays = readSettingValues(db).duplicateWindowDays;
  if (windowDays === 0) return null;
  const since = now - windowDays * DAY;
  const exclude = query.excludeCaseId ?? '';
  type Hit = { id: string; receivedAt: number; rowid: number };
  const candidates: Hit[] = [];
  // Every case in the window, the newest picked below: with an ORDER BY, SQLite prepared these statements
  // again at every registration (see prepared.ts), and the window holds a few cases at most.
  if (query.buildingRoom) {
    // `building_room <> ''`, as for the phone below: the partial index on units serves it.
    const byUnit = prepared(
      db,
      `SELECT id, received_at AS receivedAt, rowid FROM cases WHERE deleted = 0 AND excluded = 0 AND building_room <> ''
          AND building_room = ? AND category = ? AND id <> ? AND received_at >= ?`,
    ).all(query.buildingRoom, query.category, exclude, since) as Hit[];
    candidates.push(...byUnit);
  }
  const key = phoneKey(query.phone);
  if (key) {
    // `phone_key <> ''` lets the partial index on phone keys serve the lookup.
    const byPhone = prepared(
      db,
      `SELECT id, received_at AS receivedAt, rowid FROM cases WHERE deleted = 0 AND excluded = 0 AND phone_key <> '' AND phone_key = ?
          AND category = ? AND id <> ? AND received_at >= ?`,
    ).all(key, query.category, exclude, since) as Hit[];
    candidates.push(...byPhone);
  }
  // Newest received; of two received together, the one entered last.
  const newest = candidates.reduce<Hit | undefined>(
    (best, hit) => (!best || hit.receivedAt > best.receivedAt || (hit.receivedAt === best.receivedAt && hit.rowid > best.rowid) ? hit : best),
    undefined,
  );
  return newest?.id ?? null;
}
