/**
 * The organisation key and the desks' keys as an office meets them: a manager's invitation sealed by a
 * passphrase, a new desk joining with it, the key replaced, and an organisation from before keys
 * upgraded desk by desk, its older changes still passed on to desks that join later.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { registerCase } from '../../../electron/core/cases/register-case';
import { joinOrganisation, takePersonAtJoin } from '../../../electron/core/desk/setup';
import { readDesk } from '../../../electron/core/desk/desk';
import { importBundle } from '../../../electron/core/sync/import-bundle';
import { writeInvitation } from '../../../electron/core/sync/invitation';
import { acceptInvitation, establishOrgKey, orgKeyStatus, rotateOrgKey } from '../../../electron/core/sync/org-membership';
import { checkIntegrity } from '../../../electron/core/integrity';
import type { Core } from '../../../electron/core/open-core';
import { buildCaseInput, openTestCore, tempDir } from '../../factories/core';
import { exchangeFile, joinDesk, openDesks, replicaState, sync } from '../../factories/replicas';
import { readSyncFile } from '../../factories/crafted-sync-file';
import { FrameWriter, MAGIC, newSealing } from '../../../electron/core/sync/bundle-format';
import { jsonRecord, manifestRecord, manifestText, record, RECORD } from '../../../electron/core/sync/records';
import { currentOrgKey } from '../../../electron/core/crypto/org-key';
import { deskKeyPair, signText } from '../../../electron/core/crypto/desk-signing';

const PASSPHRASE = '三号楼前台2026';

function invitationFrom(core: Core, passphrase = PASSPHRASE): string {
  return writeInvitation(core, { outPath: join(tempDir('invite-'), 'join.cdinvite'), passphrase }).path;
}

/** Takes a desk back to a book from before keys (what migration 17 leaves): no keys, no certificates, no heads. */
function asBeforeKeys(core: Core): void {
  core.db.exec(`DELETE FROM org_keys; DELETE FROM desk_certs; DELETE FROM signed_heads; UPDATE desk SET signing_key = NULL;`);
}

