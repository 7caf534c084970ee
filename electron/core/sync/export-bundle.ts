/**
 * Writing a sync file: everything the receiving desks have not confirmed
 * yet (or everything, on request), with the attachment files it names.
 * Written under a temporary name, flushed to the device, renamed, then read
 * back and checked, so a USB stick pulled out early never leaves a file
 * that looks whole.
 */
import { rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import type { CoreContext } from '../context';
import { knownDesks } from './desk-codes';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index';
import { hasBlob, readBlob } from '../attachments/blob-store';
import { newId } from '../ids';
import { writeWholeFile } from '../files/write-whole-file';
import { fileProblem } from '../files/file-errors';
import { FrameWriter, newSealing } from './bundle-format';
import { blobRecord, changeLine, jsonRecord, manifestRecord, manifestText, record, RECORD, WireEntries, type FileHead, type Manifest } from './records';
import { attachmentShas, changesOfDesk, countOfDesk } from '../changes/log-entries';
import { currentOrgKey, keyRing } from '../crypto/org-key';
import { deskKeyPair, signText, type SigningKeyPair } from '../crypto/desk-signing';
import { noOrgKey } from './bundle-format';
import { knownCerts } from './desk-certs';
import { ownHead, signedHeadOf } from './signed-heads';
import { linkAt } from './chain-links';
import { meet, versionVector, type VersionVector } from './version-vector';
import { syncIdentity } from './sync-group';
import { verifyBundleFile } from './verify-bundle';
import { knownPeers } from './peers';
import type { ProgressSink } from '../tasks/progress';

export const BUNDLE_EXTENSION = '.cdsync';
/**
 * Characters of JSON per frame of changes. A reader turns each frame into one string; strings much
 * larger than this go to V8's large-object space, fresh memory every time, which made decoding a
 * 100,000-case file six times slower (5.7 s instead of 0.95 s for 765 MB here).
 */
/**
 * A frame of changes holds entries up to this many characters: each frame is decoded as one string, and
 * larger strings go to V8's large-object space, fresh memory each time (decoding took twice as long in
 * frames of 100,000 characters). Each frame is packed with the end of the one before as its dictionary
 * (bundle-format.ts), so small frames pack as well as large ones: the changes of 2,000 demo cases are
 * 6.3 MB as format 2 wrote them (a tuple a change, deflate level 1), 1.9 MB as entries at level 6.
 */
export const FRAME_CHARS = 32_000;
/** Changes are text, packed once and read by every desk: worth deflate's default effort, unlike attachment files. */
const CHANGES_LEVEL = 6;

export interface ExportOptions {
  outPath: string;
  /** Everything this desk has, for a new desk or after a lost file. */
  full?: boolean;
  /** The desk the file is for; left out, it is for every desk this one has heard of. */
  toDeskId?: string;
  onProgress?: ProgressSink;
}

export interface ExportResult {
  path: string;
  changes: number;
  blobs: number;
  bytes: number;
  full: boolean;
}

/**
 * What the receivers already have, so it can be left out: the target desk's
 * last known vector, or what every desk this one has heard of has in common
 * (a desk never heard from counts as having nothing). A desk that receives
 * a file assuming more than it has refuses it (MISSING_EARLIER_CHANGES) and
 * asks for a full file.
 */
export function exportBase(ctx: CoreContext, full: boolean, toDeskId?: string): VersionVector {
  if (full) return {};
  const vectors = new Map(knownPeers(ctx.db).map((p) => [p.deskId, p.vector]));
  if (toDeskId) return vectors.get(toDeskId) ?? {};
  const others = (ctx.db.prepare('SELECT desk_id FROM desks WHERE desk_id <> ?').pluck().all(ctx.deskId) as string[]);
  return others.length === 0 ? {} : meet(others.map((desk) => vectors.get(desk) ?? {}));
}

/** The file-system refusals (full disk, no permission, a folder in the way) in words and codes. */
function writeSyncFile(path: string, temporary: string, write: (fd: number) => FrameWriter): FrameWriter {
  try {
    return writeWholeFile(path, temporary, write);
  } catch (error) {
    throw fileProblem(error, path);
  }
}

/**
 * Per desk, how far this desk can prove what it holds: its own changes up to its latest (signed now if
 * need be), another desk's up to the head it keeps for it. Files carry no more than that, with the link
 * each desk's run starts from and the head it ends at.
 */
function provableRuns(ctx: CoreContext, groupId: string, me: { deskId: string; pair: SigningKeyPair }, base: VersionVector) {
  const vector = versionVector(ctx.db);
  const tops: VersionVector = {};
  const heads: FileHead[] = [];
  for (const deskId of Object.keys(vector).sort()) {
    const head = deskId === me.deskId ? ownHead(ctx.db, groupId, me, vector[deskId]!) : signedHeadOf(ctx.db, deskId);
    const from = base[deskId] ?? 0;
    const prev = head && head.seq <= vector[deskId]! && head.seq > from ? linkAt(ctx.db, deskId, from) : null;
    if (!head || !prev) {
      // Nothing this desk can vouch for beyond what the receivers have (changes held past a hole from before keys).
      if (from > 0) tops[deskId] = from;
      continue;
    }
    tops[deskId] = head.seq;
    heads.push({ deskId, prev: prev.toString('hex'), seq: head.seq, link: head.link.toString('hex'), signer: head.signer, legacy: head.legacy, signature: head.signature });
  }
  return { vector: tops, heads };
}

export function exportBundle(ctx: CoreContext, options: ExportOptions): ExportResult {
  const identity = syncIdentity(ctx.db);
  const orgKey = currentOrgKey(ctx.db);
  const pair = deskKeyPair(ctx.db);
  if (!orgKey || !pair) throw noOrgKey();
  const base = exportBase(ctx, options.full === true, options.toDeskId);
  // It may write (this desk's head signed anew, a link worked out and kept): the write lock is taken first, so another
  // connection's commit between the reads and the first write cannot leave this one on an outdated snapshot.
  const { vector, heads } = ctx.db.transaction(() => provableRuns(ctx, identity.groupId, { deskId: identity.deskId, pair }, base)).immediate();
  const desks = Object.keys(vector).sort();
  // Up to the vector only: a desk with a hole in another's changes (an older version imported files with
  // gaps) sends what it holds without holes, which is what a receiving desk takes.
  const total = desks.reduce((sum, desk) => sum + countOfDesk(ctx.db, desk, base[desk] ?? 0, vector[desk]!), 0);
  const blobShas = new Set<string>();
  for (const desk of desks) {
    for (const sha of attachmentShas(ctx.db, desk, base[desk] ?? 0, vector[desk]!)) if (hasBlob(ctx.dataDir, sha)) blobShas.add(sha);
  }
  const manifest: Manifest = {
    format: 3,
    schemaVersion: LATEST_SCHEMA_VERSION,
    groupId: identity.groupId,
    orgName: identity.orgName,
    sender: { deskId: identity.deskId, deskCode: identity.deskCode },
    createdAt: ctx.now(),
    full: Object.keys(base).length === 0,
    vector,
    base,
    counts: { changes: total, blobs: blobShas.size },
    desks: knownDesks(ctx.db),
    certs: knownCerts(ctx.db),
    heads,
  };
  const manifestJson = JSON.stringify(manifest);

  const temporary = join(dirname(options.outPath), `.${basename(options.outPath)}.${newId()}.tmp`);
  const writer = writeSyncFile(options.outPath, temporary, (fd) => {
    const writer = new FrameWriter(fd, newSealing(orgKey));
    writer.frame(manifestRecord(manifestJson, signText(pair.privateKey, manifestText(manifestJson))));
    const digest = createHash('sha256');
    // Changes go as entries (records.ts); the digest is over each change's canonical line.
    const entries = new WireEntries();
    let texts: string[] = [];
    let chars = 0;
    let pending = 0;
    let done = 0;
    const flush = () => {
      if (texts.length === 0) return;
      writer.frame(record(RECORD.changes, Buffer.from(`[${texts.join(',')}]`, 'utf8')), false, CHANGES_LEVEL);
      done += pending;
      texts = [];
      chars = 0;
      pending = 0;
      options.onProgress?.('writing', done, total);
    };
    const push = (text: string | null, changes: number) => {
      if (text === null) return;
      if (chars + text.length > FRAME_CHARS) flush();
      texts.push(text);
      chars += text.length + 1;
      pending += changes;
    };
    let inEntry = 0;
    for (const desk of desks) {
      for (const change of changesOfDesk(ctx.db, desk, base[desk] ?? 0, vector[desk]!)) {
        digest.update(changeLine(change)).update('\n');
        const text = entries.add(change);
        if (text !== null) {
          push(text, inEntry);
          inEntry = 0;
        }
        inEntry += 1;
      }
    }
    push(entries.finish(), inEntry);
    flush();
    for (const sha of [...blobShas].sort()) writer.frame(blobRecord(sha, readBlob(ctx.dataDir, sha)));
    writer.frame(jsonRecord(RECORD.end, { changes: total, blobs: blobShas.size, digest: digest.digest('hex') }), true);
    return writer;
  });
  options.onProgress?.('verifying', 0, 0);
  try {
    verifyBundleFile(options.outPath, keyRing(ctx.db));
  } catch (error) {
    rmSync(options.outPath, { force: true });
    throw error;
  }
  return { path: options.outPath, changes: total, blobs: blobShas.size, bytes: writer.bytesWritten, full: manifest.full };
}
