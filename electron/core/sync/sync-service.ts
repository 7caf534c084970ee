/**
 * What the sync screens and the CLI call: export to a folder (a USB stick,
 * or the shared folder a LAN office points every desk at), list and import
 * the files found there, the one-click shared-folder exchange, the log.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CoreContext } from '../context';
import { DomainError } from '../errors';
import { newId } from '../ids';
import { FrameReader } from './bundle-format';
import { keyRing, type KeyRing } from '../crypto/org-key';
import { orgKeyStatus } from './org-membership';
import { INVITATION_EXTENSION, writeInvitation } from './invitation';
import { BUNDLE_EXTENSION, exportBundle, type ExportResult } from './export-bundle';
import { importBundle, type ImportSummary } from './import-bundle';
import { knownPeers, rememberPeer } from './peers';
import { decodeRecord, type Manifest } from './records';
import { SyncError } from './sync-error';
import { mayJoinAnotherGroup, syncIdentity } from './sync-group';
import { covers, versionVector } from './version-vector';
import type { ProgressSink } from '../tasks/progress';
import type { z } from 'zod';
import type { syncLogEntrySchema } from '../../../shared/schemas/sync';

type SyncLogEntry = z.output<typeof syncLogEntrySchema>;

function assertFolder(folder: string): void {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new DomainError('FOLDER_UNAVAILABLE', `The folder ${folder} cannot be reached: is the USB stick plugged in?`);
  }
}

function stamp(at: number): string {
  const d = new Date(at);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

/** This desk's file in the shared folder: one per desk, replaced at each exchange. */
export function sharedFileName(deskCode: string): string {
  return `complaint-desk-${deskCode}${BUNDLE_EXTENSION}`;
}

function logExport(ctx: CoreContext, result: ExportResult, toDeskId: string | undefined): void {
  const code = toDeskId ? ((ctx.db.prepare('SELECT desk_code FROM desks WHERE desk_id = ?').pluck().get(toDeskId) as string | undefined) ?? '') : '';
  ctx.db
    .prepare(
      `INSERT INTO sync_log (id, at, direction, peer_desk_id, peer_desk_code, file_name, changes, new_changes, new_cases, blobs, conflicts, user_id)
       VALUES (?, ?, 'export', ?, ?, ?, ?, 0, 0, ?, 0, ?)`,
    )
    .run(newId(), ctx.now(), toDeskId ?? null, code, basename(result.path), result.changes, result.blobs, ctx.session.userId);
}

export interface ExportToFolder {
  folder: string;
  full: boolean;
  toDeskId?: string;
  fileName?: string;
  onProgress?: ProgressSink;
}

export function exportToFolder(ctx: CoreContext, input: ExportToFolder): ExportResult & { fileName: string } {
  assertFolder(input.folder);
  const me = syncIdentity(ctx.db);
  const fileName = input.fileName ?? `complaint-desk-${me.deskCode}-${stamp(ctx.now())}${BUNDLE_EXTENSION}`;
  const result = exportBundle(ctx, {
    outPath: join(input.folder, fileName),
    full: input.full,
    toDeskId: input.toDeskId,
    onProgress: input.onProgress,
  });
  logExport(ctx, result, input.toDeskId);
  return { ...result, fileName };
}

/** A manager's invitation in the chosen folder, named after the organisation and the moment. */
export function writeInvitationToFolder(ctx: CoreContext, input: { folder: string; passphrase: string }) {
  assertFolder(input.folder);
  const me = syncIdentity(ctx.db);
  const fileName = `complaint-desk-invitation-${me.deskCode}-${stamp(ctx.now())}${INVITATION_EXTENSION}`;
  const written = writeInvitation(ctx, { outPath: join(input.folder, fileName), passphrase: input.passphrase });
  return { ...written, fileName };
}

