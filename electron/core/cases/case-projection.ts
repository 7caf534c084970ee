import type { Db } from '../db/connection';
import type { EntityState, FieldValues } from '../changes/projections';
import { tableProjector, type ColumnSpec } from '../changes/table-projection';
import { isDeletedValue } from '../changes/deletion';
import { gramsForIndex } from '../search/ngrams';
import { CASE_FIELD_NAMES, CREATED_WITH_FIELDS, SEARCHABLE_FIELDS, caseFieldRow } from '../../../shared/vocabulary/case-fields';
import { phoneKey } from '../../../shared/vocabulary/phone';
import { nameKeyOf } from './name-keys';
import { isOpenStatus, OPEN_MARK } from './open-mark';

const searchStatements = new WeakMap<
  Db,
  { unindex: { run(rowid: number): unknown }; index: { run(...a: unknown[]): unknown }; indexed: { get(id: string): unknown } }
>();

/** Voided and merged cases leave lists, queues and statistics: one column the list's partial indexes test. */
export function isSetAside(fields: FieldValues): boolean {
  const mergedInto = fields.get('mergedInto');
  return fields.get('voided') === true || (typeof mergedInto === 'string' && mergedInto !== '');
}

function storedPhoneKey(fields: FieldValues): string {
  const phone = fields.get('phone');
  return typeof phone === 'string' ? phoneKey(phone) : '';
}

/** The columns the search index holds a case's text from, in the order the projection indexes them. */
export const SEARCHED_COLUMNS = [...SEARCHABLE_FIELDS.map((field) => caseFieldRow(field).column), 'phone_key'];

function statementsFor(db: Db) {
  let s = searchStatements.get(db);
  if (!s) {
    s = {
      unindex: db.prepare('DELETE FROM case_search WHERE rowid = ?'),
      index: db.prepare('INSERT INTO case_search (rowid, uni, bi) VALUES (?, ?, ?)'),
      indexed: db
        .prepare(`SELECT ${SEARCHED_COLUMNS.join(', ')}, status FROM cases WHERE id = ? AND deleted = 0 AND excluded = 0`)
        .raw(),
    };
    searchStatements.set(db, s);
  }
  return s;
}

/** A case's SEARCHED_COLUMNS as read from its row, as the texts the index is written from (search-rebuild.ts too). */
export function searchTexts(columns: readonly unknown[]): string[] {
  return columns.map((text) => String(text ?? ''));
}

/** A case's entry in the search index: its texts' grams, and the open mark while it is being handled (open-mark.ts). */
export function searchEntry(texts: readonly string[], status: unknown): { uni: string; bi: string } {
  const grams = gramsForIndex(texts);
  return isOpenStatus(status) ? { uni: grams.uni, bi: `${grams.bi} ${OPEN_MARK}` } : grams;
}

/** What a case's entry is written from, as one string to compare (no text holds a NUL). */
const entrySource = (texts: readonly unknown[], status: unknown): string => [...searchTexts(texts), isOpenStatus(status) ? OPEN_MARK : ''].join('\u0000');

/** What the search index holds a case's entry from; undefined when it holds none (a new, deleted or set-aside case). */
function indexedSource(db: Db, id: string): string | undefined {
  const row = statementsFor(db).indexed.get(id) as unknown[] | undefined;
  return row ? entrySource(row.slice(0, -1), row[row.length - 1]) : undefined;
}

/**
 * Keeps the case's search entry in step with its row (see search/ngrams.ts). A voided or merged case
 * leaves the index, so counting a text search's matches never counts it; searching those few cases
 * reads their rows instead (case-queries.ts). A write that leaves the texts and the open mark as they
 * were (most of a case's life: its status from registered to in progress, its people, its clocks)
 * leaves the index alone: rewriting the entry costs a deletion marker and a new entry in the index.
 */
function reindex(db: Db, rowid: number, state: EntityState, before: string | undefined): void {
  const s = statementsFor(db);
  const searchable = !isDeletedValue(state.fields.get('deleted')) && !isSetAside(state.fields);
  // The phone's digits too, so a number is found however it was typed.
  const texts = searchable ? [...SEARCHABLE_FIELDS.map((field) => String(state.fields.get(field) ?? '')), storedPhoneKey(state.fields)] : [];
  const status = state.fields.get('status');
  if (searchable && before === entrySource(texts, status)) return;
  if (before !== undefined) s.unindex.run(rowid);
  if (!searchable) return;
  const entry = searchEntry(texts, status);
  s.index.run(rowid, entry.uni, entry.bi);
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
  { column: 'name_key', value: (fields: FieldValues) => nameKeyOf(fields.get('complainantName')) },
] as const;

export const caseProjector = tableProjector({
  table: 'cases',
  fields: CASE_COLUMNS,
  required: CREATED_WITH_FIELDS,
  computed: CASE_COMPUTED_COLUMNS,
  before: indexedSource,
  after: reindex,
});
