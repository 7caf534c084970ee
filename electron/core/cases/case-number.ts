import type { Db } from '../db/connection';
import { prepared } from '../db/prepared';

/** `A-202611`: desk code and the year-month of registration, in the desk's local time. */
export function caseNumberPrefix(deskCode: string, registeredAt: number): string {
  const date = new Date(registeredAt);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  return `${deskCode}-${date.getFullYear()}${month}`;
}

/**
 * The next number for this desk and month, e.g. `A-202611-0007`. Unique
 * across desks because the desk code is part of it; sequential because the
 * counter moves inside the registering transaction. A number already in the
 * book is passed over: after a restore, cases this desk registered since
 * the backup come back from the other desks with their numbers, ahead of
 * the counter.
 */
export function nextCaseNumber(db: Db, deskCode: string, registeredAt: number): string {
  if (!db.inTransaction) throw new Error('nextCaseNumber must run inside the registering transaction');
  return nextNumberUnder(db, caseNumberPrefix(deskCode, registeredAt), 'SELECT 1 FROM cases WHERE number = ?');
}

/**
 * The next `<prefix>-0007` from the prefix's counter, passing over numbers `takenSql` finds in the book.
 * Cases and rectification notices (`ZG-A-202611-…`) count this way.
 */
export function nextNumberUnder(db: Db, prefix: string, takenSql: string): string {
  const advance = prepared(
    db,
    `INSERT INTO case_number_counters (prefix, last) VALUES (?, 1)
     ON CONFLICT (prefix) DO UPDATE SET last = last + 1
     RETURNING last`,
  );
  const taken = prepared(db, takenSql, 'pluck');
  for (;;) {
    const { last } = advance.get(prefix) as { last: number };
    const number = `${prefix}-${String(last).padStart(4, '0')}`;
    if (taken.get(number) === undefined) return number;
  }
}

/** Sets every counter to at least the highest number the book holds under its prefix (after a restore or a rebuild). */
export function rebuildCaseNumberCounters(db: Db): void {
  const highest = new Map<string, number>();
  for (const number of db.prepare('SELECT number FROM cases').pluck().iterate() as IterableIterator<string>) {
    const parts = /^(.+-\d{6})-(\d+)$/.exec(number);
    if (!parts) continue;
    const [, prefix, sequence] = parts as unknown as [string, string, string];
    highest.set(prefix, Math.max(highest.get(prefix) ?? 0, Number(sequence)));
  }
  const raise = db.prepare(
    `INSERT INTO case_number_counters (prefix, last) VALUES (?, ?)
     ON CONFLICT (prefix) DO UPDATE SET last = max(last, excluded.last)`,
  );
  for (const [prefix, last] of highest) raise.run(prefix, last);
}
