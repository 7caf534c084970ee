/**
 * Signed heads: per desk, a signature over the link of the latest change of
 * that desk this desk holds (change-chain.ts). A desk signs its own head
 * when it writes a file; heads of other desks are kept as their files
 * brought them, so they can be passed on with the changes they vouch for.
 *
 * Changes written before desks had keys are vouched for, once, by the desk
 * that got the organisation's key (an upgraded desk attests what it held
 * then): such a `legacy` head is accepted only for changes stamped before
 * the attesting desk had its key.
 */
import type { Db } from '../db/connection';
import { signText, verifyText, type SigningKeyPair } from '../crypto/desk-signing';
import { linkAt } from './chain-links';
import type { VersionVector } from './version-vector';
import type { FileHead } from './records';

export type { FileHead };

export interface SignedHead {
  deskId: string;
  seq: number;
  link: Buffer;
  signer: string;
  legacy: boolean;
  signature: string;
}

export function headText(groupId: string, head: { deskId: string; seq: number; link: string; legacy: boolean }): string {
  return `complaint-desk head\n${groupId}\n${head.deskId}\n${head.seq}\n${head.link}\n${head.legacy ? 'legacy' : 'own'}`;
}

export function verifyHead(groupId: string, head: FileHead, signerKey: string): boolean {
  return verifyText(signerKey, headText(groupId, head), head.signature);
}

export function signedHeadOf(db: Db, deskId: string): SignedHead | null {
  const row = db.prepare('SELECT desk_id AS deskId, seq, link, signer, legacy, signature FROM signed_heads WHERE desk_id = ?').get(deskId) as
    | (Omit<SignedHead, 'legacy'> & { legacy: number })
    | undefined;
  return row ? { ...row, legacy: row.legacy === 1 } : null;
}

export function storeHead(db: Db, head: SignedHead): void {
  db.prepare(
    `INSERT INTO signed_heads (desk_id, seq, link, signer, legacy, signature) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (desk_id) DO UPDATE SET seq = excluded.seq, link = excluded.link, signer = excluded.signer,
       legacy = excluded.legacy, signature = excluded.signature`,
  ).run(head.deskId, head.seq, head.link, head.signer, head.legacy ? 1 : 0, head.signature);
}

function signHead(db: Db, groupId: string, signer: { deskId: string; pair: SigningKeyPair }, deskId: string, seq: number, legacy: boolean): SignedHead | null {
  const link = linkAt(db, deskId, seq);
  if (!link) return null;
  const signature = signText(signer.pair.privateKey, headText(groupId, { deskId, seq, link: link.toString('hex'), legacy }));
  const head = { deskId, seq, link, signer: signer.deskId, legacy, signature };
  storeHead(db, head);
  return head;
}

/** This desk's head at its latest change, signed now if it has written since it last signed. */
export function ownHead(db: Db, groupId: string, me: { deskId: string; pair: SigningKeyPair }, top: number): SignedHead | null {
  if (top === 0) return null;
  const held = signedHeadOf(db, me.deskId);
  if (held && held.seq === top && !held.legacy) return held;
  return signHead(db, groupId, me, me.deskId, top, false);
}

/**
 * When a desk gets the organisation's key: it vouches for the other desks' changes it holds from before
 * (no desk had a key then), so it can pass them on to desks that join later.
 */
export function attestLegacyChanges(db: Db, groupId: string, me: { deskId: string; pair: SigningKeyPair }, vector: VersionVector): void {
  for (const [deskId, seq] of Object.entries(vector)) {
    if (seq === 0 || deskId === me.deskId || signedHeadOf(db, deskId)) continue;
    signHead(db, groupId, me, deskId, seq, true);
  }
}
