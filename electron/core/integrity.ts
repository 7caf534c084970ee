/**
 * `check`: is this desk's database whole and consistent? SQLite's own
 * check, then ours: every current value points at a change that exists,
 * nothing is both current and superseded, every projected row is what its
 * changes say, the search index covers every case and marks the open ones,
 * and every attachment file is on disk (a missing one is a warning: it may
 * still be on its way from another desk).
 */
import { FINISHED_STATUSES, OPEN_MARK } from './cases/open-mark';
import { WAITING_CASES_SQL } from './cases/waiting-cases';
import type { Db } from './db/connection';
import { ENTITY_NAMES, projectEntityState, readEntityState, type EntityName } from './changes/projections';
import { hasBlob } from './attachments/blob-store';

export interface IntegrityReport {
  ok: boolean;
  problems: string[];
  warnings: string[];
  counts: { changes: number; cases: number; entities: number };
}

const PROJECTED_TABLE: Record<EntityName, string> = {
  case: 'cases',
  user: 'users',
  site: 'sites',
  department: 'departments',
  category: 'categories',
  deadline_rule: 'deadline_rules',
  calendar_day: 'calendar_days',
  setting: 'settings',
  case_event: 'case_events',
  followup: 'followups',
  attachment: 'attachments',
  case_group: 'case_groups',
  callback: 'callbacks',
  callback_attempt: 'callback_attempts',
  access_log: 'access_log',
  team_member: 'team_members',
  measure: 'measures',
  contractor: 'contractors',
  rectification_notice: 'rectification_notices',
  fine: 'fines',
  claim: 'claims',
};

function rowsOf(db: Db, table: string, id: string): string {
  const row = db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  if (row) delete row.rowid;
  return JSON.stringify(row ?? null);
}

export function checkIntegrity(db: Db, dataDir: string): IntegrityReport {
  const problems: string[] = [];
  const warnings: string[] = [];
  const sqlite = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
  if (sqlite.length !== 1 || sqlite[0]?.integrity_check !== 'ok') {
    problems.push(`SQLite integrity check: ${sqlite.map((r) => r.integrity_check).join('; ')}`);
  }
  const malformed = db.prepare('SELECT count(*) FROM log_entries WHERE NOT json_valid(body) OR json_array_length(body) <> n').pluck().get() as number;
  if (malformed) problems.push(`${malformed} entries of the change log are not readable`);
  for (const trigger of ['log_entries_no_update', 'log_entries_no_delete', 'log_entries_link_once']) {
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?").get(trigger)) {
      problems.push(`the change log is no longer protected against edits (${trigger} is missing)`);
    }
  }

  // Re-project every entity inside a transaction that is rolled back, and compare.
  const entities = db
    .prepare('SELECT DISTINCT e.entity, r.id FROM log_entries e JOIN log_ids r ON r.no = e.record')
    .all() as { entity: string; id: string }[];
  const mismatch = new Error('rollback');
  try {
    db.transaction(() => {
      for (const { entity, id } of entities) {
        if (!(ENTITY_NAMES as readonly string[]).includes(entity)) continue;
        const table = PROJECTED_TABLE[entity as EntityName];
        const before = rowsOf(db, table, id);
        const complete = projectEntityState(db, entity as EntityName, readEntityState(db, id));
        if (complete && rowsOf(db, table, id) !== before) problems.push(`${entity} ${id} does not match its recorded changes`);
      }
      throw mismatch;
    })();
  } catch (error) {
    if (error !== mismatch) throw error;
  }

  const cases = db.prepare('SELECT count(*) FROM cases WHERE deleted = 0').pluck().get() as number;
  // Voided and merged cases are searched by their rows, not the index (cases/case-search.ts).
  const searchable = db.prepare('SELECT count(*) FROM cases WHERE deleted = 0 AND excluded = 0').pluck().get() as number;
  const indexed = db.prepare('SELECT count(*) FROM case_search').pluck().get() as number;
  // New cases wait for their entries, a few dozen at most: the searchable cases above the mark (cases/waiting-cases.ts).
  const finished = FINISHED_STATUSES.map((status) => `'${status}'`).join(', ');
  const waiting = db
    .prepare(
      `SELECT count(*) AS searchable, count(CASE WHEN status NOT IN (${finished}) THEN 1 END) AS open
         FROM ${WAITING_CASES_SQL} AND deleted = 0 AND excluded = 0`,
    )
    .get() as { searchable: number; open: number };
  if (indexed + waiting.searchable !== searchable) {
    problems.push(`the search index covers ${indexed} cases and ${waiting.searchable} wait for their entries, but ${searchable} are searchable`);
  }
  // A search among the open cases is narrowed, and counted, by the index's open marks (cases/open-mark.ts).
  const open = db.prepare(`SELECT count(*) FROM cases WHERE deleted = 0 AND excluded = 0 AND status NOT IN (${finished})`).pluck().get() as number;
  const marked = db.prepare('SELECT count(*) FROM case_search WHERE case_search MATCH ?').pluck().get(OPEN_MARK) as number;
  if (marked + waiting.open !== open) problems.push(`the search index marks ${marked} cases open and ${waiting.open} wait, but ${open} are`);
  const missing = (db.prepare('SELECT DISTINCT sha256 FROM attachments WHERE deleted = 0').pluck().all() as string[]).filter(
    (sha) => !hasBlob(dataDir, sha),
  );
  if (missing.length) warnings.push(`${missing.length} attachment file(s) have not arrived at this desk yet`);
  return {
    ok: problems.length === 0,
    problems,
    warnings,
    counts: { changes: (db.prepare('SELECT coalesce(sum(n), 0) FROM log_entries').pluck().get() as number), cases, entities: entities.length },
  };
}
