/**
 * The links of the hash chains (change-chain.ts) as the change log keeps them.
 * A desk keeps the link of every change it writes itself. Of other desks'
 * changes an import keeps one link in LINK_KEPT_EVERY and the last of each
 * run: the import has checked them all while reading the file, and hashing
 * them again only to store them cost about 7 % of a full import. A link not
 * kept is worked out from the nearest one below it when a file or a head
 * needs it (at most LINK_KEPT_EVERY - 1 hashes).
 */
import type { Db } from '../db/connection';
import { prepared } from '../db/prepared';
import { chainStart, nextLink } from './change-chain';
import { changeLine, type ChangeTuple } from './records';

export const LINK_KEPT_EVERY = 64;

type Row = [string, number, string, string, string, string, string, string | null, string, Buffer | null];

export function rowTuple(row: Row | readonly unknown[]): ChangeTuple {
  const [deskId, seq, hlc, entity, entityId, field, value, userId, supersedes] = row as Row;
  return [deskId, seq, hlc, entity, entityId, field, value, userId, JSON.parse(supersedes) as string[]];
}

/**
 * The link of a desk's change `seq` (the chain's start for 0). One not kept (see above, or a change held
 * beyond a hole before version 17) is worked out again from the last one kept below it, and kept.
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
  // Read whole before writing (a statement being read may not be written beside); the span is short.
  for (const row of rows.all(deskId, expected, seq) as Row[]) {
    if (row[1] !== expected) return null;
    link = nextLink(link, changeLine(rowTuple(row)));
    expected += 1;
  }
  if (expected !== seq + 1) return null;
  db.prepare('UPDATE changes SET link = ? WHERE desk_id = ? AND seq = ?').run(link, deskId, seq);
  return link;
}
