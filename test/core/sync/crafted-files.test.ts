/**
 * The corpus of crafted sync files: one per way a file once broke a desk or slipped something past it.
 * Each is written through the app's own writer (test/factories/crafted-sync-file.ts) and must be refused
 * with its own code, leave the receiving desk's database byte-for-byte as it was, and leave the desk
 * able to register, export and check.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../../electron/core/open-core';
import { addAttachment } from '../../../electron/core/attachments/attachments';
import { registerCase } from '../../../electron/core/cases/register-case';
import { recordChanges } from '../../../electron/core/changes/change-log';
import { encodeHlc, decodeHlc } from '../../../electron/core/changes/hlc';
import { writerFor } from '../../../electron/core/context';
import { fileProblem } from '../../../electron/core/files/file-errors';
import { checkIntegrity } from '../../../electron/core/integrity';
import type { Core } from '../../../electron/core/open-core';
import { exportBundle } from '../../../electron/core/sync/export-bundle';
import { importBundle } from '../../../electron/core/sync/import-bundle';
import type { ChangeTuple } from '../../../electron/core/sync/records';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/domain';
import { readSyncFile, withChange, writeSyncFile, type CraftOptions, type SyncFileContent } from '../../factories/crafted-sync-file';
import { buildCaseInput, openTestCore, tempDir } from '../../factories/core';
import { currentOrgKey } from '../../../electron/core/crypto/org-key';
import { newKeyPair } from '../../../electron/core/crypto/desk-signing';
import { rootCert } from '../../../electron/core/sync/desk-certs';
import { syncIdentity } from '../../../electron/core/sync/sync-group';
import { exchangeFile, openDesks } from '../../factories/replicas';

const DAY = 24 * 60 * 60 * 1000;

/** The database file's bytes after a checkpoint (the write-ahead log emptied into it). */
function databaseBytes(core: Core): string {
  core.db.pragma('wal_checkpoint(TRUNCATE)');
  return createHash('sha256').update(readFileSync(join(core.dataDir, DATABASE_FILE_NAME))).digest('hex');
}

/** Desk A with a case, an edit and an attachment; desk B in the same organisation, and A's file for B. */
function scene() {
  const [a, b] = openDesks(['A', 'B']);
  const kase = registerCase(a!.core, buildCaseInput({ content: '楼上漏水' }));
  a!.core.db.transaction(() => recordChanges(a!.core.db, writerFor(a!.core), 'case', kase.id, [{ field: 'phone', value: '13800001111' }]))();
  const photo = Buffer.from('a photo of the ceiling');
  addAttachment(a!.core, { caseId: kase.id, followupId: null, fileName: 'ceiling.jpg', mime: 'image/jpeg', dataBase64: photo.toString('base64') });
  const honest = readSyncFile(exchangeFile(a!.core), a!.core);
  return { a: a!.core, b: b!.core, kase, honest, photo };
}

const isField = (field: string) => (change: ChangeTuple) => change[5] === field;

/** Writes the crafted file, imports it into B, and checks the refusal and that nothing moved. */
function expectRefused(b: Core, content: SyncFileContent, code: string, options: CraftOptions = {}) {
  const path = writeSyncFile(join(tempDir('crafted-'), 'crafted.cdsync'), content, options);
  const before = databaseBytes(b);
  let refusal: unknown = null;
  try {
    importBundle(b, { path });
  } catch (error) {
    refusal = error;
  }
  expect(refusal).toMatchObject({ code });
  expect(databaseBytes(b)).toBe(before);
  return refusal as { code: string; details?: { change?: string; reason?: string } };
}

/** The desk still works: it registers, takes the honest file, exports and checks clean. */
function expectDeskWorks(b: Core, honest: SyncFileContent) {
  registerCase(b, buildCaseInput({ content: '导入被拒之后照常登记' }));
  importBundle(b, { path: writeSyncFile(join(tempDir('honest-'), 'honest.cdsync'), honest) });
  exportBundle(b, { outPath: join(tempDir('out-'), 'b.cdsync'), full: true });
  expect(checkIntegrity(b.db, b.dataDir).problems).toEqual([]);
}

