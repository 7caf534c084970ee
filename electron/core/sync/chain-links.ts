/** The links of the hash chains (change-chain.ts) as the change log keeps them. */
import type { Db } from '../db/connection';
import { prepared } from '../db/prepared';
import { chainStart, nextLink } from './change-chain';
import { changeLine, type ChangeTuple } from './records';

type Row = [string, number, string, string, string, string, string, string | null, string, Buffer | null];

export function rowTuple(row: Row | readonly unknown[]): ChangeTuple {
  const [deskId, seq, hlc, entity, entityId, field, value, userId, supersedes] = row as Row;
  return [deskId, seq, hlc, entity, entityId, field, value, userId, JSON.parse(supersedes) as string[]];
}

/**
 * The link of a desk's change `seq` (the chain's start for 0). Kept with every change; one missing (a
 * change held beyond a hole before this version) is worked out again from the last one known below it.
 */
export function linkAt(db: Db, deskId: string, seq: number): Buffer | null {
  if (seq === 0) return chainStart(deskId);
  const stored = prepared(db, 'SELECT link FROM changes WHERE desk_id = ? AND seq = ?', 'pluck').get(deskId, seq) as Buffer | null | undefined;
  if (stored !== null) return stored ?? null;
  const below = prepared(db, 'SELECT seq, link FROM changes WHERE desk_id = ? AND seq < ? AND link IS NOT NULL ORDER BY seq DESC LIMIT 1').get(deskId, seq) as
    | { seq: number; link: Buffer }
    | undefined;
  let link = below?.link ?? chainStart(deskId);
  let expected = (below?.seq ?? 0) + 1;
  const rows = db
    .prepare('SELECT desk_id, seq, hlc, entity, entity_id, field, value, user_id, supersedes FROM changes WHERE desk_id = ? AND seq >= ? AND seq <= ? ORDER BY seq')
    .raw();
  const setLink = db.prepare('UPDATE changes SET link = ? WHERE desk_id = ? AND seq = ?');
  // Read whole before writing (a statement being read may not be written beside); a hole's span is short.
  for (const row of rows.all(deskId, expected, seq) as Row[]) {
    if (row[1] !== expected) return null;
    link = nextLink(link, changeLine(rowTuple(row)));
    setLink.run(link, deskId, row[1]);
    expected += 1;
  }
  return expected === seq + 1 ? link : null;
}
