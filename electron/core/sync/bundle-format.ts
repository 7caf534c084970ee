/**
 * The sync file (.cdsync): a header, then frames, each sealed so that a
 * flipped byte, a cut-off end, frames swapped or dropped, or the wrong
 * passphrase is detected before anything is imported.
 *
 *   header  "CDSYNC" | version u16 | flags u8 [| salt 16 | log2N u8 | r u8 | p u8 | iv prefix 4]
 *   frame   length u32 | final u8 | body | tag
 *
 * Plain files: tag = SHA-256(header, frame index, final, body), which catches
 * damage. Encrypted files: the body is AES-256-GCM under a key from scrypt
 * of the passphrase, the IV is the prefix and the frame index, the header,
 * index and final flag are authenticated data, and the tag is GCM's.
 * Bodies are deflated before sealing. The last frame carries the final
 * flag, so a file cut short anywhere is refused as truncated.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { frameAad, frameNonce, PASSPHRASE_SCRYPT, passphraseKey } from '../crypto/passphrase-frames';
import { closeSync, fstatSync, readSync, writeSync } from 'node:fs';
import { openPlainFile } from '../files/file-errors';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/domain';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { SyncError } from './sync-error';

export const MAGIC = Buffer.from('CDSYNC', 'ascii');
export const FORMAT_VERSION = 1;
const FLAG_ENCRYPTED = 1;
const FLAG_DEFLATE = 2;
const KNOWN_FLAGS = FLAG_ENCRYPTED | FLAG_DEFLATE;
const GCM_TAG = 16;
const SHA_TAG = 32;
/**
 * The most a frame may hold once unpacked: the largest attachment file with its record header. Checked
 * while unpacking, so a small file that would unpack to gigabytes costs no more than this.
 */
export const MAX_FRAME_PLAIN = MAX_ATTACHMENT_BYTES + 1024;
/** Packed, a frame is never much larger than unpacked (deflate adds a few bytes per 64 KB); a bigger length is damage. */
const MAX_FRAME = MAX_FRAME_PLAIN + 64 * 1024;

export interface Sealing {
  header: Buffer;
  key: Buffer | null;
  ivPrefix: Buffer | null;
}

export function newSealing(passphrase: string | null): Sealing {
  const fixed = Buffer.alloc(MAGIC.length + 3);
  MAGIC.copy(fixed);
  fixed.writeUInt16BE(FORMAT_VERSION, MAGIC.length);
  if (!passphrase) {
    fixed.writeUInt8(FLAG_DEFLATE, MAGIC.length + 2);
    return { header: fixed, key: null, ivPrefix: null };
  }
  fixed.writeUInt8(FLAG_DEFLATE | FLAG_ENCRYPTED, MAGIC.length + 2);
  const salt = randomBytes(16);
  const ivPrefix = randomBytes(4);
  const { log2N, r, p } = PASSPHRASE_SCRYPT;
  const params = Buffer.from([log2N, r, p]);
  return {
    header: Buffer.concat([fixed, salt, params, ivPrefix]),
    key: passphraseKey(passphrase, salt, log2N, r, p),
    ivPrefix,
  };
}

function seal(sealing: Sealing, index: number, final: boolean, compressed: Buffer): { body: Buffer; tag: Buffer } {
  if (!sealing.key || !sealing.ivPrefix) {
    const tag = createHash('sha256').update(frameAad(sealing.header, index, final)).update(compressed).digest();
    return { body: compressed, tag };
  }
  const cipher = createCipheriv('aes-256-gcm', sealing.key, frameNonce(sealing.ivPrefix, index));
  cipher.setAAD(frameAad(sealing.header, index, final));
  const body = Buffer.concat([cipher.update(compressed), cipher.final()]);
  return { body, tag: cipher.getAuthTag() };
}

/** Writes frames to a file descriptor the caller opened (and will sync and close). */
export class FrameWriter {
  private index = 0;
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

  frame(plain: Buffer, final = false): void {
    this.packedFrame(deflateRawSync(plain, { level: 1 }), final);
  }

  /** A frame whose content is already deflated (raw): for content packed as a stream, and for tests of what readers refuse. */
  packedFrame(compressed: Buffer, final = false): void {
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

  /** Reads and checks the header; a passphrase is needed if the file is encrypted. */
  open(passphrase: string | null): { encrypted: boolean } {
    if (this.size < MAGIC.length || !this.read(MAGIC.length, 'the header').equals(MAGIC)) {
      throw new SyncError('NOT_A_BUNDLE', 'This is not a Complaint Desk sync file');
    }
    const rest = this.read(3, 'the header');
    const version = rest.readUInt16BE(0);
    const flags = rest.readUInt8(2);
    if (version > FORMAT_VERSION) throw new SyncError('NEWER_FORMAT', 'The sync file was written by a newer version of Complaint Desk');
    if (version < 1 || (flags & ~KNOWN_FLAGS) !== 0 || (flags & FLAG_DEFLATE) === 0) {
      throw new SyncError('CORRUPT', 'The sync file header is damaged');
    }
    const fixed = Buffer.concat([MAGIC, rest]);
    if ((flags & FLAG_ENCRYPTED) === 0) {
      this.sealing = { header: fixed, key: null, ivPrefix: null };
      return { encrypted: false };
    }
    const extra = this.read(16 + 3 + 4, 'the header');
    if (!passphrase) throw new SyncError('PASSPHRASE_REQUIRED', 'This sync file is protected by a passphrase');
    const [log2N, r, p] = [extra.readUInt8(16), extra.readUInt8(17), extra.readUInt8(18)];
    if (log2N < 10 || log2N > 20 || r < 1 || r > 16 || p < 1 || p > 4) throw new SyncError('CORRUPT', 'The sync file header is damaged');
    this.sealing = {
      header: Buffer.concat([fixed, extra]),
      key: passphraseKey(passphrase, extra.subarray(0, 16), log2N, r, p),
      ivPrefix: extra.subarray(19, 23),
    };
    return { encrypted: true };
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
    const encrypted = this.sealing.key !== null;
    const tag = this.read(encrypted ? GCM_TAG : SHA_TAG, 'a frame');
    const compressed = encrypted ? this.decrypt(body, tag, final) : this.check(body, tag, final);
    this.lastSeal = tag;
    this.index += 1;
    this.finished = final;
    try {
      return inflateRawSync(compressed, { maxOutputLength: MAX_FRAME_PLAIN });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new SyncError('TOO_LARGE', `Part ${this.index} of the sync file unpacks to more than any part may hold`);
      }
      throw new SyncError('CORRUPT', 'A frame of the sync file cannot be unpacked');
    }
  }

  private check(body: Buffer, tag: Buffer, final: boolean): Buffer {
    const expected = createHash('sha256').update(frameAad(this.sealing.header, this.index, final)).update(body).digest();
    if (!expected.equals(tag)) throw new SyncError('CORRUPT', `Part ${this.index + 1} of the sync file is damaged`);
    return body;
  }

  private decrypt(body: Buffer, tag: Buffer, final: boolean): Buffer {
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.sealing.key!, frameNonce(this.sealing.ivPrefix!, this.index));
      decipher.setAAD(frameAad(this.sealing.header, this.index, final));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]);
    } catch {
      // The first frame failing is, in practice, a mistyped passphrase; later ones are damage.
      if (this.index === 0) throw new SyncError('WRONG_PASSPHRASE', 'The passphrase is wrong, or the file is damaged');
      throw new SyncError('CORRUPT', `Part ${this.index + 1} of the sync file is damaged`);
    }
  }
}
