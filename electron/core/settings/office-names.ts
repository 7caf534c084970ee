import type { OfficeNames } from '../../../shared/vocabulary/words';
import type { Db } from '../db/connection';
import { prepared } from '../db/prepared';

/**
 * The names the office gave its codes in Settings: categories it added or
 * renamed. Printing, statistics and exports pass these to `codeWord`, so a
 * renamed category reads the same on paper as on screen.
 */
export function officeNames(db: Db): OfficeNames {
  const rows = prepared(db, "SELECT id, name FROM categories WHERE deleted = 0 AND name <> ''").all() as { id: string; name: string }[];
  return { category: Object.fromEntries(rows.map((row) => [row.id, row.name])) };
}
