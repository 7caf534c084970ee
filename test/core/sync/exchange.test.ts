import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/core/backup/backup-catalogue';
import { registerCase } from '../../../electron/core/cases/register-case';
import { getCase } from '../../../electron/core/cases/case-queries';
import { addFollowup } from '../../../electron/core/followups/followups';
import { addAttachment, attachmentContent } from '../../../electron/core/attachments/attachments';
import { recordChanges } from '../../../electron/core/changes/change-log';
import { writerFor } from '../../../electron/core/context';
import { deleteEntity } from '../../../electron/core/changes/delete-entity';
import { listConflicts, resolveConflict } from '../../../electron/core/sync/conflicts';
import { exportBundle } from '../../../electron/core/sync/export-bundle';
import { importBundle, previewImport } from '../../../electron/core/sync/import-bundle';
import { caseTimeline } from '../../../electron/core/lifecycle/timeline';
import { buildCaseInput, openTestCore } from '../../factories/core';
import { createUser } from '../../../electron/core/users/users';
import { exchangeFile, joinDesk, openDesks, replicaState, sync } from '../../factories/replicas';
import { chainStart } from '../../../electron/core/sync/change-chain';
import { keepsOwnLink, linkAt } from '../../../electron/core/sync/chain-links';
import type { Db } from '../../../electron/core/db/connection';

const edit = (core: Parameters<typeof writerFor>[0], caseId: string, field: string, value: string) =>
  core.db.transaction(() => recordChanges(core.db, writerFor(core), 'case', caseId, [{ field, value }]))();

