import type { Db } from '../db/connection';
import type { EntityState, FieldValues } from '../changes/projections';
import { tableProjector, type ColumnSpec } from '../changes/table-projection';
import { isDeletedValue } from '../changes/deletion';
import { gramsForIndex } from '../search/ngrams';
import { CASE_FIELD_NAMES, CREATED_WITH_FIELDS, SEARCHABLE_FIELDS, caseFieldRow } from '../../../shared/vocabulary/case-fields';
import { phoneKey } from '../../../shared/vocabulary/phone';

const searchStatements = new WeakMap<Db, { unindex: { run(rowid: number): unknown }; index: { run(...a: unknown[]): unknown } }>();

/** Voided and merged cases leave lists, queues and statistics: one column the list's partial indexes test. */
export function isSetAside(fields: FieldValues): boolean {
  const mergedInto = fields.get('mergedInto');
  return fields.get('voided') === true || (typeof mergedInto === 'string' && mergedInto !== '');
}

function storedPhoneKey(fields: FieldValues): string {
  const phone = fields.get('phone');
  return typeof phone === 'string' ? phoneKey(phone) : '';
}

/**
 * Keeps the case's search entry in step with its row (see search/ngrams.ts). A voided or merged case
 * leaves the index, so counting a text search's matches never counts it; searching those few cases
 * reads their rows instead (case-queries.ts).
 */
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
  if (isDeletedValue(state.fields.get('deleted')) || isSetAside(state.fields)) return;
  const texts = SEARCHABLE_FIELDS.map((field) => String(state.fields.get(field) ?? ''));
  // The phone's digits too, so a number is found however it was typed.
  texts.push(storedPhoneKey(state.fields));
  const grams = gramsForIndex(texts);
  s.index.run(rowid, grams.uni, grams.bi);
}

/** The projection's column map, from the vocabulary: every field's column and the value it has before it is set. */
export const CASE_COLUMNS: Record<string, ColumnSpec> = Object.fromEntries(
  CASE_FIELD_NAMES.map((field) => {
    const row = caseFieldRow(field);
    return [field, row.createdWith ? { column: row.column } : { column: row.column, default: row.default ?? null }];
  }),
);

/** Columns the projection works out: they are not fields and never travel in a sync file. */
export const CASE_COMPUTED_COLUMNS = [
  { column: 'phone_key', value: storedPhoneKey },
  { column: 'excluded', value: (fields: FieldValues) => (isSetAside(fields) ? 1 : 0) },
] as const;

export const caseProjector = tableProjector({
  table: 'cases',
  fields: CASE_COLUMNS,
  required: CREATED_WITH_FIELDS,
  computed: CASE_COMPUTED_COLUMNS,
  after: reindex,
});
