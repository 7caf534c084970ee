/**
 * The organisation key: 256 random bits every desk of one organisation
 * holds, under which every sync file is encrypted and authenticated. It is
 * made when the organisation is set up (or when the first desk of an older
 * organisation is upgraded) and reaches other desks only inside an
 * invitation sealed by a passphrase. Rotating it makes a new current key;
 * older ones are kept so files written under them stay readable.
 *
 * Each file has a random salt in its header, and its frame key and nonce
 * prefix come from HKDF of the organisation key and that salt: no two
 * files share a key, so nonces never repeat however many files are written.
 */
import { hkdfSync, randomBytes } from 'node:crypto';
import type { Db } from '../db/connection';

export interface OrgKey {
  keyId: string;
  key: Buffer;
  createdAt: number;
}

/** 16 bytes of key id in the file header; its hex is what the table keeps. */
export const KEY_ID_BYTES = 16;
export const FILE_SALT_BYTES = 16;

export function currentOrgKey(db: Db): OrgKey | null {
  const row = db.prepare('SELECT key_id AS keyId, key, created_at AS createdAt FROM org_keys WHERE current = 1').get() as OrgKey | undefined;
  return row ?? null;
}

export function orgKeyById(db: Db, keyId: string): OrgKey | null {
  const row = db.prepare('SELECT key_id AS keyId, key, created_at AS createdAt FROM org_keys WHERE key_id = ?').get(keyId) as OrgKey | undefined;
  return row ?? null;
}

export function allOrgKeys(db: Db): (OrgKey & { current: boolean })[] {
  const rows = db.prepare('SELECT key_id AS keyId, key, created_at AS createdAt, current FROM org_keys ORDER BY created_at').all() as (OrgKey & {
    current: number;
  })[];
  return rows.map((row) => ({ ...row, current: row.current === 1 }));
}

/** A new random key, made the current one (the ones before stay, for reading older files). */
export function createOrgKey(db: Db, now: number): OrgKey {
  const key: OrgKey = { keyId: randomBytes(KEY_ID_BYTES).toString('hex'), key: randomBytes(32), createdAt: now };
  db.transaction(() => {
    db.prepare('UPDATE org_keys SET current = 0').run();
    db.prepare('INSERT INTO org_keys (key_id, key, created_at, current) VALUES (?, ?, ?, 1)').run(key.keyId, key.key, key.createdAt);
  })();
  return key;
}

/** Keys from an invitation: added if new; the invitation's current key becomes this desk's current one. */
export function storeOrgKeys(db: Db, keys: readonly OrgKey[], currentKeyId: string): void {
  const insert = db.prepare('INSERT OR IGNORE INTO org_keys (key_id, key, created_at, current) VALUES (?, ?, ?, 0)');
  for (const key of keys) insert.run(key.keyId, key.key, key.createdAt);
  const newest = db.prepare('SELECT created_at FROM org_keys WHERE current = 1').pluck().get() as number | undefined;
  const offered = keys.find((key) => key.keyId === currentKeyId);
  // A desk that already rotated to a newer key keeps writing under it.
  if (offered && (newest === undefined || offered.createdAt >= newest)) {
    db.prepare('UPDATE org_keys SET current = (key_id = ?)').run(currentKeyId);
  }
}

/** What a reader needs to open a file: the organisation keys a desk holds, by id. */
export interface KeyRing {
  /** Whether the desk has any organisation key at all. */
  hasKeys: boolean;
  keyOf(keyId: string): Buffer | null;
}

export function keyRing(db: Db): KeyRing {
  const keys = new Map(allOrgKeys(db).map((key) => [key.keyId, key.key]));
  return { hasKeys: keys.size > 0, keyOf: (keyId) => keys.get(keyId) ?? null };
}

/** The key and nonce prefix of one file's frames. */
export function fileKey(orgKey: Buffer, salt: Buffer): { key: Buffer; ivPrefix: Buffer } {
  const derived = Buffer.from(hkdfSync('sha256', orgKey, salt, 'complaint-desk sync file', 36));
  return { key: derived.subarray(0, 32), ivPrefix: derived.subarray(32, 36) };
}