export function listSyncFiles(folder: string) {
  assertFolder(folder);
  return readdirSync(folder)
    .filter((name) => name.endsWith(BUNDLE_EXTENSION) && !name.startsWith('.'))
    .map((fileName) => {
      const path = join(folder, fileName);
      const stat = statSync(path);
      return { fileName, path, size: stat.size, modifiedAt: Math.round(stat.mtimeMs) };
    })
    .sort((a, b) => b.modifiedAt - a.modifiedAt);
}

/** Reads only the first frame: enough to tell whose file it is and whether it holds anything new. */
export function readManifest(path: string, keys: KeyRing): Manifest {
  const reader = new FrameReader(path);
  try {
    reader.open(keys);
    const first = reader.next();
    const record = first ? decodeRecord(first) : null;
    if (!record || record.type !== 'manifest') throw new SyncError('CORRUPT', 'The sync file does not start with its description');
    return record.manifest;
  } finally {
    reader.close();
  }
}

export function setSyncFolder(ctx: CoreContext, folder: string | null): void {
  if (folder) assertFolder(folder);
  ctx.db.prepare('UPDATE desk SET sync_folder = ?').run(folder);
}

export function syncFolder(ctx: CoreContext): string | null {
  return ctx.db.prepare('SELECT sync_folder FROM desk').pluck().get() as string | null;
}

/**
 * One click in shared-folder mode: write this desk's file there, then take
 * in every other desk's file that holds something new. A file that cannot
 * be imported is reported and skipped; the others still go in.
 */
export function exchangeThroughFolder(ctx: CoreContext, onProgress?: ProgressSink) {
  const folder = syncFolder(ctx);
  if (!folder) throw new DomainError('FOLDER_UNAVAILABLE', 'No shared folder is set for this desk');
  const me = syncIdentity(ctx.db);
  const imported: (ImportSummary & { fileName: string })[] = [];
  const failed: { fileName: string; code: string; message: string }[] = [];
  for (const file of listSyncFiles(folder)) {
    if (file.fileName === sharedFileName(me.deskCode)) continue;
    try {
      const manifest = readManifest(file.path, keyRing(ctx.db));
      if (manifest.sender.deskId === me.deskId) continue;
      if (manifest.groupId === me.groupId && covers(versionVector(ctx.db), manifest.vector)) {
        // Nothing new in it, but it says what that desk has: remember, so later files to it can be smaller.
        rememberPeer(ctx.db, manifest.sender.deskId, manifest.sender.deskCode, manifest.vector, ctx.now());
        continue;
      }
      imported.push({ ...importBundle(ctx, { path: file.path, onProgress }), fileName: file.fileName });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      failed.push({ fileName: file.fileName, code: error.code, message: error.message });
    }
  }
  // Written after importing, so it carries what the others just brought.
  const exported = exportToFolder(ctx, { folder, full: false, fileName: sharedFileName(me.deskCode), onProgress });
  return { exported, imported, failed };
}

export function syncStatus(ctx: CoreContext) {
  const me = syncIdentity(ctx.db);
  const log = ctx.db
    .prepare(
      `SELECT l.id, l.at, l.direction, l.peer_desk_code AS peerDeskCode, l.file_name AS fileName, l.changes,
              l.new_changes AS newChanges, l.new_cases AS newCases, l.conflicts, coalesce(u.name, '') AS userName
         FROM sync_log l LEFT JOIN users u ON u.id = l.user_id ORDER BY l.at DESC LIMIT 200`,
    )
    .all() as SyncLogEntry[];
  return {
    deskCode: me.deskCode,
    orgName: me.orgName,
    mayJoin: mayJoinAnotherGroup(ctx.db),
    folder: syncFolder(ctx),
    peers: knownPeers(ctx.db)
      .filter((p) => p.deskId !== me.deskId)
      .map((p) => ({ deskId: p.deskId, deskCode: p.deskCode, lastSeenAt: p.lastSeenAt })),
    conflicts: ctx.db.prepare('SELECT count(*) FROM field_conflicts').pluck().get() as number,
    orgKey: orgKeyStatus(ctx),
    log,
  };
}