describe('crafted sync files', () => {
  it('refuses a change stamped days ahead of this desk, names it, and takes it once a manager accepts', () => {
    const { b, honest } = scene();
    const ahead = withChange(honest, isField('content'), (change) => {
      const stamp = decodeHlc(change[2]);
      return [change[0], change[1], encodeHlc({ millis: stamp.millis + 3 * DAY, counter: 0 }, stamp.deskId), ...change.slice(3)] as ChangeTuple;
    });
    const refusal = expectRefused(b, ahead, 'CLOCK_AHEAD');
    expect(refusal.details?.change).toMatch(/:\d+$/);
    const path = writeSyncFile(join(tempDir('crafted-'), 'ahead.cdsync'), ahead);
    expect(importBundle(b, { path, acceptClockAhead: true }).newCases).toBe(1);
    expect(checkIntegrity(b.db, b.dataDir).problems).toEqual([]);
  });

  it('refuses changes in the importing desk’s own name, and claims to know changes it never wrote', () => {
    const { b, honest } = scene();
    const caseId = honest.changes[0]![4];
    const forged: ChangeTuple = [b.deskId, Number.MAX_SAFE_INTEGER, encodeHlc({ millis: Date.now(), counter: 0 }, b.deskId), 'case', caseId, 'content', '"x"', null, []];
    expectRefused(b, { ...honest, changes: [...honest.changes, forged] }, 'OWN_CHANGES');
    const claim = { ...honest.manifest, vector: { ...honest.manifest.vector, [b.deskId]: 1_000_000 }, base: { ...honest.manifest.base, [b.deskId]: 1_000_000 } };
    expectRefused(b, { ...honest, manifest: claim }, 'OWN_CHANGES');
    expectDeskWorks(b, honest);
  });

  it('refuses values outside the vocabulary: a status 12345, a receivedAt of "soon", a hash of "../../x", unknown kinds and fields', () => {
    const { b, honest } = scene();
    const withValue = (field: string, value: unknown) => withChange(honest, isField(field), (c) => [...c.slice(0, 6), JSON.stringify(value), ...c.slice(7)] as ChangeTuple);
    const reasons = [
      expectRefused(b, withValue('status', 12345), 'CHANGE_REFUSED'),
      expectRefused(b, withValue('receivedAt', 'soon'), 'CHANGE_REFUSED'),
      expectRefused(b, withValue('sha256', '../../x'), 'CHANGE_REFUSED'),
      expectRefused(b, withValue('content', 'x'.repeat(100_000)), 'CHANGE_REFUSED'),
      expectRefused(b, withChange(honest, isField('content'), (c) => [...c.slice(0, 3), 'wormhole', ...c.slice(4)] as ChangeTuple), 'CHANGE_REFUSED'),
      expectRefused(b, withChange(honest, isField('content'), (c) => [...c.slice(0, 5), 'secretField', ...c.slice(6)] as ChangeTuple), 'CHANGE_REFUSED'),
    ].map((refusal) => refusal.details?.reason);
    expect(new Set(reasons).size).toBe(reasons.length);
    expectDeskWorks(b, honest);
  });

  it('refuses supersessions of changes not written yet, or of another field', () => {
    const { a, b, honest } = scene();
    const top = honest.manifest.vector[a.deskId]!;
    const future = withChange(honest, (c) => c[8].length > 0, (c) => [...c.slice(0, 8), [`${a.deskId}:${top + 5}`]] as ChangeTuple);
    expect(expectRefused(b, future, 'BAD_SUPERSESSION').details?.reason).toContain('does not exist');
    const content = honest.changes.find(isField('content'))!;
    const otherField = withChange(honest, (c) => c[8].length > 0, (c) => [...c.slice(0, 8), [`${content[0]}:${content[1]}`]] as ChangeTuple);
    expect(expectRefused(b, otherField, 'BAD_SUPERSESSION').details?.reason).toContain('another record or field');
    expectDeskWorks(b, honest);
  });

  it('refuses holes in a desk’s numbering, inside the file or before it, and claims the file does not carry', () => {
    const { a, b, honest } = scene();
    expectRefused(b, { ...honest, changes: honest.changes.filter((_, i) => i !== 3) }, 'CORRUPT');
    // B holds A's changes up to `held` (from joining); a file that starts two further on leaves a hole.
    const held = b.db.prepare('SELECT max(seq) FROM changes WHERE desk_id = ?').pluck().get(a.deskId) as number;
    const skipped = honest.changes.filter((c) => c[0] !== a.deskId || c[1] > held + 2);
    const assumed = { ...honest.manifest, base: { ...honest.manifest.base, [a.deskId]: held + 2 } };
    expectRefused(b, { ...honest, changes: skipped, manifest: assumed }, 'MISSING_EARLIER_CHANGES');
    const overclaim = { ...honest.manifest, vector: { ...honest.manifest.vector, [a.deskId]: honest.manifest.vector[a.deskId]! + 5 } };
    expectRefused(b, { ...honest, manifest: overclaim }, 'CORRUPT');
    expectDeskWorks(b, honest);
  });

  it('refuses attachment files no attachment names, of the wrong size, or beyond the size limit', () => {
    const { b, honest } = scene();
    const stray = Buffer.from('not named by any attachment');
    const sha = createHash('sha256').update(stray).digest('hex');
    expectRefused(b, { ...honest, blobs: [...honest.blobs, { sha256: sha, bytes: stray }] }, 'BLOB_REFUSED');
    const resized = withChange(honest, isField('size'), (c) => [...c.slice(0, 6), '5', ...c.slice(7)] as ChangeTuple);
    expectRefused(b, resized, 'BLOB_REFUSED');
    const huge = Buffer.alloc(MAX_ATTACHMENT_BYTES + 2048, 7);
    const hugeSha = createHash('sha256').update(huge).digest('hex');
    expectRefused(b, { ...honest, blobs: [{ sha256: hugeSha, bytes: huge }] }, 'TOO_LARGE');
    expectDeskWorks(b, honest);
  });

  it('refuses a part that unpacks past the limit, and more changes than the file declares, before paying for them', () => {
    const { b, honest } = scene();
    const bomb = deflateRawSync(Buffer.alloc(64 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100_000);
    expectRefused(b, honest, 'TOO_LARGE', { packedFrames: [bomb] });
    const understated = { ...honest.manifest, counts: { changes: honest.changes.length - 10, blobs: honest.blobs.length } };
    expectRefused(b, { ...honest, manifest: understated }, 'TOO_LARGE', { keepCounts: true });
    expectDeskWorks(b, honest);
  });

  it('refuses a file sealed with another organisation’s key, and forgeries made with a stolen organisation key but no desk’s key', () => {
    const { a, b, honest } = scene();
    const stranger = openTestCore({ deskCode: 'X' });
    expectRefused(b, honest, 'OTHER_ORGANISATION', { sealWith: currentOrgKey(stranger.db)! });
    // Sealed properly, signatures as they were: a change altered no longer reaches the head its desk signed.
    const altered = withChange(honest, isField('content'), (c) => [...c.slice(0, 6), JSON.stringify('改过的内容'), ...c.slice(7)] as ChangeTuple);
    expect(expectRefused(b, altered, 'UNSIGNED_CHANGES', { signWith: 'none' }).details?.reason).toContain('not the ones its desk signed');
    // A description changed (claiming to know more of B than B wrote would stop B sending): its signature fails.
    const claim = { ...honest.manifest, createdAt: honest.manifest.createdAt + 1 };
    expectRefused(b, { ...honest, manifest: claim }, 'UNTRUSTED_DESK', { signWith: 'none' });
    // Signed with a key of the forger's own, as desk A.
    expectRefused(b, altered, 'UNTRUSTED_DESK', { signWith: newKeyPair() });
    // A desk made up by the forger, vouching for itself.
    const impostor = newKeyPair();
    const madeUp = rootCert(syncIdentity(a.db).groupId, 'made-up-desk', impostor, Date.now());
    const withMadeUp = { ...honest, manifest: { ...honest.manifest, certs: [...honest.manifest.certs, madeUp] } };
    expectRefused(b, withMadeUp, 'UNTRUSTED_DESK');
    // The heads are part of the signed description: naming another signer breaks its signature.
    const relabelled = { ...honest, manifest: { ...honest.manifest, heads: honest.manifest.heads.map((h) => ({ ...h, signer: b.deskId })) } };
    expectRefused(b, relabelled, 'UNTRUSTED_DESK', { signWith: 'none' });
    expectDeskWorks(b, honest);
  });

  it('says what is wrong with a missing file, a folder, a named pipe, no permission and a full disk', () => {
    const { a, b, honest } = scene();
    const dir = tempDir('paths-');
    expect(() => importBundle(b, { path: join(dir, 'gone.cdsync') })).toThrow(expect.objectContaining({ code: 'FILE_MISSING' }));
    mkdirSync(join(dir, 'folder.cdsync'));
    expect(() => importBundle(b, { path: join(dir, 'folder.cdsync') })).toThrow(expect.objectContaining({ code: 'NOT_A_FILE' }));
    execFileSync('mkfifo', [join(dir, 'pipe.cdsync')]);
    expect(() => importBundle(b, { path: join(dir, 'pipe.cdsync') })).toThrow(expect.objectContaining({ code: 'NOT_A_FILE' }));
    expect(() => exportBundle(a, { outPath: join(dir, 'no-such-folder', 'a.cdsync') })).toThrow(expect.objectContaining({ code: 'FILE_MISSING' }));
    expect(() => exportBundle(a, { outPath: join(dir, 'folder.cdsync') })).toThrow(expect.objectContaining({ code: 'NOT_A_FILE' }));
    // Root ignores permissions and this disk is not full: the mapping from the system's codes is what is left to check.
    for (const [errno, code] of [['EACCES', 'NO_PERMISSION'], ['EPERM', 'NO_PERMISSION'], ['EROFS', 'NO_PERMISSION'], ['ENOSPC', 'DISK_FULL']]) {
      expect(fileProblem(Object.assign(new Error(errno), { code: errno }), '/x')).toMatchObject({ code });
    }
    expectDeskWorks(b, honest);
  });
});
