/**
 * Which desk id holds which desk code. A code belongs to one desk at a
 * time; a desk restored from a backup goes on under a new id with the same
 * code, and its old id is marked `replaced_by` the new one, here and in
 * every file it sends, so the other desks see a succession, not a clash.
 */
import type { Db } from '../db/connection';
import type { Manifest } from './records';
import { SyncError } from './sync-error';

type KnownDesk = Manifest['desks'][number];

export function knownDesks(db: Db): KnownDesk[] {
  const rows = db.prepare('SELECT desk_id AS deskId, desk_code AS deskCode, replaced_by AS replacedBy FROM desks ORDER BY desk_id').all() as {
    deskId: string;
    deskCode: string;
    replacedBy: string | null;
  }[];
  return rows.map(({ replacedBy, ...desk }) => (replacedBy ? { ...desk, replacedBy } : desk));
}

/**
 * The desk in the file that holds `deskCode` (and was not itself replaced): the one a desk rebuilt after
 * losing its disk takes over from.
 */
export function holderOfCode(manifest: Manifest, deskCode: string): string | null {
  const holder = [manifest.sender, ...manifest.desks].find(
    (desk) => desk.deskCode === deskCode && !manifest.desks.some((d) => d.deskId === desk.deskId && d.replacedBy),
  );
  return holder?.deskId ?? null;
}

/**
 * Refuses a file in which a desk code is held by two desk ids, neither of which took over from the other.
 * `succeeding` names a desk this one is taking over from (a rebuild after a lost disk).
 */
export function assertNoCodeClash(db: Db, me: { deskId: string; deskCode: string }, manifest: Manifest, succeeding: string | null = null): void {
  const replaced = new Set<string>(succeeding ? [succeeding] : []);
  for (const desk of [...knownDesks(db), ...manifest.desks]) if (desk.replacedBy) replaced.add(desk.deskId);
  const holders = new Map<string, string>();
  for (const desk of knownDesks(db)) if (!replaced.has(desk.deskId)) holders.set(desk.deskCode, desk.deskId);
  holders.set(me.deskCode, me.deskId);
  for (const desk of [manifest.sender, ...manifest.desks]) {
    if (replaced.has(desk.deskId)) continue;
    const holder = holders.get(desk.deskCode);
    if (holder && holder !== desk.deskId) {
      throw new SyncError('DESK_CODE_CLASH', `Two different desks use the code ${desk.deskCode}: give one of them another code`);
    }
  }
}

/** Learns the desks a file names, and which of them were replaced by which. */
export function rememberDesks(db: Db, manifest: Manifest): void {
  const add = db.prepare('INSERT OR IGNORE INTO desks (desk_id, desk_code) VALUES (?, ?)');
  const replace = db.prepare('UPDATE desks SET replaced_by = ? WHERE desk_id = ? AND replaced_by IS NULL');
  for (const desk of [manifest.sender, ...manifest.desks]) add.run(desk.deskId, desk.deskCode);
  for (const desk of manifest.desks) if (desk.replacedBy) replace.run(desk.replacedBy, desk.deskId);
}

/** This desk goes on under `newDeskId`: its old id is marked replaced, the new one holds the code. */
export function recordSuccession(db: Db, oldDeskId: string, newDeskId: string, deskCode: string): void {
  db.prepare('INSERT OR IGNORE INTO desks (desk_id, desk_code) VALUES (?, ?)').run(oldDeskId, deskCode);
  db.prepare('UPDATE desks SET replaced_by = ? WHERE desk_id = ?').run(newDeskId, oldDeskId);
  db.prepare('INSERT OR REPLACE INTO desks (desk_id, desk_code, replaced_by) VALUES (?, ?, NULL)').run(newDeskId, deskCode);
}
