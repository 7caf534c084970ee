import type { Db } from '../db/connection';
import type { EntityState, FieldValues } from '../changes/projections';
import { tableProjector, type ColumnSpec } from '../changes/table-projection';
import { isDeletedValue } from '../changes/deletion';
import { gramsForIndex } from '../search/ngrams';
import { CASE_FIELD_NAMES, CREATED_WITH_FIELDS, SEARCHABLE_FIELDS, caseFieldRow } from '../../../shared/vocabulary/case-fields';
import { phoneKey } from '../../../shared/vocabulary/phone';
import { nameKeyOf } from './name-keys';
import { isOpenStatus, OPEN_MARK } from './open-mark';
import { prepared } from '../db/prepared';
import { WRITTEN_THROUGH_SQL, awaitEntry, countWaitingCases, markAllWritten, waitingRows, type WaitingRow } from './waiting-cases';

const searchStatements = new WeakMap<
  Db,
  { unindex: { run(rowid: number): unknown }; indexed: { get(id: string): unknown } }
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
      indexed: db
        .prepare(
          `SELECT ${SEARCHED_COLUMNS.join(', ')}, status, rowid > ${WRITTEN_THROUGH_SQL}
             FROM cases WHERE id = ? AND deleted = 0 AND excluded = 0`,
        )
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

/** A case whose entry waits to be written with others (waiting-cases.ts). */
const WAITING = Symbol('waiting');

/**
 * What the search index holds a case's entry from; undefined when it holds none (a new, deleted or set-aside case);
 * WAITING when its entry is yet to be written.
 */
function indexedSource(db: Db, id: string): string | undefined | typeof WAITING {
  const row = statementsFor(db).indexed.get(id) as unknown[] | undefined;
  if (!row) return undefined;
  return row.at(-1) === 1 ? WAITING : entrySource(row.slice(0, -2), row.at(-2));
}

/**
 * Writes these cases' entries, each from its row id, status and SEARCHED_COLUMNS as read: the one place an entry is
 * written (a case's changed texts here, the waiting cases, search-rebuild.ts).
 * Not through statementsFor: a migration's rebuild runs before the table of waiting cases exists.
 */
export function writeEntries(db: Db, rows: readonly WaitingRow[]): void {
  const index = prepared(db, 'INSERT INTO case_search (rowid, uni, bi) VALUES (?, ?, ?)');
  for (const [rowid, status, ...texts] of rows) {
    const entry = searchEntry(searchTexts(texts), status);
    index.run(rowid, entry.uni, entry.bi);
  }
}

/**
 * The waiting cases' turn (waiting-cases.ts): their search entries written from their rows as they are now, their
 * counts added, and the mark moved past them. Returns how many entries were written.
 */
export function catchUpWaitingCases(db: Db): number {
  const rows = waitingRows(db, SEARCHED_COLUMNS);
  writeEntries(db, rows);
  countWaitingCases(db);
  markAllWritten(db);
  return rows.length;
}

/**
 * Keeps the case's search entry in step with its row (see search/ngrams.ts). A voided or merged case
 * leaves the index, so counting a text search's matches never counts it; searching those few cases
 * reads their rows instead (case-queries.ts). A write that leaves the texts and the open mark as they
 * were (most of a case's life: its status from registered to in progress, its people, its clocks)
 * leaves the index alone: rewriting the entry costs a deletion marker and a new entry in the index.
 */
function reindex(db: Db, rowid: number, state: EntityState, before: string | undefined | typeof WAITING): void {
  const s = statementsFor(db);
  const searchable = !isDeletedValue(state.fields.get('deleted')) && !isSetAside(state.fields);
  // Its entry will be written from the row as it is then; one that has left the searchable cases by then gets none.
  if (before === WAITING) return;
  // The phone's digits too, so a number is found however it was typed.
  const texts = searchable ? [...SEARCHABLE_FIELDS.map((field) => String(state.fields.get(field) ?? '')), storedPhoneKey(state.fields)] : [];
  const status = state.fields.get('status');
  if (searchable && before === entrySource(texts, status)) return;
  if (before !== undefined) s.unindex.run(rowid);
  if (!searchable) return;
  // A new entry (a new case, or one back among the searchable) waits to be written with others, unless the index
  // is already written past it.
  if (before === undefined) {
    const turn = awaitEntry(db, rowid);
    if (turn === 'write all') catchUpWaitingCases(db);
    if (turn !== 'write now') return;
  }
  writeEntries(db, [[rowid, status, ...texts]]);
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
