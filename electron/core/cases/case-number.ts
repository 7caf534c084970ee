import type { Db } from '../db/connection';
import { prepared } from '../db/prepared';

/** `A-202611`: desk code and the year-month of registration, in the desk's local time. */
export function caseNumberPrefix(deskCode: string, registeredAt: number): string {
  const date = new Date(registeredAt);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  return `${deskCode}-${date.getFullYear()}${month}`;
}

const formatNumber = (prefix: string, sequence: number): string => `${prefix}-${String(sequence).padStart(4, '0')}`;

const LAST_OF_FOUR_DIGITS = 9999;
const TAKEN_SQL = 'SELECT 1 FROM cases WHERE number = ?';
const RAISE_COUNTER_SQL = `INSERT INTO case_number_counters (prefix, last) VALUES (?, ?)
  ON CONFLICT (prefix) DO UPDATE SET last = max(last, excluded.last)`;

/**
 * The next number for this desk and month, e.g. `A-202611-0007`: one past the highest the book holds under the
 * prefix, found in the unique index of numbers, or past the counter a restore or a desk's succession left
 * (rebuildCaseNumberCounters), whichever is higher. Unique across desks because the desk code is part of it;
 * sequential because it is read inside the registering transaction. Read, not counted up: a counter row written
 * at each registration was one more page in every commit.
 *
 * The counter keeps numbers the desk gave before a restore: after it, cases this desk registered since the
 * backup come back from the other desks with their numbers, and none of them may be given again meanwhile.
 *
 * Past 9999 in a month the index cannot say which number is highest (as text, 10000 sorts before 9999), so from
 * there the counter is counted up again, as it always was (the benchmark's desk registers 100,000 in a month).
 */
export function nextCaseNumber(db: Db, deskCode: string, registeredAt: number): string {
  if (!db.inTransaction) throw new Error('nextCaseNumber must run inside the registering transaction');
  const prefix = caseNumberPrefix(deskCode, registeredAt);
  const floor = (prepared(db, 'SELECT last FROM case_number_counters WHERE prefix = ?', 'pluck').get(prefix) as number | undefined) ?? 0;
  const highest = Math.max(floor, highestCaseNumber(db, prefix));
  if (highest >= LAST_OF_FOUR_DIGITS) {
    prepared(db, RAISE_COUNTER_SQL).run(prefix, highest);
    return nextNumberUnder(db, prefix, TAKEN_SQL);
  }
  const taken = prepared(db, TAKEN_SQL, 'pluck');
  for (let last = highest + 1; ; last++) {
    const number = formatNumber(prefix, last);
    if (taken.get(number) === undefined) return number;
  }
}

/** The sequence of `A-202611-0007` (7), or undefined for a number not of that form. */
function sequenceOf(number: string): { prefix: string; sequence: number } | undefined {
  const parts = /^(.+-\d{6})-(\d+)$/.exec(number);
  return parts ? { prefix: parts[1]!, sequence: Number(parts[2]) } : undefined;
}

/** The highest sequence among the book's case numbers under the prefix, as text sorts them (see above); 0 for none. */
function highestCaseNumber(db: Db, prefix: string): number {
  // `+?`: a bound value under max() would make SQLite prepare the statement again at every call (db/prepared.ts).
  const top = prepared(db, 'SELECT max(number) FROM cases WHERE number > +? AND number < +?', 'pluck').get(
    `${prefix}-`,
    `${prefix}-:`,
  ) as string | null;
  return (top === null ? undefined : sequenceOf(top)?.sequence) ?? 0;
}

/**
 * The next `<prefix>-0007` from the prefix's counter, passing over numbers `takenSql` finds in the book: how
 * rectification notices (`ZG-A-202611-…`) are numbered, few enough that the counter's page costs nothing.
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
    const number = formatNumber(prefix, last);
    if (taken.get(number) === undefined) return number;
  }
}

/** The highest sequence the book's case numbers reach under each prefix. */
export function highestCaseNumbers(db: Db): Map<string, number> {
  const highest = new Map<string, number>();
  for (const number of db.prepare('SELECT number FROM cases').pluck().iterate() as IterableIterator<string>) {
    const parsed = sequenceOf(number);
    if (parsed) highest.set(parsed.prefix, Math.max(highest.get(parsed.prefix) ?? 0, parsed.sequence));
  }
  return highest;
}

/** Raises each counter to at least the sequence given for its prefix. */
export function raiseCaseNumberCounters(db: Db, lasts: Iterable<[string, number]>): void {
  const raise = db.prepare(RAISE_COUNTER_SQL);
  for (const [prefix, last] of lasts) raise.run(prefix, last);
}

/** Sets every counter to at least the highest number the book holds under its prefix (after a restore or a rebuild). */
export function rebuildCaseNumberCounters(db: Db): void {
  raiseCaseNumberCounters(db, highestCaseNumbers(db));
}
