/**
 * The links of the hash chains (change-chain.ts) as the change log keeps them.
 * A desk keeps the link of each entry it writes that reaches a 64th change
 * (keepsOwnLink), and remembers the link of its latest change while it runs
 * (the next write goes on from it). Of other desks'
 * changes an import keeps one link in LINK_KEPT_EVERY and the last of each
 * run: the import has checked them all while reading the file, and hashing
 * them again only to store them cost about 7 % of a full import. Links are
 * stored at the end of entries (changes/log-entries.ts), so of other desks'
 * changes an entry keeps the link when its last change is a kept one. A link
 * not kept is worked out from the nearest one below it when a file or a head
 * needs it (a few hundred hashes at most).
 */
import type { Db } from '../db/connection';
import { prepared } from '../db/prepared';
import { changesOfDesk, entryEnd, entryHolding, knownIdNumber } from '../changes/log-entries';
import { chainStart, linkOf } from './change-chain';

export const LINK_KEPT_EVERY = 64;

/** Whether an entry of this desk's own, of changes `first` to `last`, keeps its link: when it reaches a 64th change. */
export function keepsOwnLink(first: number, last: number): boolean {
  return Math.floor(last / LINK_KEPT_EVERY) > Math.floor((first - 1) / LINK_KEPT_EVERY);
}

/**
 * The link of this desk's latest change, per connection: which change it is (number and timestamp, so a
 * write rolled back and another in its place is never taken for it) and its link.
 */
const ownLinks = new WeakMap<Db, Map<string, { seq: number; hlc: string; link: Buffer }>>();

export function rememberOwnLink(db: Db, deskId: string, latest: [number, string] | null, link: Buffer): void {
  if (!latest) return;
  let links = ownLinks.get(db);
  if (!links) ownLinks.set(db, (links = new Map()));
  links.set(deskId, { seq: latest[0], hlc: latest[1], link });
}

/** The link of the desk's latest change (`latest`, undefined for none): remembered, or worked out. */
export function lastOwnLink(db: Db, deskId: string, latest: readonly [seq: number, hlc: string] | undefined): Buffer | null {
  if (!latest) return chainStart(deskId);
  const known = ownLinks.get(db)?.get(deskId);
  if (known && known.seq === latest[0] && known.hlc === latest[1]) return known.link;
  return linkAt(db, deskId, latest[0]);
}

/**
 * The link of a desk's change `seq` (the chain's start for 0). The log keeps links at the end of entries
 * (log-entries.ts); one not kept (see above, or a change held beyond a hole before version 17) is worked out
 * again from the last one kept below it, and kept when it ends an entry.
 */
export function linkAt(db: Db, deskId: string, seq: number): Buffer | null {
  if (seq === 0) return chainStart(deskId);
  const holding = entryHolding(db, deskId, seq);
  if (!holding) return null;
  const ends = entryEnd(holding) === seq;
  if (ends && holding[9] !== null) return holding[9];
  // `+?`: see db/prepared.ts.
  const below = prepared(db, 'SELECT seq + n - 1 AS last, link FROM log_entries WHERE desk = +? AND seq < ? AND link IS NOT NULL ORDER BY seq DESC LIMIT 1').get(
    knownIdNumber(db, deskId),
    holding[1],
  ) as { last: number; link: Buffer } | undefined;
  let link = below?.link ?? chainStart(deskId);
  let expected = (below?.last ?? 0) + 1;
  // Read whole before writing (a statement being read may not be written beside); the span is short.
  for (const change of [...changesOfDesk(db, deskId, expected - 1, seq)]) {
    if (change[1] !== expected) return null;
    link = linkOf(link, change);
    expected += 1;
  }
  if (expected !== seq + 1) return null;
  if (ends) prepared(db, 'UPDATE log_entries SET link = ? WHERE desk = ? AND seq = ?').run(link, knownIdNumber(db, deskId), holding[1]);
  return link;
}
