import type { Db } from '../db/connection';
import type { EntityState } from '../changes/projections';
import { gramsForIndex } from '../search/ngrams';
import { CASE_FIELD_COLUMNS, SEARCHABLE_CASE_FIELDS, type CaseField } from './case-fields';

const FIELDS = Object.keys(CASE_FIELD_COLUMNS) as CaseField[];
const COLUMNS = FIELDS.map((field) => CASE_FIELD_COLUMNS[field]);

interface Statements {
  upsert: { get(...values: unknown[]): { rowid: number } };
  unindex: { run(rowid: number): unknown };
  index: { run(rowid: number, uni: string, bi: string): unknown };
}

const statementsByDb = new WeakMap<Db, Statements>();

function statements(db: Db): Statements {
  let prepared = statementsByDb.get(db);
  if (!prepared) {
    const columns = ['id', ...COLUMNS, 'updated_at', 'deleted'];
    const updates = [...COLUMNS, 'updated_at', 'deleted'].map((c) => `${c} = excluded.${c}`).join(', ');
    prepared = {
      upsert: db.prepare(
        `INSERT INTO cases (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
         ON CONFLICT (id) DO UPDATE SET ${updates}
         RETURNING rowid`,
      ) as unknown as Statements['upsert'],
      unindex: db.prepare('DELETE FROM case_search WHERE rowid = ?'),
      index: db.prepare('INSERT INTO case_search (rowid, uni, bi) VALUES (?, ?, ?)'),
    };
    statementsByDb.set(db, prepared);
  }
  return prepared;
}

/** Writes the `cases` row and its search entry from the case's current field values. */
export function projectCase(db: Db, state: EntityState): void {
  const values = FIELDS.map((field) => {
    if (!state.fields.has(field)) throw new Error(`case ${state.id} has no value for ${field}`);
    return state.fields.get(field);
  });
  const deleted = state.fields.get('deleted') === true ? 1 : 0;
  const s = statements(db);
  const { rowid } = s.upsert.get(state.id, ...values, state.updatedAt, deleted);
  s.unindex.run(rowid);
  if (!deleted) {
    const texts = SEARCHABLE_CASE_FIELDS.map((field) => String(state.fields.get(field) ?? ''));
    const grams = gramsForIndex(texts);
    s.index.run(rowid, grams.uni, grams.bi);
  }
}
