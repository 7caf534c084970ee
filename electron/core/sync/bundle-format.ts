/**
 * The sync file (.cdsync): a header, then frames, each sealed so that a
 * flipped byte, a cut-off end, frames swapped or dropped, or a file from
 * another organisation is detected before anything is imported.
 *
 *   header  "CDSYNC" | version u16 (3) | flags u8 | key id 16 | salt 16
 *   frame   length u32 | final u8 | body | tag
 *
 * Every file is encrypted: the body is AES-256-GCM under a key derived from
 * the organisation key the header names and the file's random salt
 * (crypto/org-key.ts), the IV is the derived prefix and the frame index, the
 * header, index and final flag are authenticated data, and the tag is GCM's.
 * Bodies are deflated before sealing, each with the end of the frame before
 * it as deflate's dictionary (format 3): frames stay small for the reader
 * (records.ts) and pack as well as one stream. The last frame carries the
 * final flag, so a file cut short anywhere is refused as truncated.
 *
 * Version 1 files (plain, or sealed by a passphrase) came from desks before
 * organisation keys, version 2 files from desks that wrote a change a tuple
 * (before the change log's entries, records.ts); both are refused with the
 * name of the desk to upgrade.
 */
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { frameAad, frameNonce } from '../crypto/passphrase-frames';
import { closeSync, fstatSync, readSync, writeSync } from 'node:fs';
import { openPlainFile } from '../files/file-errors';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/domain';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { FILE_SALT_BYTES, fileKey, KEY_ID_BYTES, type KeyRing, type OrgKey } from '../crypto/org-key';
import { SyncError } from './sync-error';

export const MAGIC = Buffer.from('CDSYNC', 'ascii');
export const FORMAT_VERSION = 3;
const FLAG_ENCRYPTED = 1;
const FLAG_DEFLATE = 2;
const GCM_TAG = 16;
/**
 * The most a frame may hold once unpacked: the largest attachment file with its record header. Checked
 * while unpacking, so a small file that would unpack to gigabytes costs no more than this.
 */
export const MAX_FRAME_PLAIN = MAX_ATTACHMENT_BYTES + 1024;
/** Packed, a frame is never much larger than unpacked (deflate adds a few bytes per 64 KB); a bigger length is damage. */
const MAX_FRAME = MAX_FRAME_PLAIN + 64 * 1024;

export interface Sealing {
  header: Buffer;
  key: Buffer;
  ivPrefix: Buffer;
}

/** A new file's sealing under the organisation key: a fresh salt, so a fresh frame key. */
export function newSealing(orgKey: OrgKey): Sealing {
  const fixed = Buffer.alloc(MAGIC.length + 3);
  MAGIC.copy(fixed);
  fixed.writeUInt16BE(FORMAT_VERSION, MAGIC.length);
  fixed.writeUInt8(FLAG_DEFLATE | FLAG_ENCRYPTED, MAGIC.length + 2);
  const salt = randomBytes(FILE_SALT_BYTES);
  return { header: Buffer.concat([fixed, Buffer.from(orgKey.keyId, 'hex'), salt]), ...fileKey(orgKey.key, salt) };
}

function seal(sealing: Sealing, index: number, final: boolean, compressed: Buffer): { body: Buffer; tag: Buffer } {
  const cipher = createCipheriv('aes-256-gcm', sealing.key, frameNonce(sealing.ivPrefix, index));
  cipher.setAAD(frameAad(sealing.header, index, final));
  const body = Buffer.concat([cipher.update(compressed), cipher.final()]);
  return { body, tag: cipher.getAuthTag() };
}

/** Writes frames to a file descriptor the caller opened (and will sync and close). */
export class FrameWriter {
  private index = 0;
  /** The end of the last frame's content: the next frame is packed with it as deflate's dictionary. */
  private previous: Buffer | null = null;
  bytesWritten = 0;

  constructor(
    private readonly fd: number,
    private readonly sealing: Sealing,
  ) {
    this.write(sealing.header);
  }

  private write(buffer: Buffer): void {
    let offset = 0;
    while (offset < buffer.length) offset += writeSync(this.fd, buffer, offset);
    this.bytesWritten += buffer.length;
  }

