/**
 * The read side's one SELECT over `cases`, built from the vocabulary: each
 * field read from its column under its own name, each reference bringing
 * the name or number it points at, flags turned back into booleans.
 * Nothing else writes `c.some_column AS someField` by hand.
 */
import { caseFieldRow, NAME_FIELDS, type CaseFieldName } from '../../../shared/vocabulary/case-fields';

/** How a reference's name is read: the table it points into and the column that names it. */
const REFERENCED: Partial<Record<string, { table: string; name: string }>> = {
  person: { table: 'users', name: 'name' },
  department: { table: 'departments', name: 'name' },
  caseRef: { table: 'cases', name: 'number' },
};

export interface CaseSelect {
  /** `c.number AS number, ..., coalesce((SELECT name FROM departments WHERE id = c.department_id), '') AS departmentName` */
  columns: string;
  /** Turns a row as SQLite returns it into the contract's shape (0/1 flags to booleans). */
  decode<T>(row: Record<string, unknown>): T;
}

export function caseSelect(fields: readonly CaseFieldName[]): CaseSelect {
  const columns: string[] = ['c.id AS id'];
  const flags: string[] = [];
  for (const field of fields) {
    const row = caseFieldRow(field);
    columns.push(`c.${row.column} AS ${field}`);
    if (row.kind === 'flag') flags.push(field);
  }
  const wanted = new Set<CaseFieldName>(fields);
  for (const { field, names } of NAME_FIELDS) {
    if (!wanted.has(field)) continue;
    const row = caseFieldRow(field);
    const target = REFERENCED[row.kind];
    if (!target) throw new Error(`No table to read the name of ${field} (${row.kind}) from`);
    // A lookup per name rather than a LEFT JOIN (the same row: ids are unique): with the joins SQLite read the
    // wide case row's columns again after every other table's seek, 80 µs a join on the case page and the list.
    columns.push(`coalesce((SELECT ${target.name} FROM ${target.table} WHERE id = c.${row.column}), '') AS ${names}`);
  }
  return {
    columns: columns.join(', '),
    decode<T>(row: Record<string, unknown>): T {
      for (const flag of flags) row[flag] = row[flag] === 1 || row[flag] === true;
      return row as T;
    },
  };
}
