/**
 * Sync files crafted for tests of what an import refuses: an honest export is read back record by
 * record, changed as the test says, and written again through the app's own writer (FrameWriter and
 * the record encoders), with totals and digest made to match, so each file fails only for the reason
 * it was made for.
 */
import { closeSync, openSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { FrameWriter, newSealing } from '../../electron/core/sync/bundle-format';
import { blobRecord, changeLine, jsonRecord, record, RECORD, type ChangeTuple, type Manifest } from '../../electron/core/sync/records';
import { readBundle } from '../../electron/core/sync/verify-bundle';

export interface SyncFileContent {
  manifest: Manifest;
  changes: ChangeTuple[];
  blobs: { sha256: string; bytes: Buffer }[];
}

export function readSyncFile(path: string, passphrase: string | null = null): SyncFileContent {
  let manifest: Manifest | null = null;
  const changes: ChangeTuple[] = [];
  const blobs: SyncFileContent['blobs'] = [];
  readBundle(path, passphrase, {
    manifest: (m) => (manifest = m),
    changes: (batch) => changes.push(...batch),
    blob: (sha256, bytes) => blobs.push({ sha256, bytes: Buffer.from(bytes) }),
  });
  return { manifest: manifest!, changes, blobs };
}

export interface CraftOptions {
  passphrase?: string | null;
  /** Counts in the manifest as given, not made to match (to declare fewer than the file holds). */
  keepCounts?: boolean;
  /** Extra frames, already deflated, written after the changes (a part that unpacks to gigabytes). */
  packedFrames?: Buffer[];
}

export function writeSyncFile(path: string, content: SyncFileContent, options: CraftOptions = {}): string {
  const manifest: Manifest = options.keepCounts
    ? content.manifest
    : { ...content.manifest, counts: { changes: content.changes.length, blobs: content.blobs.length } };
  const fd = openSync(path, 'w');
  try {
    const writer = new FrameWriter(fd, newSealing(options.passphrase ?? null));
    writer.frame(jsonRecord(RECORD.manifest, manifest));
    const digest = createHash('sha256');
    for (let i = 0; i < content.changes.length; i += 50) {
      const batch = content.changes.slice(i, i + 50);
      for (const change of batch) digest.update(changeLine(change)).update('\n');
      writer.frame(record(RECORD.changes, Buffer.from(JSON.stringify(batch), 'utf8')));
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
