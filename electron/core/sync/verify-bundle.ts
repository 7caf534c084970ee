/**
 * Reading a sync file record by record with every structural check: the
 * manifest first, changes in order per desk, attachment files matching
 * their hashes, and an end record whose totals and digest match what came
 * before. Callers look at the content through the visitor.
 */
import { createHash } from 'node:crypto';
import { sha256Hex } from '../attachments/blob-store';
import { FrameReader } from './bundle-format';
import { changeLine, decodeRecord, type ChangeTuple, type Manifest } from './records';
import { SyncError } from './sync-error';

export interface BundleVisitor {
  manifest?(manifest: Manifest): void;
  changes?(changes: ChangeTuple[]): void;
  blob?(sha256: string, bytes: Buffer): void;
}

export interface BundleSummary {
  manifest: Manifest;
  changes: number;
  blobs: number;
  encrypted: boolean;
}

export function readBundle(path: string, passphrase: string | null, visitor: BundleVisitor = {}): BundleSummary {
  const reader = new FrameReader(path);
  try {
    const { encrypted } = reader.open(passphrase);
    let manifest: Manifest | null = null;
    let changes = 0;
    let blobs = 0;
    let ended = false;
    const lastSeq = new Map<string, number>();
    const digest = createHash('sha256');
    for (let plain = reader.next(); plain !== null; plain = reader.next()) {
      const record = decodeRecord(plain);
      if (ended) throw new SyncError('CORRUPT', 'The sync file has parts after its end');
      if (!manifest && record.type !== 'manifest') throw new SyncError('CORRUPT', 'The sync file does not start with its description');
      switch (record.type) {
        case 'manifest':
          if (manifest) throw new SyncError('CORRUPT', 'The sync file has two descriptions');
          manifest = record.manifest;
          visitor.manifest?.(manifest);
          break;
        case 'changes':
          for (const change of record.changes) {
            // Strictly increasing per desk: no change appears twice in one file.
            if (change[1] <= (lastSeq.get(change[0]) ?? 0)) throw new SyncError('CORRUPT', 'The sync file repeats or reorders changes');
            lastSeq.set(change[0], change[1]);
            digest.update(changeLine(change)).update('\n');
          }
          changes += record.changes.length;
          visitor.changes?.(record.changes);
          break;
        case 'blob':
          if (sha256Hex(record.bytes) !== record.sha256) throw new SyncError('CORRUPT', 'An attachment in the sync file is damaged');
          blobs += 1;
          visitor.blob?.(record.sha256, record.bytes);
          break;
        case 'end': {
          const end = record.end;
          if (end.changes !== changes || end.blobs !== blobs || end.digest !== digest.digest('hex')) {
            throw new SyncError('CORRUPT', 'The sync file’s totals do not match its content');
          }
          if (manifest!.counts.changes !== changes || manifest!.counts.blobs !== blobs) {
            throw new SyncError('CORRUPT', 'The sync file’s description does not match its content');
          }
          ended = true;
          break;
        }
      }
    }
    if (!manifest || !ended) throw new SyncError('TRUNCATED', 'The sync file ends before its last part');
    return { manifest, changes, blobs, encrypted };
  } finally {
    reader.close();
  }
}

export function verifyBundleFile(path: string, passphrase: string | null): BundleSummary {
  return readBundle(path, passphrase);
}
