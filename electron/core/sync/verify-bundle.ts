/**
 * Reading a sync file record by record with every structural check: the
 * manifest first, changes in order per desk, attachment files matching
 * their hashes, and an end record whose totals and digest match what came
 * before. Callers look at the content through the visitor.
 *
 * A second reading of a file that passed (the import's applying pass) names
 * the first reading's seals: every frame must carry the same seal, so the
 * bytes are the ones checked, and the per-change checks are not repeated.
 */
import { createHash } from 'node:crypto';
import { sha256Hex } from '../attachments/blob-store';
import { FrameReader } from './bundle-format';
import type { KeyRing } from '../crypto/org-key';
import { changeLine, decodeRecord, RECORD, type ChangeTuple, type Manifest } from './records';
import { SyncError } from './sync-error';

export interface BundleVisitor {
  /** The manifest, with the exact text its sender signed and the signature. */
  manifest?(manifest: Manifest, signed: { json: string; signature: string }): void;
  /** A batch of changes; on a first reading, with each change's canonical line (worked out once, for the digest and the chains). */
  changes?(changes: ChangeTuple[], lines: string[] | null): void;
  blob?(sha256: string, bytes: Buffer): void;
}

export interface BundleSummary {
  manifest: Manifest;
  changes: number;
  blobs: number;
  /** Each frame's seal, in order: what a second reading of the same bytes must find. */
  seals: Buffer[];
}

/**
 * The most a frame of changes may hold unpacked: writers cut them at 32,000 characters, and a single
 * change is at most a few hundred KB (change-values.ts), so anything near this is not from a desk.
 */
const MAX_CHANGES_FRAME = 4 * 1024 * 1024;

function moreThanDeclared(what: string): SyncError {
  return new SyncError('TOO_LARGE', `The sync file holds more ${what} than its description declares`);
}

function changedSinceChecked(): SyncError {
  return new SyncError('CORRUPT', 'The sync file changed while it was being imported');
}

export function readBundle(
  path: string,
  keys: KeyRing,
  visitor: BundleVisitor = {},
  sameAs: readonly Buffer[] | null = null,
): BundleSummary {
  const reader = new FrameReader(path);
  try {
    reader.open(keys);
    let manifest: Manifest | null = null;
    let changes = 0;
    let blobs = 0;
    let ended = false;
    const lastSeq = new Map<string, number>();
    const digest = createHash('sha256');
    const seals: Buffer[] = [];
    for (let plain = reader.next(); plain !== null; plain = reader.next()) {
      const seal = reader.lastSeal!;
      if (sameAs && !sameAs[seals.length]?.equals(seal)) throw changedSinceChecked();
      seals.push(seal);
      if (plain[0] === RECORD.changes && plain.length > MAX_CHANGES_FRAME) {
        throw new SyncError('TOO_LARGE', 'A part of the sync file holds more changes than any desk writes at once');
      }
      const record = decodeRecord(plain, sameAs === null);
      if (ended) throw new SyncError('CORRUPT', 'The sync file has parts after its end');
      if (!manifest && record.type !== 'manifest') throw new SyncError('CORRUPT', 'The sync file does not start with its description');
      switch (record.type) {
        case 'manifest':
          if (manifest) throw new SyncError('CORRUPT', 'The sync file has two descriptions');
          manifest = record.manifest;
          visitor.manifest?.(manifest, { json: record.json, signature: record.signature });
          break;
        case 'changes': {
          const lines = sameAs ? null : record.changes.map(changeLine);
          if (lines) {
            for (const change of record.changes) {
              // Strictly increasing per desk: no change appears twice in one file.
              if (change[1] <= (lastSeq.get(change[0]) ?? 0)) throw new SyncError('CORRUPT', 'The sync file repeats or reorders changes');
              lastSeq.set(change[0], change[1]);
            }
            // Each line followed by a newline, as the writer hashed them: one update per frame, not two per change.
            if (lines.length > 0) digest.update(`${lines.join('\n')}\n`);
          }
          changes += record.changes.length;
          // Declared up front and enforced as the file is read: what a file costs is known before it is paid.
          if (changes > manifest!.counts.changes) throw moreThanDeclared('changes');
          visitor.changes?.(record.changes, lines);
          break;
        }
        case 'blob':
          if (sha256Hex(record.bytes) !== record.sha256) throw new SyncError('CORRUPT', 'An attachment in the sync file is damaged');
          blobs += 1;
          if (blobs > manifest!.counts.blobs) throw moreThanDeclared('attachment files');
          visitor.blob?.(record.sha256, record.bytes);
          break;
        case 'end': {
          const end = record.end;
          if (end.changes !== changes || end.blobs !== blobs || (!sameAs && end.digest !== digest.digest('hex'))) {
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
    if (sameAs && sameAs.length !== seals.length) throw changedSinceChecked();
    return { manifest, changes, blobs, seals };
  } finally {
    reader.close();
  }
}

export function verifyBundleFile(path: string, keys: KeyRing): BundleSummary {
  return readBundle(path, keys);
}
