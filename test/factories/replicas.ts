/** Several desks in one test: each a real core on its own folder, exchanging real sync files. */
import { join } from 'node:path';
import type { Db } from '../../electron/core/db/connection';
import type { Core } from '../../electron/core/open-core';
import { joinWithOpenedInvitation } from '../../electron/core/desk/setup';
import { issueInvitation } from '../../electron/core/sync/invitation';
import { createUser } from '../../electron/core/users/users';
import { exportBundle } from '../../electron/core/sync/export-bundle';
import { importBundle } from '../../electron/core/sync/import-bundle';
import { newId } from '../../electron/core/ids';
import { openTestCore, tempDir } from './core';

/** Tables that are the same on every desk once they have exchanged everything (desk-local ones left out). */
const SYNCED_TABLES: Record<string, string> = {
  changes: 'desk_id, seq',
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
  desk_certs: 'desk_id',
};

/**
 * Everything synced, as canonical text, for comparing desks (local row ids left out, and the chain links a
 * desk keeps of changes: which of them it keeps depends on how the changes came, chain-links.ts). The change
 * log is compared one row per change (the `changes` view): how a desk groups them into entries depends on how
 * the files that brought them were cut.
 */
export function replicaState(db: Db): string {
  const parts: string[] = [];
  for (const [table, order] of Object.entries(SYNCED_TABLES)) {
    const rows = db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).all() as Record<string, unknown>[];
    for (const row of rows) {
      delete row.rowid;
      if (table === 'changes') delete row.link;
      parts.push(`${table} ${JSON.stringify(row)}`);
    }
  }
  return parts.join('\n');
}

export interface Desk {
  code: string;
  core: Core;
}

/**
 * A desk not set up yet joins `from`'s organisation as a manager's invitation would have it (the
 * invitation's content and a full file, without the passphrase sealing, which costs a deliberate tenth of
 * a second: invitation.test.ts covers it), then its first person is added, signed in.
 */
export function joinDesk(from: Core, core: Core, code: string, options: { replacesLostDesk?: boolean; person?: string | null } = {}): Core {
  joinWithOpenedInvitation(core, {
    deskCode: code,
    invitation: issueInvitation(from),
    syncPath: exchangeFile(from, { full: true }),
    replacesLostDesk: options.replacesLostDesk,
  });
  if (options.person !== null) {
    core.db.transaction(() => {
      core.session.userId = createUser(core, { name: options.person ?? `${code}前台`, role: 'manager', selfRecorded: true }).id;
    })();
  }
  return core;
}

/** Desk A sets up the organisation; the others join it with A's invitation. */
export function openDesks(codes: readonly string[], now?: () => number): Desk[] {
  const [first, ...rest] = codes;
  const a: Desk = { code: first!, core: openTestCore({ deskCode: first!, now }) };
  const desks = [a];
  for (const code of rest) desks.push({ code, core: joinDesk(a.core, openTestCore({ deskCode: code, now, setup: false }), code) });
  return desks;
}

export function exchangeFile(from: Core, options: { full?: boolean; toDeskId?: string } = {}): string {
  const path = join(tempDir('cdsync-'), `${newId()}.cdsync`);
  exportBundle(from, { outPath: path, ...options });
  return path;
}

/** From → to, one file; `acceptClockAhead` as a manager at `to` takes a file dated days ahead of its clock. */
export function sync(from: Core, to: Core, options: { full?: boolean; acceptClockAhead?: boolean } = {}) {
  const { acceptClockAhead, ...fileOptions } = options;
  return importBundle(to, { path: exchangeFile(from, fileOptions), acceptClockAhead });
}
