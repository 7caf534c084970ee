import type { Statement } from 'better-sqlite3';
import type { Db } from './connection';

const byDb = new WeakMap<Db, Map<string, Statement>>();

/**
 * The statement for this SQL on this connection, compiled once. better-sqlite3
 * compiles on every `prepare`, and the hot paths (registering, moving a case,
 * importing) run the same few statements thousands of times. `pluck` is part
 * of the key because it changes how a statement answers.
 */
export function prepared(db: Db, sql: string, mode: 'rows' | 'pluck' = 'rows'): Statement {
  let statements = byDb.get(db);
  if (!statements) byDb.set(db, (statements = new Map()));
  const key = `${mode}\u0000${sql}`;
  let statement = statements.get(key);
  if (!statement) {
    statement = db.prepare(sql);
    if (mode === 'pluck') statement.pluck();
    statements.set(key, statement);
  }
  return statement;
}
