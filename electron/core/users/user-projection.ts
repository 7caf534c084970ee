import type { Db } from '../db/connection';
import type { EntityState } from '../changes/projections';

export function projectUser(db: Db, state: EntityState): void {
  db.prepare(
    `INSERT INTO users (id, name, created_at) VALUES (?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, created_at = excluded.created_at`,
  ).run(state.id, String(state.fields.get('name') ?? ''), Number(state.fields.get('createdAt') ?? 0));
}
