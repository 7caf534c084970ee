/**
 * Importing a sync file. Everything is checked before the database is
 * touched: the seals, the structure and size, the organisation, the desk
 * codes, every new change's numbering, kind, value, time and supersessions
 * (change-checks.ts), every change against what this desk already holds
 * (same id, different content is a forgery), and every attachment file
 * against the records that name it. Then a backup is taken and the whole
 * file is applied in one transaction: any failure rolls it all back.
 */
import { basename } from 'node:path';
import type { CoreContext } from '../context';
import type { Db } from '../db/connection';
import { putBlob } from '../attachments/blob-store';
import { newId } from '../ids';
import { applyChangeBatch, newApplyState, projectTouched } from './apply-changes';
import { ChangeFinder } from '../changes/log-entries';
import { rememberPeer } from './peers';
import { assertNoCodeClash, holderOfCode, recordSuccession, rememberDesks } from './desk-codes';
import { changeLine, manifestText, type ChangeTuple, type FileHead, type Manifest } from './records';
import { keyRing } from '../crypto/org-key';
import { verifyText } from '../crypto/desk-signing';
import { CertRoster, storeCert, type DeskCert } from './desk-certs';
import { signedHeadOf, storeHead } from './signed-heads';
import { SyncError } from './sync-error';
import { joinGroup, mayJoinAnotherGroup, syncIdentity } from './sync-group';
import { snapshotNow } from '../backup/create-backup';
import { readBundle } from './verify-bundle';
import { versionVector, type VersionVector } from './version-vector';
import { ChangeChecker, DAY_MS, heldTops } from './change-checks';
import type { ProgressSink } from '../tasks/progress';

export interface ImportOptions {
  path: string;
  /** Take the file's organisation: only for a desk with no complaints of its own yet. */
  join?: boolean;
  /** Joining, take over from the desk in the file that has this desk's code (its disk was lost): this desk goes on in its place. */
  succeed?: boolean;
  onProgress?: ProgressSink;
  /** How far ahead of this desk's clock a change may be stamped; a day unless the settings say otherwise. */
  maxClockAhead?: number;
  /** A manager has looked at a file stamped ahead of this desk's clock and takes it anyway. */
  acceptClockAhead?: boolean;
}

export interface ImportSummary {
  senderDeskCode: string;
  orgName: string;
  changes: number;
  newChanges: number;
  newCases: number;
  blobs: number;
  conflicts: number;
}

export interface ImportResult extends ImportSummary {
  backupPath: string;
}

function checkManifest(ctx: CoreContext, manifest: Manifest, join: boolean, succeed: boolean): void {
  const me = syncIdentity(ctx.db);
  if (manifest.groupId !== me.groupId && !(join && mayJoinAnotherGroup(ctx.db))) {
    throw new SyncError('OTHER_ORGANISATION', `This sync file belongs to another organisation (${manifest.orgName})`);
  }
  if (succeed && !(join && mayJoinAnotherGroup(ctx.db))) throw new Error('Only a desk joining with no cases of its own may take over from another');
  assertNoCodeClash(ctx.db, me, manifest, succeed ? holderOfCode(manifest, me.deskCode) : null);
}

function existingLine(db: Db, topHeld: (deskId: string) => number): (change: ChangeTuple) => string | null {
  const finder = new ChangeFinder(db);
  return (change) => {
    // Past the highest change this desk holds from that desk, there is nothing to compare with.
    if (change[1] > topHeld(change[0])) return null;
    const held = finder.find(change[0], change[1]);
    return held ? changeLine(held) : null;
  };
}

/** What the checking pass found, and the seals of the frames it checked (the applying pass must find the same). */
interface Inspected {
  summary: ImportSummary;
  seals: Buffer[];
  /** Where each entity's last change sits in the file: the applying pass projects it right after. */
  lastChangeOf: Map<string, number>;
  /** What the sender has, as far as this desk can tell: what it said, never more than this desk will hold. */
  senderVector: VersionVector;
  /** The signed head each desk's run in the file ends at, and the certificates the file added. */
  heads: FileHead[];
  newCerts: readonly DeskCert[];
  /** The links of the file's changes this desk keeps, per desk and sequence number, worked out by the checks. */
  links: Map<string, Map<number, Buffer>>;
}

