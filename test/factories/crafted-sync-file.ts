/**
 * Sync files crafted for tests of what an import refuses: an honest export is read back record by
 * record, changed as the test says, and written again through the app's own writer (FrameWriter and
 * the record encoders), with totals and digest made to match, so each file fails only for the reason
 * it was made for.
 *
 * Who seals and signs is the test's choice, one per kind of attacker:
 * - the sender's keys (default): the organisation key and the sending desk's signing key, so the
 *   file is refused for its content alone;
 * - `signWith: 'none'`: the organisation key was stolen, no desk's key: the manifest and heads keep the
 *   signatures they were read with;
 * - `signWith: pair`: a key of the attacker's own, signing as the sender;
 * - `sealWith`: another organisation's key.
 */
import { closeSync, openSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { FrameWriter, newSealing } from '../../electron/core/sync/bundle-format';
import { blobRecord, changeLine, changesRecord, jsonRecord, manifestRecord, manifestText, RECORD, type ChangeTuple, type FileHead, type Manifest } from '../../electron/core/sync/records';
import { readBundle } from '../../electron/core/sync/verify-bundle';
import { currentOrgKey, keyRing, type OrgKey } from '../../electron/core/crypto/org-key';
import { deskKeyPair, signText, type SigningKeyPair } from '../../electron/core/crypto/desk-signing';
import { linkOf } from '../../electron/core/sync/change-chain';
import { headText } from '../../electron/core/sync/signed-heads';
import { syncIdentity } from '../../electron/core/sync/sync-group';
import type { Core } from '../../electron/core/open-core';

export interface SyncFileContent {
  manifest: Manifest;
  changes: ChangeTuple[];
  blobs: { sha256: string; bytes: Buffer }[];
  /** The desk that wrote the file: its keys seal and sign a crafted copy unless the test says otherwise. */
  from: Core;
  /** The manifest exactly as signed, and the signature. */
  signed: { json: string; signature: string };
}

export function readSyncFile(path: string, from: Core): SyncFileContent {
  let manifest: Manifest | null = null;
  let signed = { json: '', signature: '' };
  const changes: ChangeTuple[] = [];
  const blobs: SyncFileContent['blobs'] = [];
  readBundle(path, keyRing(from.db), {
    manifest: (m, proof) => {
      manifest = m;
      signed = proof;
    },
    changes: (batch) => changes.push(...batch),
    blob: (sha256, bytes) => blobs.push({ sha256, bytes: Buffer.from(bytes) }),
  });
  return { manifest: manifest!, changes, blobs, from, signed };
}

export interface CraftOptions {
  /** Counts in the manifest as given, not made to match (to declare fewer than the file holds). */
  keepCounts?: boolean;
  /** Extra frames, already deflated, written after the changes (a part that unpacks to gigabytes). */
  packedFrames?: Buffer[];
  /** The organisation key to seal with; the sender's current one unless given. */
  sealWith?: OrgKey;
  /** Who signs the manifest and the sender's heads: the sender (default), nobody ('none'), or another key. */
  signWith?: 'sender' | 'none' | SigningKeyPair;
}

/** Heads made to match the (changed) changes, signed by `pair` as the sender; other desks' heads are kept. */
function resignedHeads(content: SyncFileContent, pair: SigningKeyPair): FileHead[] {
  const groupId = syncIdentity(content.from.db).groupId;
  const sender = content.manifest.sender.deskId;
  return content.manifest.heads.map((head) => {
    if (head.deskId !== sender || head.legacy) return head;
    let link: Buffer = Buffer.from(head.prev, 'hex');
    let seq = head.seq;
    for (const change of content.changes) {
      if (change[0] !== sender) continue;
      link = linkOf(link, change);
      seq = change[1];
    }
    const next = { ...head, seq, link: link.toString('hex') };
    return { ...next, signature: signText(pair.privateKey, headText(groupId, next)) };
  });
}

export function writeSyncFile(path: string, content: SyncFileContent, options: CraftOptions = {}): string {
  const signWith = options.signWith ?? 'sender';
  const pair = signWith === 'sender' ? deskKeyPair(content.from.db)! : signWith === 'none' ? null : signWith;
  const counted: Manifest = options.keepCounts
    ? content.manifest
    : { ...content.manifest, counts: { changes: content.changes.length, blobs: content.blobs.length } };
  const manifest: Manifest = pair ? { ...counted, heads: resignedHeads(content, pair) } : counted;
  const json = !pair && JSON.stringify(manifest) === JSON.stringify(JSON.parse(content.signed.json)) ? content.signed.json : JSON.stringify(manifest);
  const signature = pair ? signText(pair.privateKey, manifestText(json)) : content.signed.signature;
  const fd = openSync(path, 'w');
  try {
    const writer = new FrameWriter(fd, newSealing(options.sealWith ?? currentOrgKey(content.from.db)!));
    writer.frame(manifestRecord(json, signature));
    const digest = createHash('sha256');
    for (let i = 0; i < content.changes.length; i += 50) {
      const batch = content.changes.slice(i, i + 50);
      for (const change of batch) digest.update(changeLine(change)).update('\n');
      writer.frame(changesRecord(batch));
    }
    for (const packed of options.packedFrames ?? []) writer.packedFrame(packed);
    for (const blob of content.blobs) writer.frame(blobRecord(blob.sha256, blob.bytes));
    writer.frame(jsonRecord(RECORD.end, { changes: content.changes.length, blobs: content.blobs.length, digest: digest.digest('hex') }), true);
  } finally {
    closeSync(fd);
  }
  return path;
}

/** A copy of the content with one change replaced (by desk and number). */
export function withChange(content: SyncFileContent, pick: (change: ChangeTuple) => boolean, edit: (change: ChangeTuple) => ChangeTuple): SyncFileContent {
  let found = false;
  const changes = content.changes.map((change) => {
    if (found || !pick(change)) return change;
    found = true;
    return edit([...change] as ChangeTuple);
  });
  if (!found) throw new Error('no change matched');
  return { ...content, changes };
}
