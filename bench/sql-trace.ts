/**
 * Wraps a better-sqlite3 connection so every statement run through it is
 * timed by its SQL text: how the core's own queries spend a call's time
 * (the count against the page, say) without touching the core.
 */
import type Database from 'better-sqlite3';

export interface StatementTime {
  sql: string;
  calls: number;
  ms: number;
  /** The arguments of the last call, to EXPLAIN the statement as it ran. */
  lastArgs: unknown[];
}

export interface SqlTrace {
  db: Database.Database;
  reset(): void;
  /** Accumulated time per statement, slowest first. */
  report(): StatementTime[];
}

const TIMED = new Set(['run', 'get', 'all']);

export function traceSql(target: Database.Database): SqlTrace {
  const times = new Map<string, StatementTime>();
  const record = (sql: string, ms: number, args: unknown[]): void => {
    const entry = times.get(sql) ?? { sql, calls: 0, ms: 0, lastArgs: [] };
    entry.calls += 1;
    entry.ms += ms;
    entry.lastArgs = args;
    times.set(sql, entry);
  };
  const wrapStatement = (statement: Database.Statement, sql: string): Database.Statement =>
    new Proxy(statement, {
      get(stmt, key, receiver) {
        const value: unknown = Reflect.get(stmt, key, receiver);
        if (typeof value !== 'function') return value;
        if (!TIMED.has(String(key))) {
          // pluck(), raw() and the like return the statement itself: keep returning the traced one.
          return (...args: unknown[]) => {
            const result = (value as (...a: unknown[]) => unknown).apply(stmt, args);
            return result === stmt ? receiver : result;
          };
        }
        return (...args: unknown[]) => {
          const start = performance.now();
          try {
            return (value as (...a: unknown[]) => unknown).apply(stmt, args);
          } finally {
            record(sql, performance.now() - start, args);
          }
        };
      },
    });
  const db = new Proxy(target, {
    get(conn, key, receiver) {
      const value: unknown = Reflect.get(conn, key, receiver);
      if (key === 'prepare') return (sql: string) => wrapStatement(conn.prepare(sql), sql.replace(/\s+/g, ' ').trim());
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(conn) : value;
    },
  });
  return {
    db,
    reset: () => times.clear(),
    report: () => [...times.values()].sort((a, b) => b.ms - a.ms),
  };
}
