import type { Db } from '../db/connection';
import { newId } from '../ids';
import { prepared } from '../db/prepared';

export interface DeskRow {
  deskId: string;
  deskCode: string | null;
  orgName: string | null;
  setupDone: boolean;
}

/** This install's identity, created with a fresh random desk id the first time the file is opened. */
export function ensureDesk(db: Db): DeskRow {
  db.prepare('INSERT OR IGNORE INTO desk (singleton, desk_id, group_id) VALUES (1, ?, ?)').run(newId(), newId());
  return readDesk(db);
}

export function readDesk(db: Db): DeskRow {
  const row = prepared(db, 'SELECT desk_id AS deskId, desk_code AS deskCode, org_name AS orgName, setup_done AS setupDone FROM desk').get() as {
    deskId: string;
    deskCode: string | null;
    orgName: string | null;
    setupDone: number;
  };
  return { ...row, setupDone: row.setupDone === 1 };
}

export function saveDeskSetup(db: Db, deskId: string, orgName: string, deskCode: string): void {
  db.prepare('UPDATE desk SET org_name = ?, desk_code = ?, setup_done = 1').run(orgName, deskCode);
  db.prepare('INSERT OR REPLACE INTO desks (desk_id, desk_code) VALUES (?, ?)').run(deskId, deskCode);
}
