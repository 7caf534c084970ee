/** A connection that notes the SQL of every statement prepared through it, to look at the plans a service asked for. */
import type { Db } from '../../electron/core/db/connection';

export function recordingPrepares(db: Db): { db: Db; asked: string[] } {
  const asked: string[] = [];
  const recording = new Proxy(db, {
    get(target, key) {
      if (key === 'prepare') return (sql: string) => (asked.push(sql), target.prepare(sql));
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { db: recording, asked };
}

/** The query plan of `sql` as one line, every parameter bound to '1'. */
export function planOf(db: Db, sql: string): string {
  const args = Array.from(sql.matchAll(/\?/g), () => '1');
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail).join(' | ');
}
