/**
 * The second copy of a backup, for a folder off this PC (a USB drive, a
 * network share): the backup's book and its attachment files in one file,
 * encrypted so that a lost stick gives nothing away.
 *
 *   header  "CDBACKUP" | version u8 | salt 16 | log2N u8 | r u8 | p u8 | iv prefix 4
 *   frame   length u32 | final u8 | AES-256-GCM body | tag 16
 *
 * The key is scrypt of the office's backup passphrase; the header, the
 * frame's index and its final flag are authenticated, so a changed byte,
 * frames swapped or dropped, a cut-off end or the wrong passphrase are all
 * refused. The first frame describes the contents (the book's length, then
 * each attachment's hash and length); the rest carry those bytes in order.
 *
 * An invitation to the organisation (sync/invitation.ts) is the same kind of
 * file under its own magic: its parts are the invitation and a full sync file.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { frameAad, frameNonce, PASSPHRASE_SCRYPT, passphraseKey } from '../crypto/passphrase-frames';
import { closeSync, mkdirSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { DomainError } from '../errors';
import { writeWholeFile } from '../files/write-whole-file';
import { openPlainFile } from '../files/file-errors';

/** Which kind of sealed file: its magic, and how a file of this kind that cannot be read is refused. */
export interface SealedKind {
  magic: Buffer;
  unreadable(why: string): DomainError;
  wrongPassphrase(): DomainError;
}

const BACKUP_COPY: SealedKind = {
  magic: Buffer.from('CDBACKUP', 'ascii'),
  unreadable: (why) => new DomainError('BACKUP_UNUSABLE', `This backup copy cannot be read: ${why}`),
  wrongPassphrase: () => new DomainError('WRONG_PASSPHRASE', 'The backup passphrase is wrong (or the copy is damaged)'),
};
const VERSION = 1;
const CHUNK = 1024 * 1024;
const TAG = 16;

export interface SealingKey {
  salt: Buffer;
  key: Buffer;
}

export function deriveSealingKey(passphrase: string, salt: Buffer = randomBytes(16)): SealingKey {
  const { log2N, r, p } = PASSPHRASE_SCRYPT;
  return { salt, key: passphraseKey(passphrase, salt, log2N, r, p) };
}

export interface SealedPart {
  /** A file to carry: the book first, then attachment files. */
  path: string;
  /** The attachment's hash; empty for the book. */
  sha256: string;
}

/** Writes the parts to `outPath`, under a temporary name until the last frame is on disk. */
export function writeSealedCopy(outPath: string, sealing: SealingKey, parts: readonly SealedPart[], kind: SealedKind = BACKUP_COPY): void {
  mkdirSync(dirname(outPath), { recursive: true });
  const ivPrefix = randomBytes(4);
  const header = Buffer.concat([kind.magic, Buffer.from([VERSION]), sealing.salt, Buffer.from([PASSPHRASE_SCRYPT.log2N, PASSPHRASE_SCRYPT.r, PASSPHRASE_SCRYPT.p]), ivPrefix]);
  const sizes = parts.map((part) => statSync(part.path).size);
  const description = Buffer.from(JSON.stringify(parts.map((part, i) => ({ sha256: part.sha256, bytes: sizes[i] }))));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const frames = 1 + Math.ceil(total / CHUNK);
  writeWholeFile(outPath, `${outPath}.partial`, (fd) => {
    writeSync(fd, header);
    let index = 0;
    const seal = (body: Buffer) => {
      const final = index === frames - 1;
      const cipher = createCipheriv('aes-256-gcm', sealing.key, frameNonce(ivPrefix, index));
      cipher.setAAD(frameAad(header, index, final));
      const sealed = Buffer.concat([cipher.update(body), cipher.final()]);
      const head = Buffer.alloc(5);
      head.writeUInt32BE(sealed.length);
      head[4] = final ? 1 : 0;
      writeSync(fd, Buffer.concat([head, sealed, cipher.getAuthTag()]));
      index += 1;
    };
    seal(description);
    // The parts' bytes as one stream, cut into equal chunks.
    let pending = Buffer.alloc(0);
    for (const part of parts) {
      const source = openSync(part.path, 'r');
      try {
        const buffer = Buffer.alloc(CHUNK);
        for (let read = readSync(source, buffer); read > 0; read = readSync(source, buffer)) {
          pending = Buffer.concat([pending, buffer.subarray(0, read)]);
          while (pending.length >= CHUNK) {
            seal(pending.subarray(0, CHUNK));
            pending = pending.subarray(CHUNK);
          }
        }
      } finally {
        closeSync(source);
      }
    }
    if (pending.length > 0) seal(pending);
    if (index !== frames) throw new Error('a part changed size while it was being copied');
  });
}

