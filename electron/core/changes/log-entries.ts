/**
 * How the change log is stored (schema 18): one entry per record and
 * transaction, not one row per field. An entry holds a run of one desk's
 * changes with consecutive numbers, all to one record, by one person, stamped
 * one counter apart within one millisecond (what one write of a desk gives,
 * see HybridClock.tickRun). Its body lists each change as
 * [field, value, supersedes?, timestamp?, value text?]:
 * - the field as a number (field-codes.ts);
 * - the value as JSON inside the body, or, when its text is not what
 *   JSON.stringify would write (only from an older book), 0 here and the
 *   exact text last;
 * - the changes it supersedes, as a bare number when of the entry's own desk;
 * - its timestamp written out only when it names another desk than its own
 *   (only from a book older than the checks on it; such a change is an entry
 *   of its own).
 * Desk, person and record ids are stored once each, as small numbers
 * (`log_ids`).
 *
 * Every change keeps its identity (desk and number), time, author, value and
 * supersessions: expandEntry gives back exactly the tuples that were written,
 * so canonical lines, hash chains and signatures are what they were.
 *
 * The `changes` view shows the log one row per change, as before, for
 * reading by hand and in tests; the app reads entries through this module,
 * which finds a change by its entry's key instead of expanding every entry.
 */
import type { Db } from '../db/connection';
import { prepared } from '../db/prepared';
import type { ChangeTuple } from '../sync/records';
import { stampAt, stampPattern, type StampPattern as Stamp } from './hlc';
import { fieldCode, fieldName } from './field-codes';

/** One change in an entry's body (see above). */
type Element = [number | string, unknown, (number | string)[]?, (string | null)?, string?];

/** Whether `next` belongs to the entry that starts with `first` and holds `count` changes so far. */
function continuesEntry(first: ChangeTuple, stamp: Stamp | null, count: number, next: ChangeTuple): boolean {
  return (
    stamp !== null &&
    next[0] === first[0] &&
    next[1] === first[1] + count &&
    next[4] === first[4] &&
    next[3] === first[3] &&
    next[7] === first[7] &&
    next[2] === stampAt(first[0], stamp, count)
  );
}

/** The number a desk, person or record id is stored under, given one if it has none yet. */
function idNumber(db: Db, id: string): number {
  prepared(db, 'INSERT OR IGNORE INTO log_ids (id) VALUES (?)').run(id);
  return prepared(db, 'SELECT no FROM log_ids WHERE id = ?', 'pluck').get(id) as number;
}

/** The number an id is stored under, or undefined when the log never names it. */
export function knownIdNumber(db: Db, id: string): number | undefined {
  return prepared(db, 'SELECT no FROM log_ids WHERE id = ?', 'pluck').get(id) as number | undefined;
}

