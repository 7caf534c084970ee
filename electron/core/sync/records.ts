/**
 * What the frames of a sync file carry: first the manifest, then batches of
 * changes, then attachment files, then the end record with the totals.
 */
import { z } from 'zod';
import { SyncError } from './sync-error';
import { deskCertSchema } from './desk-certs';

export const RECORD = { manifest: 0x4d, changes: 0x43, blob: 0x42, end: 0x45 } as const;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** What a file carries per desk whose changes it holds (sync/signed-heads.ts). */
export const fileHeadSchema = z.object({
  deskId: z.string().min(1).max(64),
  /** The link just before the file's first change of this desk. */
  prev: hex64,
  seq: z.number().int().min(1),
  link: hex64,
  signer: z.string().min(1).max(64),
  legacy: z.boolean(),
  signature: z.string().min(1).max(128),
});
export type FileHead = z.output<typeof fileHeadSchema>;

export const manifestSchema = z.object({
  format: z.literal(2),
  schemaVersion: z.number().int().min(1),
  groupId: z.string().min(1),
  orgName: z.string(),
  sender: z.object({ deskId: z.string().min(1), deskCode: z.string().min(1) }),
  createdAt: z.number().int(),
  full: z.boolean(),
  /** What the sender has: per desk, every change up to this sequence number. */
  vector: z.record(z.string(), z.number().int().min(0)),
  /** What the sender left out because the receivers already have it. */
  base: z.record(z.string(), z.number().int().min(0)),
  counts: z.object({ changes: z.number().int().min(0), blobs: z.number().int().min(0) }),
  /** Every desk the sender has heard of; `replacedBy` names the id a desk restored from a backup went on under. */
  desks: z.array(z.object({ deskId: z.string().min(1), deskCode: z.string().min(1), replacedBy: z.string().min(1).optional() })),
  /** The certificates of every desk the sender knows, so the receiver can check their signatures. */
  certs: z.array(deskCertSchema).max(10_000),
  /** Per desk whose changes the file holds: where its run starts in the chain, and the signed head it ends at. */
  heads: z.array(fileHeadSchema).max(10_000),
});
export type Manifest = z.output<typeof manifestSchema>;

export const endSchema = z.object({
  changes: z.number().int().min(0),
  blobs: z.number().int().min(0),
  /** SHA-256 over every change's canonical line, in file order. */
  digest: z.string().regex(/^[0-9a-f]{64}$/),
});
export type EndRecord = z.output<typeof endSchema>;

/** A change as it travels: [deskId, seq, hlc, entity, entityId, field, value (JSON text), userId, supersedes]. */
export type ChangeTuple = [string, number, string, string, string, string, string, string | null, string[]];

export function record(type: number, payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from([type]), payload]);
}

export function jsonRecord(type: number, value: unknown): Buffer {
  return record(type, Buffer.from(JSON.stringify(value), 'utf8'));
}

/** What the sender signs of its description: the exact text of the manifest as written. */
export function manifestText(json: string): string {
  return `complaint-desk manifest\n${json}`;
}

/** The first frame: the sender's signature (64 bytes), then the manifest's JSON. */
export function manifestRecord(json: string, signature: string): Buffer {
  return record(RECORD.manifest, Buffer.concat([Buffer.from(signature, 'base64'), Buffer.from(json, 'utf8')]));
}

export function blobRecord(sha256: string, bytes: Buffer): Buffer {
  return record(RECORD.blob, Buffer.concat([Buffer.from(sha256, 'hex'), bytes]));
}

export type DecodedRecord =
  | { type: 'manifest'; manifest: Manifest; json: string; signature: string }
  | { type: 'changes'; changes: ChangeTuple[] }
  | { type: 'blob'; sha256: string; bytes: Buffer }
  | { type: 'end'; end: EndRecord };

function parseJson(payload: Buffer): unknown {
  try {
    return JSON.parse(payload.toString('utf8'));
  } catch {
    throw new SyncError('CORRUPT', 'A part of the sync file is not readable');
  }
}

const HLC = /^\d{15}-\d{6}-.+$/;
const CHANGE_ID = /^.+:\d+$/;

/** Every change is checked field by field before anything is imported. */
export function validChangeTuple(value: unknown): value is ChangeTuple {
  if (!Array.isArray(value) || value.length !== 9) return false;
  const [deskId, seq, hlc, entity, entityId, field, json, userId, supersedes] = value as unknown[];
  if (typeof deskId !== 'string' || !deskId || deskId.length > 64) return false;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) return false;
  if (typeof hlc !== 'string' || !HLC.test(hlc)) return false;
  if (typeof entity !== 'string' || !entity || entity.length > 40) return false;
  if (typeof entityId !== 'string' || !entityId || entityId.length > 64) return false;
  if (typeof field !== 'string' || !field || field.length > 64) return false;
  if (typeof json !== 'string') return false;
  try {
    JSON.parse(json);
  } catch {
    return false;
  }
  if (userId !== null && (typeof userId !== 'string' || userId.length > 64)) return false;
  return Array.isArray(supersedes) && supersedes.every((id) => typeof id === 'string' && CHANGE_ID.test(id));
}

/** `checkChanges: false` only for a file already read whole with every check (see readBundle's `sameAs`). */
export function decodeRecord(plain: Buffer, checkChanges = true): DecodedRecord {
  if (plain.length === 0) throw new SyncError('CORRUPT', 'An empty part in the sync file');
  const type = plain[0];
  const payload = plain.subarray(1);
  switch (type) {
    case RECORD.manifest: {
      if (payload.length < 64) throw new SyncError('CORRUPT', 'The sync file’s description is not readable');
      const json = payload.subarray(64);
      const parsed = manifestSchema.safeParse(parseJson(json));
      if (!parsed.success) throw new SyncError('CORRUPT', 'The sync file’s description is not readable');
      return { type: 'manifest', manifest: parsed.data, json: json.toString('utf8'), signature: payload.subarray(0, 64).toString('base64') };
    }
    case RECORD.changes: {
      const changes = parseJson(payload);
      if (!Array.isArray(changes) || (checkChanges && !changes.every(validChangeTuple))) {
        throw new SyncError('CORRUPT', 'The sync file holds a change that is not well formed');
      }
      return { type: 'changes', changes };
    }
    case RECORD.blob:
      if (payload.length < 32) throw new SyncError('CORRUPT', 'An attachment in the sync file is damaged');
      return { type: 'blob', sha256: payload.subarray(0, 32).toString('hex'), bytes: payload.subarray(32) };
    case RECORD.end: {
      const parsed = endSchema.safeParse(parseJson(payload));
      if (!parsed.success) throw new SyncError('CORRUPT', 'The end of the sync file is not readable');
      return { type: 'end', end: parsed.data };
    }
    default:
      throw new SyncError('CORRUPT', 'The sync file holds a part of an unknown kind');
  }
}

/** The canonical line of a change: what the digest and the forgery check compare. */
export function changeLine(change: ChangeTuple): string {
  return JSON.stringify(change);
}