/** The file's certificates checked back to trusted ones, and its description signed by its sender. */
function trustedRoster(ctx: CoreContext, manifest: Manifest, signed: { json: string; signature: string }): CertRoster {
  const roster = new CertRoster(ctx.db, syncIdentity(ctx.db).groupId);
  roster.admit(manifest.certs);
  const sender = roster.certOf(manifest.sender.deskId);
  if (!sender || !verifyText(sender.publicKey, manifestText(signed.json), signed.signature)) {
    const error = new SyncError('UNTRUSTED_DESK', `The sync file is not signed by desk ${manifest.sender.deskCode}, which it says wrote it`);
    error.details = { change: manifest.sender.deskCode, reason: 'the file’s description is not signed by the desk it names' };
    throw error;
  }
  return roster;
}

/** The checking pass: reads the whole file against the database without writing anything. */
function inspectBundle(ctx: CoreContext, options: ImportOptions): Inspected {
  const topHeld = heldTops(ctx.db);
  const existing = existingLine(ctx.db, topHeld);
  const caseExists = ctx.db.prepare('SELECT 1 FROM cases WHERE id = ?').pluck();
  const newCaseIds = new Set<string>();
  const lastChangeOf = new Map<string, number>();
  const heldSizes = ctx.db.prepare('SELECT DISTINCT size FROM attachments WHERE sha256 = ?').pluck();
  const vector = versionVector(ctx.db);
  let newChanges = 0;
  let checked = 0;
  let manifest: Manifest | null = null;
  let checker: ChangeChecker | null = null;
  let roster: CertRoster | null = null;
  const summary = readBundle(options.path, keyRing(ctx.db), {
    manifest: (m, signed) => {
      checkManifest(ctx, m, options.join === true, options.succeed === true);
      roster = trustedRoster(ctx, m, signed);
      manifest = m;
      checker = new ChangeChecker(ctx.db, m, {
        groupId: syncIdentity(ctx.db).groupId,
        roster,
        deskId: ctx.deskId,
        now: ctx.now(),
        maxClockAhead: options.acceptClockAhead ? Number.MAX_SAFE_INTEGER : (options.maxClockAhead ?? DAY_MS),
        vector,
        topHeld,
      });
      checker.checkManifest();
    },
    changes: (changes, lines) => {
      checked += changes.length;
      options.onProgress?.('checking', checked, (manifest as Manifest | null)?.counts.changes ?? 0);
      for (const [index, change] of changes.entries()) {
        lastChangeOf.set(change[4], checked - changes.length + index);
        const line = lines![index]!;
        const held = existing(change);
        checker!.check(change, held === null, line);
        if (held === null) {
          newChanges += 1;
          if (change[3] === 'case' && change[5] === 'number' && !caseExists.get(change[4])) newCaseIds.add(change[4]);
        } else if (held !== line) {
          throw new SyncError('FORGED_CHANGE', `Change ${change[0]}:${change[1]} differs from the one this desk already has`);
        }
      }
    },
    blob: (sha256, bytes) => checker!.checkBlob(sha256, bytes.length, (sha) => heldSizes.all(sha) as number[]),
  });
  const m = manifest as Manifest | null;
  if (!m || !checker) throw new SyncError('CORRUPT', 'The sync file has no description');
  (checker as ChangeChecker).finish();
  return {
    summary: {
      senderDeskCode: m.sender.deskCode,
      orgName: m.orgName,
      changes: summary.changes,
      newChanges,
      newCases: newCaseIds.size,
      blobs: summary.blobs,
      conflicts: 0,
    },
    seals: summary.seals,
    lastChangeOf,
    senderVector: (checker as ChangeChecker).believableVector(),
    heads: (checker as ChangeChecker).runHeads(),
    links: (checker as ChangeChecker).keptLinks(),
    newCerts: (roster as CertRoster | null)?.newCerts ?? [],
  };
}