  /** Level 1 unless said otherwise: attachment files are mostly packed already (photos, PDFs). */
  frame(plain: Buffer, final = false, level = 1): void {
    const previous = this.previous;
    this.previous = lastWindow(plain);
    this.seal(deflateRawSync(plain, previous ? { level, dictionary: previous } : { level }), final);
  }

  /**
   * A frame whose content is already deflated (raw, without a dictionary), for tests of what readers refuse:
   * frames after it are packed without one, which a reader does not expect.
   */
  packedFrame(compressed: Buffer, final = false): void {
    this.previous = null;
    this.seal(compressed, final);
  }

  private seal(compressed: Buffer, final: boolean): void {
    const { body, tag } = seal(this.sealing, this.index, final, compressed);
    const prefix = Buffer.alloc(5);
    prefix.writeUInt32BE(body.length, 0);
    prefix.writeUInt8(final ? 1 : 0, 4);
    this.write(prefix);
    this.write(body);
    this.write(tag);
    this.index += 1;
  }
}

/** Reads a sync file frame by frame, checking every seal; nothing is trusted before its frame checks out. */
export class FrameReader {
  private readonly fd: number;
  private readonly size: number;
  private offset = 0;
  private index = 0;
  private finished = false;
  private sealing!: Sealing;
  /** The seal of the frame `next` returned last: equal seals mean equal frames. */
  lastSeal: Buffer | null = null;
  /** The end of the last frame's content, the dictionary the next one was packed with. */
  private previous: Buffer | null = null;

  constructor(path: string) {
    this.fd = openPlainFile(path);
    this.size = fstatSync(this.fd).size;
  }

  close(): void {
    closeSync(this.fd);
  }

  private read(length: number, what: string): Buffer {
    if (this.offset + length > this.size) throw new SyncError('TRUNCATED', `The file ends in the middle of ${what}`);
    const buffer = Buffer.alloc(length);
    let got = 0;
    while (got < length) got += readSync(this.fd, buffer, got, length - got, this.offset + got);
    this.offset += length;
    return buffer;
  }

  /** Reads and checks the header, and finds the organisation key it was written under. */
  open(keys: KeyRing): void {
    if (this.size < MAGIC.length || !this.read(MAGIC.length, 'the header').equals(MAGIC)) {
      throw new SyncError('NOT_A_BUNDLE', 'This is not a Complaint Desk sync file');
    }
    const rest = this.read(3, 'the header');
    const version = rest.readUInt16BE(0);
    const flags = rest.readUInt8(2);
    if (version > FORMAT_VERSION) throw new SyncError('NEWER_FORMAT', 'The sync file was written by a newer version of Complaint Desk');
    if (version === 1) throw olderFormat(this.fd, flags);
    if (version < 2 || flags !== (FLAG_ENCRYPTED | FLAG_DEFLATE)) throw new SyncError('CORRUPT', 'The sync file header is damaged');
    const extra = this.read(KEY_ID_BYTES + FILE_SALT_BYTES, 'the header');
    if (!keys.hasKeys) throw noOrgKey();
    const orgKey = keys.keyOf(extra.subarray(0, KEY_ID_BYTES).toString('hex'));
    if (!orgKey) {
      throw new SyncError(
        'OTHER_ORGANISATION',
        'This sync file is sealed with a key this desk does not have: it belongs to another organisation, or a manager changed the key and this desk needs a new invitation',
      );
    }
    this.sealing = { header: Buffer.concat([MAGIC, rest, extra]), ...fileKey(orgKey, extra.subarray(KEY_ID_BYTES)) };
    if (version === 2) throw this.olderThanEntries();
  }

  /**
   * A version 2 file: from a desk that keeps its change log a row per change (before schema 18). Sealed as
   * this version seals, so its description can be read: the message names the desk to upgrade.
   */
  private olderThanEntries(): SyncError {
    let deskCode = '';
    try {
      const manifest = JSON.parse(this.next()!.subarray(1 + 64).toString('utf8')) as { sender?: { deskCode?: unknown } };
      if (typeof manifest.sender?.deskCode === 'string') deskCode = manifest.sender.deskCode.slice(0, 40);
    } catch {
      // Damaged as well as old: the message goes without the desk's code.
    }
    return olderFormatError(deskCode);
  }