describe('exchanging sync files between desks', () => {
  it('brings a case with its follow-ups and attachment to the other desk, and both end identical', () => {
    const [a, b] = openDesks(['A', 'B']);
    const kase = registerCase(a!.core, buildCaseInput({ content: '电梯困人' }));
    addFollowup(a!.core, { caseId: kase.id, kind: 'contact', text: '已安抚业主', remedyKind: '', amount: null, customerConfirmed: null, amendsId: null });
    const photo = Buffer.from('photo of the lift');
    const attachment = addAttachment(a!.core, { caseId: kase.id, followupId: null, fileName: 'lift.jpg', mime: 'image/jpeg', dataBase64: photo.toString('base64') });

    const preview = previewImport(b!.core, { path: exchangeFile(a!.core) });
    expect(preview).toMatchObject({ senderDeskCode: 'A', newCases: 1, conflicts: 0 });
    expect(() => getCase(b!.core.db, kase.id)).toThrow(); // the preview kept nothing

    const result = sync(a!.core, b!.core);
    expect(result).toMatchObject({ newCases: 1, blobs: 1, conflicts: 0 });
    expect(getCase(b!.core.db, kase.id)).toMatchObject({ number: kase.number, content: '电梯困人' });
    expect(caseTimeline(b!.core.db, kase.id).followups[0]!.text).toBe('已安抚业主');
    expect(Buffer.from(attachmentContent(b!.core, attachment.id).dataBase64, 'base64').equals(photo)).toBe(true);

    sync(b!.core, a!.core);
    expect(replicaState(b!.core.db)).toBe(replicaState(a!.core.db));
  });

  it('imports the same file twice as once', () => {
    const [a, b] = openDesks(['A', 'B']);
    registerCase(a!.core, buildCaseInput());
    const file = exchangeFile(a!.core);
    importBundle(b!.core, { path: file });
    const once = replicaState(b!.core.db);
    expect(importBundle(b!.core, { path: file })).toMatchObject({ newChanges: 0, newCases: 0 });
    expect(replicaState(b!.core.db)).toBe(once);
  });

  it('merges edits of different fields silently, and shows the same field edited on both as a conflict a supervisor resolves', () => {
    const [a, b] = openDesks(['A', 'B']);
    const kase = registerCase(a!.core, buildCaseInput());
    sync(a!.core, b!.core);
    edit(a!.core, kase.id, 'phone', '13911112222');
    edit(b!.core, kase.id, 'buildingRoom', '9栋901');
    edit(a!.core, kase.id, 'complainantName', '李先生');
    edit(b!.core, kase.id, 'complainantName', '李小姐');
    const result = sync(a!.core, b!.core);
    expect(result.conflicts).toBe(1);
    sync(b!.core, a!.core);

    for (const desk of [a!, b!]) {
      expect(getCase(desk.core.db, kase.id)).toMatchObject({ phone: '13911112222', buildingRoom: '9栋901' });
      const [conflict] = listConflicts(desk.core.db);
      expect(conflict).toMatchObject({ entity: 'case', field: 'complainantName', caseNumber: kase.number });
      expect(conflict!.candidates.map((c) => [c.value, c.deskCode]).sort()).toEqual([['李先生', 'A'], ['李小姐', 'B']]);
    }
    expect(resolveConflict(b!.core, { entityId: kase.id, field: 'complainantName', value: '李小姐' })).toEqual([]);
    sync(b!.core, a!.core);
    expect(listConflicts(a!.core.db)).toEqual([]);
    expect(getCase(a!.core.db, kase.id).complainantName).toBe('李小姐');
    sync(a!.core, b!.core);
    expect(replicaState(a!.core.db)).toBe(replicaState(b!.core.db));
  });

  it('treats the same value written on two desks as agreement, not a conflict', () => {
    const [a, b] = openDesks(['A', 'B']);
    const kase = registerCase(a!.core, buildCaseInput());
    sync(a!.core, b!.core);
    edit(a!.core, kase.id, 'site', '二期');
    edit(b!.core, kase.id, 'site', '二期');
    expect(sync(a!.core, b!.core).conflicts).toBe(0);
  });

  it('shows an edit made while another desk deleted the case as a conflict', () => {
    const [a, b] = openDesks(['A', 'B']);
    const kase = registerCase(a!.core, buildCaseInput());
    sync(a!.core, b!.core);
    a!.core.db.transaction(() => deleteEntity(a!.core.db, writerFor(a!.core), 'case', kase.id))();
    edit(b!.core, kase.id, 'phone', '13000000000');
    sync(a!.core, b!.core);
    sync(b!.core, a!.core);
    for (const desk of [a!, b!]) expect(listConflicts(desk.core.db).map((c) => c.field)).toEqual(['deleted']);
    resolveConflict(a!.core, { entityId: kase.id, field: 'deleted', value: false });
    sync(a!.core, b!.core);
    expect(listConflicts(b!.core.db)).toEqual([]);
    expect(getCase(b!.core.db, kase.id).phone).toBe('13000000000');
  });

  it('relays through a third desk', () => {
    const [a, b, c] = openDesks(['A', 'B', 'C']);
    sync(c!.core, b!.core); // B has heard from C
    const kase = registerCase(a!.core, buildCaseInput());
    sync(a!.core, b!.core);
    sync(b!.core, c!.core);
    expect(getCase(c!.core.db, kase.id).number).toBe(kase.number);
  });

  it('refuses a file that assumed changes the desk does not have, and a full file fills the gap', () => {
    const [a, b, c] = openDesks(['A', 'B', 'C']);
    registerCase(a!.core, buildCaseInput());
    sync(a!.core, b!.core);
    sync(b!.core, a!.core);
    registerCase(a!.core, buildCaseInput());
    // A's file leaves out what B has confirmed; C, never heard from, lacks it.
    const before = replicaState(c!.core.db);
    expect(() => importBundle(c!.core, { path: exchangeFile(a!.core, { toDeskId: b!.core.deskId }) })).toThrow(
      expect.objectContaining({ code: 'MISSING_EARLIER_CHANGES' }),
    );
    expect(replicaState(c!.core.db)).toBe(before);
    sync(a!.core, c!.core, { full: true });
    sync(c!.core, a!.core);
    expect(replicaState(c!.core.db)).toBe(replicaState(a!.core.db));
  });

  it('sends only what the other desk has not confirmed, once it has heard from it', () => {
    const [a, b] = openDesks(['A', 'B']);
    registerCase(a!.core, buildCaseInput());
    sync(a!.core, b!.core);
    sync(b!.core, a!.core); // A learns what B has
    registerCase(a!.core, buildCaseInput());
    const path = exchangeFile(a!.core);
    const incremental = importBundle(b!.core, { path });
    expect(incremental.changes).toBeLessThan(40);
    expect(incremental.newCases).toBe(1);
  });

  it('refuses a file from another organisation, and desk codes used twice', () => {
    const a = openTestCore({ deskCode: 'A' });
    const stranger = openTestCore({ deskCode: 'B' });
    registerCase(a, buildCaseInput());
    const before = replicaState(stranger.db);
    expect(() => importBundle(stranger, { path: exchangeFile(a) })).toThrow(expect.objectContaining({ code: 'OTHER_ORGANISATION' }));
    const twin = openTestCore({ setup: false });
    expect(() => joinDesk(a, twin, 'A')).toThrow(expect.objectContaining({ code: 'DESK_CODE_CLASH' }));
    expect(replicaState(stranger.db)).toBe(before);
  });

  it('seals every file with the organisation key: no resident’s name in the clear, and no passphrase between desks', () => {
    const [a, b] = openDesks(['A', 'B']);
    registerCase(a!.core, buildCaseInput());
    const path = exchangeFile(a!.core);
    expect(readFileSync(path).includes(Buffer.from('李女士'))).toBe(false);
    expect(importBundle(b!.core, { path }).newCases).toBe(1);
  });

  it('refuses a forged change: same id, different content', () => {
    const [a, b] = openDesks(['A', 'B']);
    const kase = registerCase(a!.core, buildCaseInput({ content: '原始内容' }));
    sync(a!.core, b!.core);
    // Desk A's database is tampered with after the exchange, then exported again.
    a!.core.db.exec('DROP TRIGGER log_entries_no_update');
    a!.core.db.prepare(`UPDATE log_entries SET body = replace(body, '原始内容', '篡改内容') WHERE record = (SELECT no FROM log_ids WHERE id = ?)`).run(kase.id);
    const path = exchangeFile(a!.core, { full: true });
    const before = replicaState(b!.core.db);
    expect(() => importBundle(b!.core, { path })).toThrow(expect.objectContaining({ code: 'FORGED_CHANGE' }));
    expect(replicaState(b!.core.db)).toBe(before);
  });

  it('takes a backup of the database before each import that brings something new, and none for one that does not', () => {
    const [a, b] = openDesks(['A', 'B']);
    registerCase(a!.core, buildCaseInput());
    const path = exchangeFile(a!.core, { full: true });
    const result = importBundle(b!.core, { path });
    expect(readFileSync(result.backupPath).subarray(0, 15).toString()).toBe('SQLite format 3');
    expect(listBackups(b!.core.dataDir).map((backup) => [backup.path, backup.reason])).toContainEqual([result.backupPath, 'before_import']);
    const count = listBackups(b!.core.dataDir).length;
    expect(importBundle(b!.core, { path }).backupPath).toBe('');
    expect(listBackups(b!.core.dataDir)).toHaveLength(count);
  });

  it('writes the file atomically: no temporary file is left, and the written file checks out', () => {
    const core = openTestCore();
    registerCase(core, buildCaseInput());
    const path = exchangeFile(core);
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 6).toString()).toBe('CDSYNC');
    writeFileSync(path, bytes.subarray(0, bytes.length - 1));
    expect(() => exportBundle(core, { outPath: path })).not.toThrow();
  });
});

