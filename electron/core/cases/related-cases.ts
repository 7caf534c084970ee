/**
 * The customer's history at intake (查阅客户历史记录, seed 000): earlier cases
 * from the same phone or the same unit, and a warning when the same unit
 * complained about the same category recently (a likely duplicate).
 */
import type { CaseSummary } from '../../../shared/contract';
import type { Db } from '../db/connection';
import { readSettingValues } from '../settings/setting-values';
import { listCasesByIds, type ReadContext } from './case-queries';
import { prepared } from '../db/prepared';
import { phoneKey } from '../../../shared/vocabulary/phone';

const DAY = 86_400_000;
const HISTORY_LIMIT = 10;

export interface RelatedQuery {
  phone: string;
  buildingRoom: string;
  category: string;
  excludeCaseId?: string;
}

function newestIds(db: Db, condition: string, value: string, exclude: string | undefined): string[] {
  return prepared(
    db,
    `SELECT id FROM cases WHERE deleted = 0 AND excluded = 0 AND ${condition} = ? AND id <> ? ORDER BY received_at DESC LIMIT ${HISTORY_LIMIT}`,
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

/** The newest case from the same unit in the same category within the window, if any. */
export function likelyDuplicate(db: Db, query: RelatedQuery, read: ReadContext): CaseSummary | null {
  if (!query.buildingRoom || !query.category) return null;
  const windowDays = readSettingValues(db).duplicateWindowDays;
  if (windowDays === 0) return null;
  const id = prepared(
    db,
    `SELECT id FROM cases WHERE deleted = 0 AND excluded = 0 AND building_room = ? AND category = ? AND id <> ? AND received_at >= ?
      ORDER BY received_at DESC LIMIT 1`,
    'pluck',
  ).get(query.buildingRoom, query.category, query.excludeCaseId ?? '', read.now - windowDays * DAY) as string | undefined;
  return id ? (listCasesByIds(db, [id], read)[0] ?? null) : null;
}