const INSERT_ENTRY_SQL = `INSERT INTO log_entries (desk, seq, n, ms, ctr, entity, record, user, body, link)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/**
 * Writes changes that form one entry (see continuesEntry; EntryWriter groups them), with the chain link of
 * the last one when it is kept (sync/chain-links.ts).
 */
function insertEntry(db: Db, changes: readonly ChangeTuple[], link: Buffer | null, ids: IdNumbers): void {
  const first = changes[0]!;
  const stamp = stampPattern(first[2], first[0]);
  const body = changes.map((change) => element(change, stamp !== null));
  prepared(db, INSERT_ENTRY_SQL).run(
    ids.of(first[0]),
    first[1],
    changes.length,
    stamp?.ms ?? 0,
    stamp?.ctr ?? 0,
    first[3],
    ids.of(first[4]),
    first[7] === null ? null : ids.of(first[7]),
    JSON.stringify(body),
    link,
  );
}

/** Whether the value's text is what JSON.stringify writes for it, so the body may hold the value itself. */
function isCanonical(text: string): boolean {
  try {
    return JSON.stringify(JSON.parse(text)) === text;
  } catch {
    return false;
  }
}

/** A superseded change of the entry's own desk as its bare number, when that gives back the same text. */
function supersededRef(deskId: string, id: string): number | string {
  const prefix = `${deskId}:`;
  if (!id.startsWith(prefix)) return id;
  const seq = Number(id.slice(prefix.length));
  return Number.isSafeInteger(seq) && `${prefix}${seq}` === id ? seq : id;
}

function element(change: ChangeTuple, stamped: boolean): Element {
  const [deskId, , hlc, , , field, value, , supersedes] = change;
  const canonical = isCanonical(value);
  const result: Element = [fieldCode(field), canonical ? (JSON.parse(value) as unknown) : 0];
  if (supersedes.length > 0 || !stamped || !canonical) result.push(supersedes.map((id) => supersededRef(deskId, id)));
  if (!stamped || !canonical) result.push(stamped ? null : hlc);
  if (!canonical) result.push(value);
  return result;
}

/** Id numbers looked up once per writer: it lives inside one transaction, so none it knows can be rolled back under it. */
class IdNumbers {
  private readonly known = new Map<string, number>();

  constructor(private readonly db: Db) {}

  of(id: string): number {
    let no = this.known.get(id);
    if (no === undefined) this.known.set(id, (no = idNumber(this.db, id)));
    return no;
  }
}

/**
 * Groups changes, given in a desk's order, into entries and writes them. Use inside one transaction and
 * call flush() before anything reads the log back.
 */
export class EntryWriter {
  private pending: ChangeTuple[] = [];
  private stamp: Stamp | null = null;
  private readonly ids: IdNumbers;

  constructor(
    private readonly db: Db,
    /** The link to keep for an entry's last change, or null. */
    private readonly linkFor: (deskId: string, seq: number) => Buffer | null,
  ) {
    this.ids = new IdNumbers(db);
  }

  add(change: ChangeTuple): void {
    const first = this.pending[0];
    if (first && !continuesEntry(first, this.stamp, this.pending.length, change)) this.flush();
    if (this.pending.length === 0) this.stamp = stampPattern(change[2], change[0]);
    this.pending.push(change);
  }

  flush(): void {
    const last = this.pending[this.pending.length - 1];
    if (!last) return;
    insertEntry(this.db, this.pending, this.linkFor(last[0], last[1]), this.ids);
    this.pending = [];
  }
}

/** An entry as read: [deskId, seq, n, ms, ctr, entity, entityId, userId, body, link]. */
export type EntryRow = [string, number, number, number, number, string, string, string | null, string, Buffer | null];

/** The statements here bind a desk or a record as `+?`, not `?`: with a join or an ORDER BY, SQLite compiled them again at every call (db/prepared.ts). */
export const ENTRY_COLUMNS = `d.id, e.seq, e.n, e.ms, e.ctr, e.entity, r.id, u.id, e.body, e.link
   FROM log_entries e JOIN log_ids d ON d.no = e.desk JOIN log_ids r ON r.no = e.record LEFT JOIN log_ids u ON u.no = e.user`;

/** The changes an entry holds, exactly as they were written. */
export function expandEntry(row: EntryRow): ChangeTuple[] {
  const [deskId, seq, , ms, ctr, entity, entityId, userId, body] = row;
  const elements = JSON.parse(body) as Element[];
  return elements.map((element, index): ChangeTuple => [
    deskId,
    seq + index,
    element[3] ?? stampAt(deskId, { ms, ctr }, index),
    entity,
    entityId,
    fieldName(element[0]),
    element[4] ?? JSON.stringify(element[1]),
    userId,
    (element[2] ?? []).map((id) => (typeof id === 'number' ? `${deskId}:${id}` : id)),
  ]);
}

export function entryEnd(row: EntryRow): number {
  return row[1] + row[2] - 1;
}

/** Every change of one record, in desk and number order. */
export function changesOfEntity(db: Db, entityId: string): ChangeTuple[] {
  const record = knownIdNumber(db, entityId);
  if (record === undefined) return [];
  const rows = prepared(db, `SELECT ${ENTRY_COLUMNS} WHERE e.record = +?`).raw().all(record) as EntryRow[];
  return rows.flatMap(expandEntry);
}

export function entityHasChanges(db: Db, entityId: string): boolean {
  const record = knownIdNumber(db, entityId);
  return record !== undefined && prepared(db, 'SELECT 1 FROM log_entries WHERE record = ? LIMIT 1', 'pluck').get(record) !== undefined;
}

/** The entry holding a desk's change `seq`, or undefined. */
export function entryHolding(db: Db, deskId: string, seq: number): EntryRow | undefined {
  const desk = knownIdNumber(db, deskId);
  if (desk === undefined) return undefined;
  const row = prepared(db, `SELECT ${ENTRY_COLUMNS} WHERE e.desk = +? AND e.seq <= ? ORDER BY e.seq DESC LIMIT 1`)
    .raw()
    .get(desk, seq) as EntryRow | undefined;
  return row && entryEnd(row) >= seq ? row : undefined;
}

/**
 * Finds changes by desk and number, keeping the last entry it expanded: the import's checks ask for the
 * changes of a file in order, which are mostly consecutive changes of one entry.
 */
export class ChangeFinder {
  private row: EntryRow | undefined;
  private changes: ChangeTuple[] = [];

  constructor(private readonly db: Db) {}

  find(deskId: string, seq: number): ChangeTuple | undefined {
    const row = this.row;
    if (!(row && row[0] === deskId && row[1] <= seq && entryEnd(row) >= seq)) {
      this.row = entryHolding(this.db, deskId, seq);
      this.changes = this.row ? expandEntry(this.row) : [];
    }
    return this.row ? this.changes[seq - this.row[1]] : undefined;
  }
}

/** Where a desk's entries after change `after` start: the entry holding the next change (it may begin before it). */
function firstEntryAfter(db: Db, deskId: string, after: number): number {
  return entryHolding(db, deskId, after + 1)?.[1] ?? after + 1;
}

/** Whether a book keeps its log as entries (schema 18 on); an older one, opened as it is, keeps a row per change. */
export function keepsLogEntries(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'log_entries'").get() !== undefined;
}

/** A desk's changes after `after` up to `upTo`, in order. */
export function* changesOfDesk(db: Db, deskId: string, after: number, upTo: number): Generator<ChangeTuple> {
  const desk = knownIdNumber(db, deskId);
  if (desk === undefined || upTo <= after) return;
  const start = firstEntryAfter(db, deskId, after);
  // Read in pages by key: the caller may write between changes (a link worked out), which an open statement forbids.
  const page = db.prepare(`SELECT ${ENTRY_COLUMNS} WHERE e.desk = +? AND e.seq >= ? AND e.seq <= ? ORDER BY e.seq LIMIT 2000`).raw();
  let from = start;
  for (;;) {
    const rows = page.all(desk, from, upTo) as EntryRow[];
    for (const row of rows) {
      for (const change of expandEntry(row)) if (change[1] > after && change[1] <= upTo) yield change;
    }
    if (rows.length < 2000) return;
    from = rows[rows.length - 1]![1] + 1;
  }
}

/** How many of a desk's changes lie after `after` up to `upTo` (holes left out). */
export function countOfDesk(db: Db, deskId: string, after: number, upTo: number): number {
  const desk = knownIdNumber(db, deskId);
  if (desk === undefined || upTo <= after) return 0;
  const start = firstEntryAfter(db, deskId, after);
  const spans = prepared(db, 'SELECT seq, n FROM log_entries WHERE desk = ? AND seq >= ? AND seq <= ?').raw().all(desk, start, upTo) as [number, number][];
  return spans.reduce((sum, [seq, n]) => sum + Math.max(0, Math.min(seq + n - 1, upTo) - Math.max(seq, after + 1) + 1), 0);
}

/** Per desk: the highest change held and how many are held (equal when there is no hole). */
export function deskTops(db: Db): Map<string, { top: number; count: number }> {
  const rows = db
    .prepare('SELECT d.id, max(e.seq + e.n - 1), sum(e.n) FROM log_entries e JOIN log_ids d ON d.no = e.desk GROUP BY e.desk')
    .raw()
    .all() as [string, number, number][];
  return new Map(rows.map(([deskId, top, count]) => [deskId, { top, count }]));
}

/** The spans of changes held of one desk, in order: [first, last] each. */
export function heldSpans(db: Db, deskId: string): [number, number][] {
  const desk = knownIdNumber(db, deskId);
  if (desk === undefined) return [];
  return (db.prepare('SELECT seq, seq + n - 1 FROM log_entries WHERE desk = ? ORDER BY seq').raw().all(desk) as [number, number][]);
}

/**
 * The number and timestamp of a desk's highest-numbered change held, or undefined. Every write asks (change-log.ts),
 * so only the entry's own columns are read: not its ids, nor its other changes.
 */
export function lastStampOfDesk(db: Db, deskId: string): [seq: number, hlc: string] | undefined {
  const desk = knownIdNumber(db, deskId);
  if (desk === undefined) return undefined;
  const row = prepared(db, 'SELECT seq, ms, ctr, body FROM log_entries WHERE desk = +? ORDER BY seq DESC LIMIT 1').raw().get(desk) as
    | [number, number, number, string]
    | undefined;
  if (!row) return undefined;
  const [seq, ms, ctr, body] = row;
  const elements = JSON.parse(body) as Element[];
  const index = elements.length - 1;
  return [seq + index, elements[index]![3] ?? stampAt(deskId, { ms, ctr }, index)];
}

/** Every desk the log holds changes of. */
export function loggedDesks(db: Db): string[] {
  return db.prepare('SELECT d.id FROM log_ids d WHERE EXISTS (SELECT 1 FROM log_entries e WHERE e.desk = d.no)').pluck().all() as string[];
}

/** The attachment files a desk's changes after `after` up to `upTo` name. */
export function attachmentShas(db: Db, deskId: string, after: number, upTo: number): string[] {
  const desk = knownIdNumber(db, deskId);
  if (desk === undefined || upTo <= after) return [];
  const start = firstEntryAfter(db, deskId, after);
  const rows = db
    .prepare(`SELECT ${ENTRY_COLUMNS} WHERE e.desk = ? AND e.seq >= ? AND e.seq <= ? AND e.entity = 'attachment'`)
    .raw()
    .all(desk, start, upTo) as EntryRow[];
  return rows
    .flatMap(expandEntry)
    .filter((change) => change[5] === 'sha256' && change[1] > after && change[1] <= upTo)
    .map((change) => JSON.parse(change[6]) as string);
}

/** The number of a desk's highest change held (0 for none). */
export function topOfDesk(db: Db, deskId: string): number {
  const desk = knownIdNumber(db, deskId);
  if (desk === undefined) return 0;
  return (prepared(db, 'SELECT seq + n - 1 FROM log_entries WHERE desk = +? ORDER BY seq DESC LIMIT 1', 'pluck').get(desk) as number | undefined) ?? 0;
}

/** Keeps the link of a change held without one, when the change ends its entry (where links are kept). */
export function keepLink(db: Db, deskId: string, seq: number, link: Buffer): void {
  const row = entryHolding(db, deskId, seq);
  if (!row || row[9] !== null || entryEnd(row) !== seq) return;
  prepared(db, 'UPDATE log_entries SET link = ? WHERE desk = ? AND seq = ?').run(link, knownIdNumber(db, deskId), row[1]);
}