describe('deciding a conflict', () => {
  it('is for a manager only', () => {
    const [a, b] = openDesks(['A', 'B']);
    const kase = registerCase(a!.core, buildCaseInput());
    sync(a!.core, b!.core);
    edit(a!.core, kase.id, 'site', '一期');
    edit(b!.core, kase.id, 'site', '二期');
    sync(b!.core, a!.core);
    const clerk = createUser(a!.core, { name: '前台小李' });
    a!.core.session.userId = clerk.id;
    expect(() => resolveConflict(a!.core, { entityId: kase.id, field: 'site', value: '二期' })).toThrow(
      expect.objectContaining({ code: 'NOT_SUPERVISOR' }),
    );
    expect(listConflicts(a!.core.db)).toHaveLength(1);
  });
});

describe('the chain links a desk keeps of the changes it imports', () => {
  it('keeps the link of every 64th change it imports and of the last, works out the others, and relays a partial file from them', () => {
    const [a, b, c] = openDesks(['A', 'B', 'C']);
    for (let i = 0; i < 12; i++) registerCase(a!.core, buildCaseInput({ content: `楼道灯不亮${i}` }));
    sync(a!.core, c!.core); // C holds part of A's chain: B's file to C will start in the middle of it
    for (let i = 0; i < 6; i++) registerCase(a!.core, buildCaseInput({ content: `电梯异响${i}` }));
    sync(a!.core, b!.core);
    const deskA = a!.core.deskId;
    const linksOf = (db: Db) =>
      db.prepare('SELECT seq, link FROM changes WHERE desk_id = ? ORDER BY seq').all(deskA) as { seq: number; link: Buffer | null }[];
    // A desk keeps the link of each entry it writes that reaches a 64th change (at the entry's last change).
    const ownEntries = a!.core.db
      .prepare('SELECT e.seq, e.n, e.link IS NOT NULL AS kept FROM log_entries e JOIN log_ids d ON d.no = e.desk WHERE d.id = ?')
      .all(deskA) as { seq: number; n: number; kept: number }[];
    const byRule = ownEntries.filter((e) => keepsOwnLink(e.seq, e.seq + e.n - 1));
    expect(byRule.length).toBeGreaterThan(1);
    expect(byRule.every((e) => e.kept === 1)).toBe(true);
    // Besides those, only the latest entry at each of A's exports (B's and C's joining files, two exchanges), whose link it signed.
    expect(ownEntries.filter((e) => e.kept === 1 && !keepsOwnLink(e.seq, e.seq + e.n - 1)).length).toBeLessThanOrEqual(4);
    const written = linksOf(a!.core.db).map((row) => ({ seq: row.seq, link: linkAt(a!.core.db, deskA, row.seq)! }));
    const last = written.at(-1)!.seq;
    expect(last).toBeGreaterThan(128);

    // Of A's changes B keeps the links that end an entry at a 64th change, and the last of each file's run (B joined
    // with a file, then took one more).
    const kept = linksOf(b!.core.db).filter((row) => row.link !== null).map((row) => row.seq);
    expect(kept).toContain(last);
    expect(kept.filter((seq) => seq % 64 !== 0 && seq !== last)).toHaveLength(1);
    const before = c!.core.db.prepare('SELECT max(seq) FROM changes WHERE desk_id = ?').pluck().get(deskA) as number;
    expect(kept).not.toContain(before);
    sync(c!.core, b!.core); // B learns what C holds, so its file to C starts where C's part of A's chain ends
    importBundle(c!.core, { path: exchangeFile(b!.core, { toDeskId: c!.core.deskId }) });
    // The file's run of A's changes started from a link B worked out: C checked the chain up to A's signed head.
    expect(c!.core.db.prepare('SELECT count(*) FROM changes WHERE desk_id = ?').pluck().get(deskA)).toBe(last);
    expect(c!.core.db.prepare("SELECT count(*) FROM cases WHERE content LIKE '电梯异响%'").pluck().get()).toBe(6);

    expect(linkAt(b!.core.db, deskA, 0)!.equals(chainStart(deskA))).toBe(true);
    for (const row of written) expect(linkAt(b!.core.db, deskA, row.seq)!.equals(row.link)).toBe(true);
    for (const row of written) expect(linkAt(c!.core.db, deskA, row.seq)!.equals(row.link)).toBe(true);
  });
});
