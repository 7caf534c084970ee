/**
 * The sync group: the organisation a desk belongs to. Desks exchange files
 * only within one group; a new desk joins by taking the group of the first
 * file it imports, while it has no complaints of its own.
 */
import type { Db } from '../db/connection';
import { readDesk } from '../desk/desk';

export interface SyncIdentity {
  groupId: string;
  orgName: string;
  deskId: string;
  deskCode: string;
}

/** This desk's group (set when the desk was created) and names. */
export function syncIdentity(db: Db): SyncIdentity {
  const groupId = db.prepare('SELECT group_id FROM desk').pluck().get() as string | null;
  if (!groupId) throw new Error('this desk has no sync group');
  const desk = readDesk(db);
  return { groupId, orgName: desk.orgName ?? '', deskId: desk.deskId, deskCode: desk.deskCode ?? '' };
}

export function mayJoinAnotherGroup(db: Db): boolean {
  // EXISTS stops at the first case; count(*) would walk all of them on every look at the sync screen.
  return db.prepare('SELECT NOT EXISTS (SELECT 1 FROM cases)').pluck().get() === 1;
}

export function joinGroup(db: Db, groupId: string, orgName: string): void {
  db.prepare('UPDATE desk SET group_id = ?, org_name = ?').run(groupId, orgName);
}
