/**
 * A projection that keeps one table row per entity, one column per field.
 * Most entities need nothing more; the case adds its search index in `after`.
 */
import type { Db } from '../db/connection';
import type { EntityState } from './projections';
import { isDeletedValue } from './deletion';

export interface ColumnSpec {
  column: string;
  /** A field with no value yet (an older case, a change still on its way) takes this. */
  default?: string | number | null;
}

export interface TableProjectionSpec<Before = undefined> {
  table: string;
  fields: Record<string, string | ColumnSpec>;
  /** Fields without which the row cannot exist (they arrive with the entity's creation). */
  required: readonly string[];
  /** Columns worked out from the fields rather than stored as one (a search key, a flag for the list's indexes). */
  computed?: readonly { column: string; value: (fields: EntityState['fields']) => string | number | null }[];
  /** Reads what the row holds before it is written, for `after` (the case's search text). */
  before?: (db: Db, id: string) => Before;
  after?: (db: Db, rowid: number, state: EntityState, before: Before) => void;
}

/** SQLite has no booleans and better-sqlite3 refuses them, so they are stored as 0/1. */
function toSqlValue(value: unknown): string | number | null {
  if (value === true) return 1;
  if (value === false) return 0;
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  return JSON.stringify(value);
}

export type Projector = (db: Db, state: EntityState) => boolean;

export function tableProjector<Before = undefined>(spec: TableProjectionSpec<Before>): Projector {
  const entries = Object.entries(spec.fields).map(([field, column]) =>
    typeof column === 'string' ? { field, column, fallback: null } : { field, column: column.column, fallback: column.default ?? null },
  );
  const computed = spec.computed ?? [];
  const columns = ['id', ...entries.map((e) => e.column), ...computed.map((c) => c.column), 'updated_at', 'deleted'];
  const updates = columns
    .slice(1)
    .map((c) => `${c} = excluded.${c}`)
    .join(', ');
  const sql = `INSERT INTO ${spec.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
               ON CONFLICT (id) DO UPDATE SET ${updates} RETURNING rowid`;
  const statements = new WeakMap<Db, { get(...values: unknown[]): { rowid: number } }>();

  return (db, state) => {
    if (spec.required.some((field) => !state.fields.has(field))) return false;
    let upsert = statements.get(db);
    if (!upsert) {
      upsert = db.prepare(sql) as unknown as { get(...values: unknown[]): { rowid: number } };
      statements.set(db, upsert);
    }
    const values = entries.map((e) => (state.fields.has(e.field) ? toSqlValue(state.fields.get(e.field)) : e.fallback));
    const deleted = isDeletedValue(state.fields.get('deleted')) ? 1 : 0;
    const derived = computed.map((c) => c.value(state.fields));
    const before = spec.before?.(db, state.id) as Before;
    const { rowid } = upsert.get(state.id, ...values, ...derived, state.updatedAt, deleted);
    spec.after?.(db, rowid, state, before);
    return true;
  };
}
