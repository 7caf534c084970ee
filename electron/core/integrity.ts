/**
 * `check`: is this desk's database whole and consistent? SQLite's own
 * check, then ours: every current value points at a change that exists,
 * nothing is both current and superseded, every projected row is what its
 * changes say, the search index covers every case, and every attachment
 * file is on disk (a missing one is a warning: it may still be on its way
 * from another desk).
 */
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
  const danglingHeads = db
    .prepare('SELECT count(*) FROM heads h WHERE NOT EXISTS (SELECT 1 FROM changes c WHERE c.desk_id = h.change_desk_id AND c.seq = h.change_seq)')
    .pluck()
    .get() as number;
  if (danglingHeads) problems.push(`${danglingHeads} current value(s) point at changes that do not exist`);
  const supersededHeads = db
    .prepare(
      `SELECT count(*) FROM heads h WHERE EXISTS (SELECT 1 FROM supersessions s
         WHERE s.superseded_desk_id = h.change_desk_id AND s.superseded_seq = h.change_seq
           AND EXISTS (SELECT 1 FROM changes c WHERE c.desk_id = s.by_desk_id AND c.seq = s.by_seq))`,
    )
    .pluck()
    .get() as number;
  if (supersededHeads) problems.push(`${supersededHeads} current value(s) were already replaced by a later change`);
  for (const trigger of ['changes_no_update', 'changes_no_delete']) {
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?").get(trigger)) {
      problems.push(`the change log is no longer protected against edits (${trigger} is missing)`);
    }
  }

  // Re-project every entity inside a transaction that is rolled back, and compare.
  const entities = db.prepare('SELECT DISTINCT entity, entity_id AS id FROM changes').all() as { entity: string; id: string }[];
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
  if (indexed !== searchable) problems.push(`the search index covers ${indexed} cases, but ${searchable} are searchable`);
  const missing = (db.prepare('SELECT DISTINCT sha256 FROM attachments WHERE deleted = 0').pluck().all() as string[]).filter(
    (sha) => !hasBlob(dataDir, sha),
  );
  if (missing.length) warnings.push(`${missing.length} attachment file(s) have not arrived at this desk yet`);
  return {
    ok: problems.length === 0,
    problems,
    warnings,
    counts: { changes: db.prepare('SELECT count(*) FROM changes').pluck().get() as number, cases, entities: entities.length },
  };
}
