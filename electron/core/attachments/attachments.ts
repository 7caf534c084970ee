/** Evidence (证据): photos, recordings and documents on a case or one of its follow-ups. */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Attachment } from '../../../shared/schemas/lifecycle';
import { recordChanges } from '../changes/change-log';
import type { CoreContext } from '../context';
import { writerFor } from '../context';
import type { Db } from '../db/connection';
import { DomainError } from '../errors';
import { newId } from '../ids';
import { readSettingValues } from '../settings/setting-values';
import { blobPath, hasBlob, putBlob, readBlob } from './blob-store';
import { isAllowedAttachment } from '../../../shared/rules/attachment-types';

export interface AddAttachmentInput {
  caseId: string;
  followupId: string | null;
  /** A rectification notice of the case the photo shows the problem of. */
  noticeId?: string | null | undefined;
  fileName: string;
  mime: string;
  dataBase64: string;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decode(dataBase64: string): Buffer {
  const compact = dataBase64.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) {
    throw new DomainError('FILE_UNREADABLE', 'The file could not be read: it arrived damaged');
  }
  return Buffer.from(compact, 'base64');
}

/** Read by case or by id as `+?`, not `?`: a bare parameter in a join or beside an ORDER BY makes SQLite compile the statement twice (db/prepared.ts). */
const ATTACHMENT_COLUMNS = `a.id, a.case_id AS caseId, a.followup_id AS followupId, a.notice_id AS noticeId, a.file_name AS fileName, a.mime,
  a.size, a.sha256, a.at, coalesce(u.name, '') AS userName`;

export function listAttachments(db: Db, caseId: string): Attachment[] {
  return db
    .prepare(`SELECT ${ATTACHMENT_COLUMNS} FROM attachments a LEFT JOIN users u ON u.id = a.user_id
               WHERE a.case_id = +? AND a.deleted = 0 ORDER BY a.at, a.id`)
    .all(caseId) as Attachment[];
}

function getAttachment(db: Db, id: string): Attachment {
  const row = db
    .prepare(`SELECT ${ATTACHMENT_COLUMNS} FROM attachments a LEFT JOIN users u ON u.id = a.user_id WHERE a.id = +? AND a.deleted = 0`)
    .get(id) as Attachment | undefined;
  if (!row) throw new DomainError('NOT_FOUND', 'No such attachment');
  return row;
}

/**
 * Checks everything before it writes: the case and follow-up exist, the
 * file is readable, not empty and within the size limit. A refusal leaves
 * the case exactly as it was.
 */
export function addAttachment(ctx: CoreContext, input: AddAttachmentInput): Attachment {
  const writer = writerFor(ctx);
  assertAllowedType(input.fileName);
  if (!ctx.db.prepare('SELECT 1 FROM cases WHERE id = ? AND deleted = 0').get(input.caseId)) {
    throw new DomainError('NOT_FOUND', 'No such case');
  }
  if (input.followupId && !ctx.db.prepare('SELECT 1 FROM followups WHERE id = ? AND case_id = ?').get(input.followupId, input.caseId)) {
    throw new DomainError('NOT_FOUND', 'No such follow-up on this case');
  }
  if (input.noticeId && !ctx.db.prepare('SELECT 1 FROM rectification_notices WHERE id = ? AND case_id = ? AND deleted = 0').get(input.noticeId, input.caseId)) {
    throw new DomainError('NOT_FOUND', 'No such rectification notice on this case');
  }
  const limit = readSettingValues(ctx.db).maxAttachmentMb * 1024 * 1024;
  if (input.dataBase64.length > Math.ceil(limit / 3) * 4 + 4) {
    throw new DomainError('FILE_TOO_LARGE', `The file is larger than ${limit / 1024 / 1024} MB`);
  }
  const bytes = decode(input.dataBase64);
  if (bytes.length === 0) throw new DomainError('FILE_UNREADABLE', 'The file is empty');
  if (bytes.length > limit) throw new DomainError('FILE_TOO_LARGE', `The file is larger than ${limit / 1024 / 1024} MB`);
  const sha256 = putBlob(ctx.dataDir, bytes);
  const id = newId();
  ctx.db.transaction(() =>
    recordChanges(ctx.db, writer, 'attachment', id, [
      { field: 'caseId', value: input.caseId },
      { field: 'followupId', value: input.followupId },
      // Written only for a notice's photo: other attachments stay as they were recorded before schema 16.
      ...(input.noticeId ? [{ field: 'noticeId', value: input.noticeId }] : []),
      { field: 'fileName', value: input.fileName },
      { field: 'mime', value: input.mime },
      { field: 'size', value: bytes.length },
      { field: 'sha256', value: sha256 },
      { field: 'at', value: ctx.now() },
      { field: 'userId', value: writer.userId },
    ]),
  )();
  return getAttachment(ctx.db, id);
}

export function attachmentContent(ctx: CoreContext, id: string): { fileName: string; mime: string; dataBase64: string } {
  const attachment = getAttachment(ctx.db, id);
  // Not handed to the browser either: a download of a program is one click from running it.
  assertAllowedType(attachment.fileName);
  if (!hasBlob(ctx.dataDir, attachment.sha256)) {
    throw new DomainError('FILE_MISSING', 'The file has not arrived at this desk yet');
  }
  return { fileName: attachment.fileName, mime: attachment.mime, dataBase64: readBlob(ctx.dataDir, attachment.sha256).toString('base64') };
}

/** Where the copies handed to the system viewer go; emptied when the app closes (and when it starts, after a crash). */
export const OPENED_COPIES_DIR = join(tmpdir(), 'complaint-desk-open');

export function removeOpenedCopies(): void {
  rmSync(OPENED_COPIES_DIR, { recursive: true, force: true });
}

function assertAllowedType(fileName: string): void {
  if (!isAllowedAttachment(fileName)) {
    throw new DomainError('FILE_TYPE_REFUSED', `Not a kind of file the office attaches: ${fileName}`, [{ path: 'fileName', message: 'errors.fileType' }]);
  }
}

/** A file name safe to create anywhere: no folders, no characters Windows refuses. */
export function safeFileName(name: string): string {
  const printable = [...name].map((ch) => ((ch.codePointAt(0) ?? 0) < 32 ? '_' : ch)).join('');
  const cleaned = basename(printable.replaceAll('\\', '/')).replace(/[<>:"/\\|?*]/g, '_').trim();
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned.slice(0, 120) : 'attachment';
}

/**
 * Opens the file in the system viewer where the host can (the desktop app);
 * the browser host cannot. The viewer is handed a copy under the file's own
 * name, since the stored blob has no extension to tell it the type.
 */
export async function openAttachment(ctx: CoreContext, id: string): Promise<{ opened: boolean }> {
  const attachment = getAttachment(ctx.db, id);
  // Checked again here: an attachment that came in a sync file was never through addAttachment at this desk.
  assertAllowedType(attachment.fileName);
  if (!hasBlob(ctx.dataDir, attachment.sha256)) throw new DomainError('FILE_MISSING', 'The file has not arrived at this desk yet');
  if (!ctx.ports?.openFile) throw new DomainError('UNSUPPORTED', 'This host cannot open files with the system viewer');
  const folder = join(OPENED_COPIES_DIR, attachment.sha256);
  mkdirSync(folder, { recursive: true });
  const copy = join(folder, safeFileName(attachment.fileName));
  copyFileSync(blobPath(ctx.dataDir, attachment.sha256), copy);
  await ctx.ports.openFile(copy, attachment.fileName);
  return { opened: true };
}
