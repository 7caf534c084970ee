/**
 * Attachment files, stored once by their SHA-256 under the data folder:
 * the same photo added twice takes the space once, and a sync bundle can
 * name a file by its hash.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newId } from '../ids';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function blobPath(dataDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
  return join(dataDir, 'attachments', sha256.slice(0, 2), sha256);
}

export function hasBlob(dataDir: string, sha256: string): boolean {
  return existsSync(blobPath(dataDir, sha256));
}

/** Writes to a temporary name first, so a crash never leaves half a file under the real name. */
export function putBlob(dataDir: string, bytes: Uint8Array): string {
  const sha256 = sha256Hex(bytes);
  const target = blobPath(dataDir, sha256);
  if (existsSync(target)) return sha256;
  mkdirSync(join(target, '..'), { recursive: true });
  const temporary = `${target}.${newId()}.tmp`;
  writeFileSync(temporary, bytes, { flush: true });
  renameSync(temporary, target);
  return sha256;
}

export function readBlob(dataDir: string, sha256: string): Buffer {
  return readFileSync(blobPath(dataDir, sha256));
}