describe('invitations', () => {
  it('let a new desk join with the passphrase, exchange both ways, and sign in as a person the organisation has', () => {
    const a = openTestCore({ deskCode: 'A' });
    registerCase(a, buildCaseInput({ content: '二楼走廊漏水' }));
    const path = invitationFrom(a);
    const b = openTestCore({ setup: false });
    expect(() => joinOrganisation(b, { deskCode: 'B', path, passphrase: 'not the passphrase' })).toThrow(expect.objectContaining({ code: 'WRONG_PASSPHRASE' }));
    expect(readDesk(b.db).setupDone).toBe(false);
    expect(orgKeyStatus(b).hasKey).toBe(false);

    joinOrganisation(b, { deskCode: 'B', path, passphrase: PASSPHRASE });
    expect(readDesk(b.db)).toMatchObject({ setupDone: true, deskCode: 'B', orgName: '测试物业服务中心' });
    expect(orgKeyStatus(b)).toMatchObject({ hasKey: true, desksWithKeys: 2 });
    expect(b.db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(1);
    b.session.userId = a.session.userId;
    registerCase(b, buildCaseInput({ content: '新服务台登记' }));
    expect(sync(b, a).newCases).toBe(1);
    sync(a, b);
    expect(replicaState(b.db)).toBe(replicaState(a.db));
    expect(() => takePersonAtJoin(b, { name: '王前台', password: 'wrong password', mayCreate: false })).toThrow(expect.objectContaining({ code: 'WRONG_PASSWORD' }));
  });

  it('need a passphrase of 8 characters or more, and admit one desk each', () => {
    const a = openTestCore({ deskCode: 'A' });
    expect(() => invitationFrom(a, 'short')).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    const path = invitationFrom(a);
    const b = openTestCore({ setup: false });
    joinOrganisation(b, { deskCode: 'B', path, passphrase: PASSPHRASE });
    const c = openTestCore({ setup: false });
    joinOrganisation(c, { deskCode: 'C', path, passphrase: PASSPHRASE });
    c.session.userId = a.session.userId;
    sync(b, a);
    registerCase(c, buildCaseInput());
    // The same invitation vouching for a second desk: refused, whoever passes the file on.
    expect(() => sync(c, a)).toThrow(expect.objectContaining({ code: 'UNTRUSTED_DESK' }));
  });

  it('are refused when they are not one', () => {
    const a = openTestCore({ deskCode: 'A' });
    const b = openTestCore({ setup: false });
    expect(() => joinOrganisation(b, { deskCode: 'B', path: exchangeFile(a), passphrase: PASSPHRASE })).toThrow(expect.objectContaining({ code: 'NOT_AN_INVITATION' }));
    expect(readDesk(b.db).setupDone).toBe(false);
  });
});

describe('replacing the organisation key', () => {
  it('seals new files with the new key; a desk without it is told, takes it with a new invitation, and still reads older files', () => {
    const [a, b] = openDesks(['A', 'B']);
    registerCase(a!.core, buildCaseInput({ content: '换钥匙之前' }));
    const older = exchangeFile(a!.core);
    rotateOrgKey(a!.core);
    expect(orgKeyStatus(a!.core).olderKeys).toBe(1);
    registerCase(a!.core, buildCaseInput({ content: '换钥匙之后' }));
    const newer = exchangeFile(a!.core);
    expect(() => importBundle(b!.core, { path: newer })).toThrow(expect.objectContaining({ code: 'OTHER_ORGANISATION' }));
    expect(importBundle(b!.core, { path: older }).newCases).toBe(1);
    acceptInvitation(b!.core, { path: invitationFrom(a!.core), passphrase: PASSPHRASE });
    expect(orgKeyStatus(b!.core)).toMatchObject({ hasKey: true, olderKeys: 1 });
    expect(importBundle(b!.core, { path: newer }).newChanges).toBe(0);
    registerCase(b!.core, buildCaseInput());
    expect(sync(b!.core, a!.core).newCases).toBe(1);
  });
});

describe('an organisation from before keys', () => {
  it('gets its key at the first desk upgraded; the others accept its invitation; older changes reach a desk that joins later', () => {
    const [a, b] = openDesks(['A', 'B']);
    registerCase(b!.core, buildCaseInput({ content: 'B 在升级前登记' }));
    sync(b!.core, a!.core);
    registerCase(a!.core, buildCaseInput({ content: 'A 在升级前登记' }));
    sync(a!.core, b!.core);
    asBeforeKeys(a!.core);
    asBeforeKeys(b!.core);

    // Until a desk has the key it is told what to do, for export and import alike.
    expect(orgKeyStatus(b!.core)).toMatchObject({ needsKey: true });
    expect(() => exchangeFile(b!.core)).toThrow(expect.objectContaining({ code: 'NO_ORG_KEY' }));
    establishOrgKey(a!.core);
    expect(() => importBundle(b!.core, { path: exchangeFile(a!.core) })).toThrow(expect.objectContaining({ code: 'NO_ORG_KEY' }));

    // C joins from A before B is upgraded: B's older changes come through A, vouched for by A.
    const c = joinDesk(a!.core, openTestCore({ setup: false }), 'C');
    expect(c.db.prepare("SELECT count(*) FROM cases WHERE content = 'B 在升级前登记'").pluck().get()).toBe(1);

    acceptInvitation(b!.core, { path: invitationFrom(a!.core), passphrase: PASSPHRASE });
    registerCase(b!.core, buildCaseInput({ content: 'B 在升级后登记' }));
    sync(b!.core, c);
    sync(c, a!.core);
    sync(a!.core, b!.core);
    sync(b!.core, c);
    expect(replicaState(c.db)).toBe(replicaState(a!.core.db));
    expect(replicaState(b!.core.db)).toBe(replicaState(a!.core.db));
    for (const desk of [a!.core, b!.core, c]) expect(checkIntegrity(desk.db, desk.dataDir).problems).toEqual([]);
  });

  it('refuses a file written before the upgrade, naming the desk to upgrade', () => {
    const a = openTestCore({ deskCode: 'A' });
    const path = join(tempDir('old-'), 'old.cdsync');
    // A version 1 file as desks wrote them: plain, its first frame the description naming the sender.
    const header = Buffer.concat([Buffer.from('CDSYNC'), Buffer.from([0, 1, 2])]);
    const body = deflateRawSync(Buffer.concat([Buffer.from([0x4d]), Buffer.from(JSON.stringify({ format: 1, sender: { deskId: 'x', deskCode: 'B' } }))]));
    const prefix = Buffer.alloc(5);
    prefix.writeUInt32BE(body.length);
    const fd = openSync(path, 'w');
    writeSync(fd, Buffer.concat([header, prefix, body, Buffer.alloc(32)]));
    closeSync(fd);
    expect(() => importBundle(a, { path })).toThrow(expect.objectContaining({ code: 'OLDER_FORMAT', details: { deskCode: 'B' } }));
  });

  it('refuses a file from a desk that still writes a change a tuple (format 2), naming the desk to upgrade, and changes nothing', () => {
    const [a, b] = openDesks(['A', 'B']);
    registerCase(a!.core, buildCaseInput({ content: '升级前登记' }));
    // A version 2 file as such desks wrote them: sealed under the organisation key, one tuple a change.
    const content = readSyncFile(exchangeFile(a!.core, { full: true }), a!.core);
    const path = join(tempDir('v2-'), 'v2.cdsync');
    const sealing = newSealing(currentOrgKey(a!.core.db)!);
    sealing.header.writeUInt16BE(2, MAGIC.length);
    const fd = openSync(path, 'w');
    const writer = new FrameWriter(fd, sealing);
    const manifest = JSON.stringify({ ...content.manifest, format: 2 });
    writer.frame(manifestRecord(manifest, signText(deskKeyPair(a!.core.db)!.privateKey, manifestText(manifest))));
    writer.frame(record(RECORD.changes, Buffer.from(JSON.stringify(content.changes), 'utf8')));
    writer.frame(jsonRecord(RECORD.end, { changes: content.changes.length, blobs: 0, digest: '0'.repeat(64) }), true);
    closeSync(fd);
    const before = replicaState(b!.core.db);
    expect(() => importBundle(b!.core, { path })).toThrow(expect.objectContaining({ code: 'OLDER_FORMAT', details: { deskCode: 'A' } }));
    expect(replicaState(b!.core.db)).toBe(before);
  });
});