/** A head the file ended a desk's run at, kept when it reaches further than the one held (or proves the same changes better). */
function keepHeads(db: Db, heads: readonly FileHead[]): void {
  for (const head of heads) {
    const held = signedHeadOf(db, head.deskId);
    if (held && (held.seq > head.seq || (held.seq === head.seq && (head.legacy || !held.legacy)))) continue;
    storeHead(db, { deskId: head.deskId, seq: head.seq, link: Buffer.from(head.link, 'hex'), signer: head.signer, legacy: head.legacy, signature: head.signature });
  }
}

function conflictCount(db: Db): number {
  return db.prepare('SELECT count(*) FROM field_conflicts').pluck().get() as number;
}

/**
 * Applies a file already checked by inspectBundle, reading the same bytes again (the seals say so) without
 * repeating the per-change checks; `dryRun` rolls back after counting (for the preview).
 */
function applyBundle(ctx: CoreContext, options: ImportOptions, checked: Inspected, dryRun: boolean): ImportSummary {
  const inspected = checked.summary;
  const conflictsBefore = conflictCount(ctx.db);
  const state = newApplyState(checked.lastChangeOf, checked.links, versionVector(ctx.db));
  let result: ImportSummary = inspected;
  const rollback = new Error('dry run');
  try {
    ctx.db.transaction(() => {
      let manifest: Manifest | null = null;
      let done = 0;
      readBundle(options.path, keyRing(ctx.db), {
        manifest: (m) => {
          manifest = m;
          const me = syncIdentity(ctx.db);
          if (m.groupId !== me.groupId) joinGroup(ctx.db, m.groupId, m.orgName);
          rememberDesks(ctx.db, m);
          const lost = options.succeed ? holderOfCode(m, me.deskCode) : null;
          if (lost) recordSuccession(ctx.db, lost, me.deskId, me.deskCode);
        },
        changes: (changes) => {
          applyChangeBatch(ctx.db, changes, state);
          done += changes.length;
          options.onProgress?.('applying', done, inspected.changes);
        },
        // Files are content-addressed and were checked against their hash: writing one is harmless even if the import later fails.
        blob: (_sha256, bytes) => {
          if (!dryRun) putBlob(ctx.dataDir, bytes);
        },
      }, checked.seals);
      projectTouched(ctx.db, state);
      for (const cert of checked.newCerts) storeCert(ctx.db, cert);
      keepHeads(ctx.db, checked.heads);
      const m = manifest as Manifest | null;
      if (!m) throw new SyncError('CORRUPT', 'The sync file has no description');
      result = { ...inspected, newChanges: state.inserted, conflicts: Math.max(0, conflictCount(ctx.db) - conflictsBefore) };
      if (dryRun) throw rollback;
      if (state.latestHlc) ctx.clock.observe(state.latestHlc);
      rememberPeer(ctx.db, m.sender.deskId, m.sender.deskCode, checked.senderVector, ctx.now());
      ctx.db
        .prepare(
          `INSERT INTO sync_log (id, at, direction, peer_desk_id, peer_desk_code, file_name, changes, new_changes, new_cases, blobs, conflicts, user_id)
           VALUES (?, ?, 'import', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(newId(), ctx.now(), m.sender.deskId, m.sender.deskCode, basename(options.path), result.changes, result.newChanges, result.newCases, result.blobs, result.conflicts, ctx.session.userId);
    })();
  } catch (error) {
    if (error !== rollback) throw error;
  }
  return result;
}

/** What importing would do (new cases, changes, conflicts), without keeping any of it. */
export function previewImport(ctx: CoreContext, options: ImportOptions): ImportSummary {
  return applyBundle(ctx, options, inspectBundle(ctx, options), true);
}

/**
 * Checks the whole file, takes a backup if the file brings anything new (an import that changes nothing
 * must not push useful backups out of the rotation), then applies it. The backup path is '' when none was needed.
 */
export function importBundle(ctx: CoreContext, options: ImportOptions): ImportResult {
  const inspected = inspectBundle(ctx, options);
  let backupPath = '';
  if (inspected.summary.newChanges > 0) {
    options.onProgress?.('backup', 0, 0);
    backupPath = snapshotNow({ dataDir: ctx.dataDir, db: ctx.db, deskId: ctx.deskId, now: ctx.now() }, 'before_import').path;
  }
  return { ...applyBundle(ctx, options, inspected, false), backupPath };
}
