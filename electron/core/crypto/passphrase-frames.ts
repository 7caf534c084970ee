/**
 * What the two encrypted file formats share (sync files, sync/bundle-format.ts,
 * and the backup copies for a USB drive, backup/sealed-copy.ts): the key is
 * scrypt of the passphrase with the salt and settings the file's header
 * carries, and each frame is AES-256-GCM with a nonce of the header's prefix
 * and the frame's index, authenticating the header, the index and whether
 * it is the last frame.
 */
import { createHash, scryptSync } from 'node:crypto';

/** The scrypt settings a new file is written with; a file says its own in its header. */
export const PASSPHRASE_SCRYPT = { log2N: 15, r: 8, p: 1 };

/** scrypt is slow on purpose; previewing and then importing one file should not pay for it twice. */
const recentKeys = new Map<string, Buffer>();
const RECENT_KEYS = 8;

export function passphraseKey(passphrase: string, salt: Buffer, log2N: number, r: number, p: number): Buffer {
  const cacheKey = createHash('sha256').update(passphrase).update(salt).update(Buffer.from([log2N, r, p])).digest('hex');
  const cached = recentKeys.get(cacheKey);
  if (cached) return cached;
  const N = 2 ** log2N;
  const key = scryptSync(passphrase.normalize('NFKC'), salt, 32, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
  recentKeys.set(cacheKey, key);
  if (recentKeys.size > RECENT_KEYS) recentKeys.delete(recentKeys.keys().next().value!);
  return key;
}

function frameIndex(index: number): Buffer {
  const buffer = Buffer.alloc(8);
  buffer.writeBigUInt64BE(BigInt(index));
  return buffer;
}

/** The nonce of frame `index`: the file's 4-byte prefix, then the index. */
export function frameNonce(prefix: Buffer, index: number): Buffer {
  return Buffer.concat([prefix, frameIndex(index)]);
}

/** What frame `index` authenticates besides its body: the header, its index, and whether it is the last. */
export function frameAad(header: Buffer, index: number, final: boolean): Buffer {
  return Buffer.concat([header, frameIndex(index), Buffer.from([final ? 1 : 0])]);
}
