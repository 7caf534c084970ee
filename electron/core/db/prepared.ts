import type { Statement } from 'better-sqlite3';
import type { Db } from './connection';

type Mode = 'rows' | 'pluck';

/** Per connection and mode, by SQL text: keyed by the text itself, whose hash V8 keeps, not by a joined key hashed afresh on every call. */
const byDb = new WeakMap<Db, Record<Mode, Map<string, Statement>>>();

/**
 * The statement for this SQL on this connection, compiled once. better-sqlite3
 * compiles on every `prepare`, and the hot paths (registering, moving a case,
 * importing) run the same few statements thousands of times. Each mode has
 * statements of its own, as `pluck` changes how a statement answers.
 *
 * Compiled once is not always compiled once: when a statement has an ORDER BY
 * (or a min or max) or a join, and compares a column with a bare `?`, this SQLite
 * (3.54, STAT4) prepares it again every time a new value is bound: 5-15 µs a
 * call, where the same statement bound once runs in about 1 µs (measured on
 * the bench book). The hot paths write such a value as `+?`: the same value,
 * compared the same way and sought in the same index, but no longer a bare
 * parameter the planner may want to look at again.
 */
export function prepared(db: Db, sql: string, mode: Mode = 'rows'): Statement {
  let modes = byDb.get(db);
  if (!modes) byDb.set(db, (modes = { rows: new Map(), pluck: new Map() }));
  const statements = modes[mode];
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    if (mode === 'pluck') statement.pluck();
    statements.set(sql, statement);
  }
  return statement;
}