  /** The next frame's plain content, or null after the final frame (which must end the file). */
  next(): Buffer | null {
    if (this.finished) {
      if (this.offset !== this.size) throw new SyncError('CORRUPT', 'The sync file has data after its end');
      return null;
    }
    if (this.offset === this.size) throw new SyncError('TRUNCATED', 'The sync file ends before its last part');
    const prefix = this.read(5, 'a frame');
    const length = prefix.readUInt32BE(0);
    const finalByte = prefix.readUInt8(4);
    if (length > MAX_FRAME || finalByte > 1) throw new SyncError('CORRUPT', 'A frame of the sync file is damaged');
    const final = finalByte === 1;
    const body = this.read(length, 'a frame');
    const tag = this.read(GCM_TAG, 'a frame');
    const compressed = this.decrypt(body, tag, final);
    this.lastSeal = tag;
    this.index += 1;
    this.finished = final;
    try {
      const previous = this.previous;
      const plain = inflateRawSync(compressed, previous ? { maxOutputLength: MAX_FRAME_PLAIN, dictionary: previous } : { maxOutputLength: MAX_FRAME_PLAIN });
      this.previous = lastWindow(plain);
      return plain;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new SyncError('TOO_LARGE', `Part ${this.index} of the sync file unpacks to more than any part may hold`);
      }
      throw new SyncError('CORRUPT', 'A frame of the sync file cannot be unpacked');
    }
  }

  private decrypt(body: Buffer, tag: Buffer, final: boolean): Buffer {
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.sealing.key, frameNonce(this.sealing.ivPrefix, this.index));
      decipher.setAAD(frameAad(this.sealing.header, this.index, final));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]);
    } catch {
      // The key is the organisation's (the header named it): a frame that fails was altered or damaged.
      throw new SyncError('CORRUPT', `Part ${this.index + 1} of the sync file is damaged or was altered`);
    }
  }
}

/** Deflate looks back 32 KB at most: the end of a frame is all the next one can use (copied, not a view of the frame). */
function lastWindow(plain: Buffer): Buffer {
  return Buffer.from(plain.subarray(-32 * 1024));
}

export function noOrgKey(): SyncError {
  return new SyncError(
    'NO_ORG_KEY',
    'This desk has no organisation key yet: ask a manager at a desk that has it for an invitation file and accept it on the sync screen (同步 → 机构密钥)',
  );
}

/**
 * A version 1 file: written by a desk from before organisation keys. Its description names the desk when
 * the file is plain (a passphrase-sealed one cannot be read without it): the message says which desk to upgrade.
 */
function olderFormat(fd: number, flags: number): SyncError {
  let deskCode = '';
  if ((flags & FLAG_ENCRYPTED) === 0) {
    try {
      const prefix = Buffer.alloc(5);
      readSync(fd, prefix, 0, 5, MAGIC.length + 3);
      const length = Math.min(prefix.readUInt32BE(0), 1024 * 1024);
      const body = Buffer.alloc(length);
      readSync(fd, body, 0, length, MAGIC.length + 3 + 5);
      const manifest = JSON.parse(inflateRawSync(body, { maxOutputLength: 4 * 1024 * 1024 }).subarray(1).toString('utf8')) as {
        sender?: { deskCode?: unknown };
      };
      if (typeof manifest.sender?.deskCode === 'string') deskCode = manifest.sender.deskCode.slice(0, 40);
    } catch {
      // Damaged as well as old: the message goes without the desk's code.
    }
  }
  return olderFormatError(deskCode);
}

function olderFormatError(deskCode: string): SyncError {
  const error = new SyncError(
    'OLDER_FORMAT',
    `This sync file was written by an older version of Complaint Desk${deskCode ? ` at desk ${deskCode}` : ''}: upgrade that desk (give it the organisation key with an invitation if it has none), and export again`,
  );
  error.details = { deskCode };
  return error;
}
