/**
 * The latest clock timestamp in the change log, which a desk's clock starts
 * from. Each desk's changes carry increasing timestamps in the order of
 * their sequence numbers (recordChanges makes sure of it for this desk's
 * own; every desk runs the same code), so the latest timestamp is the one
 * of some desk's highest-numbered change: one primary-key lookup per desk
 * instead of an index over every timestamp, which each change would have
 * to write.
 */
import type { Db } from '../db/connection';
import { prepared } from '../db/prepared';

export const LATEST_HLC_SQL = `
  WITH RECURSIVE desk_ids(id) AS (
    SELECT (SELECT min(desk_id) FROM changes)
    UNION ALL
    SELECT (SELECT min(desk_id) FROM changes WHERE desk_id > desk_ids.id) FROM desk_ids WHERE desk_ids.id IS NOT NULL
  )
  SELECT max((SELECT hlc FROM changes WHERE desk_id = desk_ids.id ORDER BY seq DESC LIMIT 1))
    FROM desk_ids WHERE desk_ids.id IS NOT NULL`;

export function latestHlc(db: Db): string | null {
  return (prepared(db, LATEST_HLC_SQL, 'pluck').get() as string | null) ?? null;
}
