/** Several desks in one test: each a real core on its own folder, exchanging real sync files. */
import { join } from 'node:path';
import type { Db } from '../../electron/core/db/connection';
import type { Core } from '../../electron/core/open-core';
import { completeSetup } from '../../electron/core/desk/setup';
import { exportBundle } from '../../electron/core/sync/export-bundle';
import { importBundle } from '../../electron/core/sync/import-bundle';
import { newId } from '../../electron/core/ids';
import { openTestCore, tempDir } from './core';

/** Tables that are the same on every desk once they have exchanged everything (desk-local ones left out). */
const SYNCED_TABLES: Record<string, string> = {
  changes: 'desk_id, seq',
  heads: 'entity_id, field, change_desk_id, change_seq',
  supersessions: 'superseded_desk_id, superseded_seq, by_desk_id, by_seq',
  field_conflicts: 'entity_id, field',
  cases: 'id',
  users: 'id',
  sites: 'id',
  departments: 'id',
  categories: 'id',
  deadline_rules: 'id',
  calendar_days: 'id',
  settings: 'id',
  case_events: 'id',
  followups: 'id',
  attachments: 'id',
  case_groups: 'id',
  callbacks: 'id',
  callback_attempts: 'id',
  access_log: 'id',
  team_members: 'id',
  measures: 'id',
  contractors: 'id',
  rectification_notices: 'id',
  fines: 'id',
  claims: 'id',
  desks: 'desk_id',
};

/** Everything synced, as canonical text, for comparing desks (local row ids left out). */
export function replicaState(db: Db): string {
  const parts: string[] = [];
  for (const [table, order] of Object.entries(SYNCED_TABLES)) {
    const rows = db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).all() as Record<string, unknown>[];
    for (const row of rows) {
      delete row.rowid;
      parts.push(`${table} ${JSON.stringify(row)}`);
    }
  }
  return parts.join('\n');
}

export interface Desk {
  code: string;
  core: Core;
}

/** Desk A sets up the organisation; the others set up and join it from A's first file. */
export function openDesks(codes: readonly string[], now?: () => number): Desk[] {
  const [first, ...rest] = codes;
  const a: Desk = { code: first!, core: openTestCore({ deskCode: first!, now }) };
  const desks = [a];
  for (const code of rest) {
    const core = openTestCore({ deskCode: code, now, setup: false });
    completeSetup(core, { orgName: `${code} 临时`, deskCode: code, firstUserName: `${code}前台` });
    const file = exchangeFile(a.core, { full: true });
    importBundle(core, { path: file, join: true });
    desks.push({ code, core });
  }
  return desks;
}

export function exchangeFile(from: Core, options: { full?: boolean; passphrase?: string; toDeskId?: string } = {}): string {
  const path = join(tempDir('cdsync-'), `${newId()}.cdsync`);
  exportBundle(from, { outPath: path, ...options });
  return path;
}

/** From → to, one file; `acceptClockAhead` as a manager at `to` takes a file dated days ahead of its clock. */
export function sync(from: Core, to: Core, options: { full?: boolean; passphrase?: string; acceptClockAhead?: boolean } = {}) {
  const { acceptClockAhead, ...fileOptions } = options;
  return importBundle(to, { path: exchangeFile(from, fileOptions), passphrase: options.passphrase ?? null, acceptClockAhead });
}
