/** What each other desk is known to have, learned from the files it sent. */
import type { Db } from '../db/connection';
import type { VersionVector } from './version-vector';

export interface Peer {
  deskId: string;
  deskCode: string;
  vector: VersionVector;
  lastSeenAt: number;
}

export function knownPeers(db: Db): Peer[] {
  const rows = db.prepare('SELECT desk_id AS deskId, desk_code AS deskCode, vector, last_seen_at AS lastSeenAt FROM peers').all() as {
    deskId: string;
    deskCode: string;
    vector: string;
    lastSeenAt: number;
  }[];
  return rows.map((row) => ({ ...row, vector: JSON.parse(row.vector) as VersionVector }));
}

/** Keeps the highest of what we knew and what the peer now says it has. */
export function rememberPeer(db: Db, deskId: string, deskCode: string, vector: VersionVector, at: number): void {
  const known = knownPeers(db).find((p) => p.deskId === deskId)?.vector ?? {};
  const merged: VersionVector = { ...known };
  for (const [desk, seq] of Object.entries(vector)) merged[desk] = Math.max(merged[desk] ?? 0, seq);
  db.prepare(
    `INSERT INTO peers (desk_id, desk_code, vector, last_seen_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (desk_id) DO UPDATE SET desk_code = excluded.desk_code, vector = excluded.vector, last_seen_at = excluded.last_seen_at`,
  ).run(deskId, deskCode, JSON.stringify(merged), at);
}
