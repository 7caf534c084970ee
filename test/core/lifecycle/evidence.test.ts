import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerCase } from '../../../electron/core/cases/register-case';
import { addAttachment, attachmentContent, openAttachment, safeFileName } from '../../../electron/core/attachments/attachments';
import { blobPath } from '../../../electron/core/attachments/blob-store';
import { addFollowup, listFollowups } from '../../../electron/core/followups/followups';
import { saveSettingValues } from '../../../electron/core/settings/org-settings';
import { buildCaseInput, openTestCore } from '../../factories/core';
import { recordChanges } from '../../../electron/core/changes/change-log';
import { writerFor } from '../../../electron/core/context';

const PHOTO = Buffer.from('\x89PNG\r\n\x1a\n fake photo bytes');
const changes = (core: ReturnType<typeof openTestCore>) => core.db.prepare('SELECT count(*) FROM changes').pluck().get();

function followup(caseId: string, overrides: Partial<Parameters<typeof addFollowup>[1]> = {}) {
  return { caseId, kind: 'handling' as const, text: '已上门查看', remedyKind: '' as const, amount: null, customerConfirmed: null, amendsId: null, ...overrides };
}

describe('follow-ups', () => {
  it('keeps every kind in order, and a correction amends without erasing', () => {
    const core = openTestCore();
    const kase = registerCase(core, buildCaseInput());
    // Typed in afterwards, each with when it happened (after the complaint was received).
    const after = (minutes: number) => kase.receivedAt + minutes * 60_000;
    const first = addFollowup(core, followup(kase.id, { kind: 'contact', text: '电话联系业主,约定明早上门', at: after(10) }));
    addFollowup(core, followup(kase.id, { kind: 'remedy', text: '免收当月物业费', remedyKind: 'free_service', amount: 320, at: after(20) }));
    addFollowup(core, followup(kase.id, { kind: 'result_feedback', text: '业主确认已修好', customerConfirmed: true, at: after(30) }));
    const correction = addFollowup(core, followup(kase.id, { kind: 'contact', text: '更正:约定后天上门', amendsId: first.id, at: after(40) }));

    const list = listFollowups(core.db, kase.id);
    expect(list.map((f) => f.kind)).toEqual(['contact', 'remedy', 'result_feedback', 'contact']);
    expect(list[0]).toMatchObject({ text: '电话联系业主,约定明早上门', amendedBy: correction.id });
    expect(list[1]).toMatchObject({ remedyKind: 'free_service', amount: 320 });
    expect(list[2]).toMatchObject({ customerConfirmed: true });
    // The first contact is what the response deadline is measured against.
    expect(core.db.prepare('SELECT first_contact_at FROM cases').pluck().get()).toBe(after(10));
  });

  it('lists a case\'s follow-ups, corrections included, from indexes without scanning every follow-up of the book', () => {
    const core = openTestCore();
    const kase = registerCase(core, buildCaseInput());
    const first = addFollowup(core, followup(kase.id));
    addFollowup(core, followup(kase.id, { text: '更正：已更换水管', amendsId: first.id }));
    const statements: string[] = [];
    const prepare = core.db.prepare.bind(core.db);
    core.db.prepare = ((sql: string) => {
      statements.push(sql);
      return prepare(sql);
    }) as typeof core.db.prepare;
    expect(listFollowups(core.db, kase.id).map((f) => f.amendedBy !== null)).toEqual([true, false]);
    core.db.prepare = prepare;
    expect(statements.length).toBeGreaterThan(0);
    for (const sql of statements) {
      const unbound = new Array<null>((sql.match(/\?/g) ?? []).length).fill(null);
      const plan = (core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...unbound) as { detail: string }[]).map((row) => row.detail);
      expect(plan.filter((detail) => /^SCAN (?!CONSTANT)/.test(detail)), sql).toEqual([]);
    }
  });

  it('refuses a follow-up on a case that does not exist', () => {
    const core = openTestCore();
    expect(() => addFollowup(core, followup('nope'))).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});

describe('attachments', () => {
  it('stores a file once by its SHA-256 however often it is added, and reads it back', () => {
    const core = openTestCore();
    const kase = registerCase(core, buildCaseInput());
    const a = addAttachment(core, { caseId: kase.id, followupId: null, fileName: '漏水照片.png', mime: 'image/png', dataBase64: PHOTO.toString('base64') });
    const b = addAttachment(core, { caseId: kase.id, followupId: null, fileName: 'again.png', mime: 'image/png', dataBase64: PHOTO.toString('base64') });
    expect(a.sha256).toBe(b.sha256);
    expect(a.size).toBe(PHOTO.length);
    expect(existsSync(blobPath(core.dataDir, a.sha256))).toBe(true);
    expect(readdirSync(join(core.dataDir, 'attachments', a.sha256.slice(0, 2)))).toEqual([a.sha256]);
    expect(Buffer.from(attachmentContent(core, a.id).dataBase64, 'base64').equals(PHOTO)).toBe(true);
  });

  it('ties an attachment to a follow-up on the same case', () => {
    const core = openTestCore();
    const kase = registerCase(core, buildCaseInput());
    const f = addFollowup(core, followup(kase.id));
    addAttachment(core, { caseId: kase.id, followupId: f.id, fileName: 'r.m4a', mime: 'audio/mp4', dataBase64: PHOTO.toString('base64') });
    expect(listFollowups(core.db, kase.id)[0]!.attachments).toHaveLength(1);
  });

  it('refuses a file over the size limit with a clear code and leaves the case unchanged', () => {
    const core = openTestCore();
    const kase = registerCase(core, buildCaseInput());
    saveSettingValues(core, { maxAttachmentMb: 1 });
    const before = changes(core);
    const big = Buffer.alloc(1024 * 1024 + 1, 7).toString('base64');
    expect(() => addAttachment(core, { caseId: kase.id, followupId: null, fileName: 'big.jpg', mime: 'image/jpeg', dataBase64: big })).toThrow(
      expect.objectContaining({ code: 'FILE_TOO_LARGE' }),
    );
    expect(changes(core)).toBe(before);
    expect(existsSync(join(core.dataDir, 'attachments'))).toBe(false);
  });

  it('refuses an unreadable or empty file, and one for a missing case', () => {
    const core = openTestCore();
    const kase = registerCase(core, buildCaseInput());
    const before = changes(core);
    const add = (dataBase64: string, caseId = kase.id) => () => addAttachment(core, { caseId, followupId: null, fileName: 'f.jpg', mime: 'image/jpeg', dataBase64 });
    expect(add('this is not base64!!')).toThrow(expect.objectContaining({ code: 'FILE_UNREADABLE' }));
    expect(add('')).toThrow(expect.objectContaining({ code: 'FILE_UNREADABLE' }));
    expect(add('AAAA', 'no-such-case')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(changes(core)).toBe(before);
  });

  it('opens with the system viewer through the host, and says so where the host cannot', async () => {
    const core = openTestCore();
    const kase = registerCase(core, buildCaseInput());
    const a = addAttachment(core, { caseId: kase.id, followupId: null, fileName: 'p.png', mime: 'image/png', dataBase64: PHOTO.toString('base64') });
    await expect(openAttachment(core, a.id)).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    const opened: string[] = [];
    core.ports = { openFile: async (path) => void opened.push(path) };
    await expect(openAttachment(core, a.id)).resolves.toEqual({ opened: true });
    // The viewer gets a copy under the file's own name, so it knows the type.
    expect(opened).toHaveLength(1);
    expect(basename(opened[0]!)).toBe('p.png');
    expect(readFileSync(opened[0]!).equals(PHOTO)).toBe(true);
  });

  it('refuses a program or an unknown type when attached, opened or read, also one that arrived from another desk', async () => {
    const core = openTestCore();
    const kase = registerCase(core, buildCaseInput());
    const before = changes(core);
    for (const fileName of ['发票.exe', '照片.jpg.lnk', 'photo.exe. ', '照片\u202egpj.exe']) {
      expect(() => addAttachment(core, { caseId: kase.id, followupId: null, fileName, mime: 'image/jpeg', dataBase64: PHOTO.toString('base64') })).toThrow(
        expect.objectContaining({ code: 'FILE_TYPE_REFUSED', issues: [{ path: 'fileName', message: 'errors.fileType' }] }),
      );
    }
    expect(changes(core)).toBe(before);
    // As an import would write it: another desk's attachment entity, never through addAttachment here.
    const good = addAttachment(core, { caseId: kase.id, followupId: null, fileName: 'p.png', mime: 'image/png', dataBase64: PHOTO.toString('base64') });
    core.db.transaction(() =>
      recordChanges(core.db, writerFor(core), 'attachment', 'from-elsewhere', [
        { field: 'caseId', value: kase.id },
        { field: 'followupId', value: null },
        { field: 'fileName', value: '整改通知.pdf.exe' },
        { field: 'mime', value: 'application/pdf' },
        { field: 'size', value: PHOTO.length },
        { field: 'sha256', value: good.sha256 },
        { field: 'at', value: 1 },
        { field: 'userId', value: null },
      ]),
    )();
    core.ports = { openFile: async () => undefined };
    await expect(openAttachment(core, 'from-elsewhere')).rejects.toMatchObject({ code: 'FILE_TYPE_REFUSED' });
    expect(() => attachmentContent(core, 'from-elsewhere')).toThrow(expect.objectContaining({ code: 'FILE_TYPE_REFUSED' }));
    expect(await openAttachment(core, good.id)).toEqual({ opened: true });
  });

  it('makes a safe file name of whatever name the file came with', () => {
    expect(safeFileName('..\\..\\windows\\system32\\evil.exe')).toBe('evil.exe');
    expect(safeFileName('a/b/照片:1?.jpg')).toBe('照片_1_.jpg');
    expect(safeFileName('..')).toBe('attachment');
  });
});
