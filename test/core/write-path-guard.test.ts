import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const PROJECTED_TABLES = ['cases', 'users', 'heads', 'changes', 'log_entries', 'log_ids', 'case_search', 'sites', 'departments', 'categories', 'deadline_rules', 'calendar_days', 'settings', 'case_events', 'followups', 'attachments', 'case_groups', 'callbacks', 'callback_attempts', 'access_log', 'supersessions', 'field_conflicts'];
/**
 * The only modules allowed to write synced tables: the change log and how it
 * stores its entries, the projections it calls, and sync's import of others' changes.
 */
const ALLOWED = new Set([
  'electron/core/changes/change-log.ts',
  // Stores the change log's entries (change-log.ts and apply-changes.ts write through it), and keeps a link.
  'electron/core/changes/log-entries.ts',
  // Lists the fields where desks disagree (field_conflicts), from the heads it works out.
  'electron/core/changes/entity-heads.ts',
  'electron/core/sync/apply-changes.ts',
  'electron/core/cases/case-projection.ts',
  // Writes each case's name key again (a column the projection works out from the name) when the ICU ranking it changed.
  'electron/core/cases/name-keys.ts',
  // Writes the search index again from the case rows, as the projection indexes them (migration 22).
  'electron/core/cases/search-rebuild.ts',
  'electron/core/changes/table-projection.ts',
  'electron/core/db/migrations/001-initial.ts',
  'electron/core/db/migrations/004-sync.ts',
  // Works out the new phone_key column and the search entries of the cases already in the book.
  'electron/core/db/migrations/009-set-aside-and-email.ts',
  // Fill in a change's link in its desk's hash chain (only a missing one: a trigger refuses the rest).
  'electron/core/sync/chain-links.ts',
  'electron/core/db/migrations/017-signed-sync.ts',
  'electron/core/db/migrations/018-log-entries.ts',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('one write path', () => {
  it('lets no other module write the change log or the tables projected from it', () => {
    const writes = new RegExp(`\\b(INSERT\\s+(OR\\s+\\w+\\s+)?INTO|UPDATE|DELETE\\s+FROM|REPLACE\\s+INTO)\\s+(${PROJECTED_TABLES.join('|')})\\b`, 'i');
    const offenders = ['electron', 'shared', 'renderer']
      .flatMap((dir) => sourceFiles(join(root, dir)))
      .map((file) => relative(root, file).replaceAll('\\', '/'))
      .filter((file) => !ALLOWED.has(file) && writes.test(readFileSync(join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