/**
 * Opens a sealed copy with the passphrase: `take(part, index)` is told where each part begins and gets its
 * bytes through `write`; nothing is handed on before its frame checked out, and a copy that does not end
 * where it says it does is refused.
 */
export function readSealedCopy(
  path: string,
  passphrase: string,
  take: (part: { sha256: string; bytes: number }) => { write(bytes: Buffer): void; end(): void },
  kind: SealedKind = BACKUP_COPY,
): { sha256: string; bytes: number }[] {
  const { magic, unreadable } = kind;
  const headerBytes = magic.length + 1 + 16 + 3 + 4;
  const fd = openPlainFile(path);
  try {
    const header = Buffer.alloc(headerBytes);
    if (readSync(fd, header, 0, headerBytes, 0) !== headerBytes || !header.subarray(0, magic.length).equals(magic)) {
      throw unreadable('it is not the kind of file expected');
    }
    if (header[magic.length] !== VERSION) throw unreadable('it was written by a newer version');
    let offset = magic.length + 1;
    const salt = header.subarray(offset, (offset += 16));
    const [log2N, r, p] = [header[offset]!, header[offset + 1]!, header[offset + 2]!];
    offset += 3;
    const ivPrefix = header.subarray(offset, offset + 4);
    if (log2N > 20 || r > 16 || p > 4) throw unreadable('its key settings are out of range');
    const key = passphraseKey(passphrase, salt, log2N, r, p);

    let position = headerBytes;
    let index = 0;
    const open = (): { body: Buffer; final: boolean } | null => {
      const head = Buffer.alloc(5);
      const got = readSync(fd, head, 0, 5, position);
      if (got === 0) return null;
      if (got !== 5) throw unreadable('it is cut off');
      const length = head.readUInt32BE(0);
      if (length > CHUNK * 2) throw unreadable('it is damaged');
      const sealed = Buffer.alloc(length + TAG);
      if (readSync(fd, sealed, 0, sealed.length, position + 5) !== sealed.length) throw unreadable('it is cut off');
      const final = head[4] === 1;
      const decipher = createDecipheriv('aes-256-gcm', key, frameNonce(ivPrefix, index));
      decipher.setAAD(frameAad(header, index, final));
      decipher.setAuthTag(sealed.subarray(length));
      let body: Buffer;
      try {
        body = Buffer.concat([decipher.update(sealed.subarray(0, length)), decipher.final()]);
      } catch {
        throw index === 0 ? kind.wrongPassphrase() : unreadable('it is damaged');
      }
      position += 5 + sealed.length;
      index += 1;
      return { body, final };
    };

    const first = open();
    if (!first) throw unreadable('it is empty');
    const parts = parseParts(first.body, unreadable);
    let ended = first.final;
    let frame: Buffer = Buffer.alloc(0);
    for (const part of parts) {
      const sink = take(part);
      let left = part.bytes;
      while (left > 0) {
        if (frame.length === 0) {
          if (ended) throw unreadable('it is cut off');
          const next = open();
          if (!next) throw unreadable('it is cut off');
          frame = next.body;
          ended = next.final;
        }
        const piece = frame.subarray(0, Math.min(left, frame.length));
        sink.write(piece);
        frame = frame.subarray(piece.length);
        left -= piece.length;
      }
      sink.end();
    }
    if (!ended || frame.length > 0 || open() !== null) throw unreadable('it does not end where it says');
    return parts;
  } finally {
    closeSync(fd);
  }
}

function parseParts(body: Buffer, unreadable: SealedKind['unreadable']): { sha256: string; bytes: number }[] {
  try {
    const parts = JSON.parse(body.toString('utf8')) as unknown;
    if (Array.isArray(parts) && parts.every((part) => typeof part?.sha256 === 'string' && Number.isSafeInteger(part?.bytes) && part.bytes >= 0)) {
      return parts as { sha256: string; bytes: number }[];
    }
  } catch {
    // Falls through to the refusal.
  }
  throw unreadable('its description is damaged');
}
