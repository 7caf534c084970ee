/**
 * What a book holds of the change log, in a few bytes: each desk's highest-numbered change, as
 * `deskId:number` sorted by desk. Any write here, and any import, raises some desk's number, so two
 * marks that are equal mean the same changes (but for an import that only filled a gap a desk of
 * version 16 or older left, which no longer arises). The newest timestamp is not enough: an import of
 * another desk's morning leaves it where this desk's afternoon put it.
 */
import type { Db } from '../db/connection';

// One lookup per desk on the log's key (desk, seq), skipping from desk to desk, not a scan of the log.
const TOP_OF_EACH_DESK = `
  WITH RECURSIVE desks(no) AS (
    SELECT (SELECT min(desk) FROM log_entries)
    UNION ALL
    SELECT (SELECT min(desk) FROM log_entries WHERE desk > desks.no) FROM desks WHERE desks.no IS NOT NULL
  )
  SELECT d.id, (SELECT seq + n - 1 FROM log_entries WHERE desk = desks.no ORDER BY seq DESC LIMIT 1)
    FROM desks JOIN log_ids d ON d.no = desks.no`;

export function changesHeld(db: Db): string {
  const tops = db.prepare(TOP_OF_EACH_DESK).raw().all() as [string, number][];
  return tops
    .map(([deskId, top]) => `${deskId}:${top}`)
    .sort()
    .join(',');
}
