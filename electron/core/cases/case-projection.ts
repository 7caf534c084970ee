import type { Db } from '../db/connection';
import type { EntityState } from '../changes/projections';
import { tableProjector } from '../changes/table-projection';
import { isDeletedValue } from '../changes/deletion';
import { gramsForIndex } from '../search/ngrams';
import { CASE_FIELD_COLUMNS, CASE_LIFECYCLE_COLUMNS, SEARCHABLE_CASE_FIELDS } from './case-fields';

const searchStatements = new WeakMap<Db, { unindex: { run(rowid: number): unknown }; index: { run(...a: unknown[]): unknown } }>();

/** Keeps the case's search entry in step with its row (see search/ngrams.ts). */
function reindex(db: Db, rowid: number, state: EntityState): void {
  let s = searchStatements.get(db);
  if (!s) {
    s = {
      unindex: db.prepare('DELETE FROM case_search WHERE rowid = ?'),
      index: db.prepare('INSERT INTO case_search (rowid, uni, bi) VALUES (?, ?, ?)'),
    };
    searchStatements.set(db, s);
  }
  s.unindex.run(rowid);
  if (isDeletedValue(state.fields.get('deleted'))) return;
  const grams = gramsForIndex(SEARCHABLE_CASE_FIELDS.map((field) => String(state.fields.get(field) ?? '')));
  s.index.run(rowid, grams.uni, grams.bi);
}

export const caseProjector = tableProjector({
  table: 'cases',
  fields: { ...CASE_FIELD_COLUMNS, ...CASE_LIFECYCLE_COLUMNS },
  required: Object.keys(CASE_FIELD_COLUMNS),
  after: reindex,
});
