/**
 * Each desk's Ed25519 key pair (node:crypto). The private key never leaves
 * the desk's database; the public key travels in the desk's certificate
 * (sync/desk-certs.ts). What a desk signs is short text that names what it
 * is (a head, a manifest, a certificate), so a signature of one kind can
 * never be passed off as another.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import type { Db } from '../db/connection';

/** DER prefix of an Ed25519 public key (SubjectPublicKeyInfo); the raw 32 bytes follow it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export interface SigningKeyPair {
  privateKey: KeyObject;
  /** The raw 32-byte public key, base64: what certificates carry. */
  publicKey: string;
}

export function newKeyPair(): SigningKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey: rawPublicKey(publicKey) };
}

function rawPublicKey(key: KeyObject): string {
  return (key.export({ format: 'der', type: 'spki' }) as Buffer).subarray(ED25519_SPKI_PREFIX.length).toString('base64');
}

export function privateKeyDer(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'pkcs8' }) as Buffer;
}

export function privateKeyFromDer(der: Buffer): SigningKeyPair {
  const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  return { privateKey, publicKey: rawPublicKey(createPublicKey(privateKey)) };
}

const publicKeys = new Map<string, KeyObject | null>();

/** A public key from its base64 raw form; null when it is not one. */
function publicKeyObject(publicKey: string): KeyObject | null {
  let key = publicKeys.get(publicKey);
  if (key !== undefined) return key;
  const raw = Buffer.from(publicKey, 'base64');
  try {
    key = raw.length === 32 ? createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' }) : null;
  } catch {
    key = null;
  }
  publicKeys.set(publicKey, key);
  return key;
}

export function signText(privateKey: KeyObject, text: string): string {
  return sign(null, Buffer.from(text, 'utf8'), privateKey).toString('base64');
}

export function verifyText(publicKey: string, text: string, signature: string): boolean {
  const key = publicKeyObject(publicKey);
  const raw = Buffer.from(signature, 'base64');
  if (!key || raw.length !== 64) return false;
  try {
    return verify(null, Buffer.from(text, 'utf8'), key, raw);
  } catch {
    return false;
  }
}

/** This desk's key pair; null until the desk has one (set up, joined, or given its key after an upgrade). */
export function deskKeyPair(db: Db): SigningKeyPair | null {
  const der = db.prepare('SELECT signing_key FROM desk').pluck().get() as Buffer | null;
  return der ? privateKeyFromDer(der) : null;
}

export function storeDeskKeyPair(db: Db, pair: SigningKeyPair): void {
  db.prepare('UPDATE desk SET signing_key = ?').run(privateKeyDer(pair.privateKey));
}
