/**
 * What the frames of a sync file carry: first the manifest, then batches of
 * changes, then attachment files, then the end record with the totals.
 *
 * Changes travel as entries (format 3): a run of one desk's changes with
 * consecutive numbers to one record by one person, as the change log stores
 * them (changes/log-entries.ts), written
 *   [deskId, seq, hlc, entity, entityId, userId, [[field, value, supersedes?, hlc?], ...]]
 * where a change's timestamp is written out only when it is not one counter
 * after the one before in the same millisecond. Each change's canonical
 * line, which the chains and the digest hash, is the one of its expanded
 * tuple, as in format 2.
 */
import { z } from 'zod';
import { SyncError } from './sync-error';
import { deskCertSchema } from './desk-certs';
import { stampAt, stampPattern, type StampPattern } from '../changes/hlc';

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
  format: z.literal(3),
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
      const entries = parseJson(payload);
      const changes = Array.isArray(entries) ? entries.flatMap(expandWireEntry) : null;
      if (!changes || changes.includes(null) || (checkChanges && !changes.every(validChangeTuple))) {
        throw new SyncError('CORRUPT', 'The sync file holds a change that is not well formed');
      }
      return { type: 'changes', changes: changes as ChangeTuple[] };
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

/** A change of an entry as a file carries it: [field, value, supersedes?, hlc?]. */
type WireChange = [string, string, string[]?, string?];
/** An entry as a file carries it (see above). */
type WireEntry = [string, number, string, string, string, string | null, WireChange[]];

/** An entry's changes as tuples; null for one not well formed (the caller refuses the file). */
function expandWireEntry(entry: unknown): (ChangeTuple | null)[] {
  if (!Array.isArray(entry) || entry.length !== 7) return [null];
  const [deskId, seq, hlc, entity, entityId, userId, body] = entry as unknown[];
  if (typeof deskId !== 'string' || typeof seq !== 'number' || !Number.isSafeInteger(seq) || typeof hlc !== 'string') return [null];
  if (!Array.isArray(body) || body.length === 0) return [null];
  const pattern = stampPattern(hlc, deskId);
  return body.map((change: unknown, index) => {
    if (!Array.isArray(change) || change.length < 2 || change.length > 4) return null;
    const [field, value, supersedes = [], stamp] = change as unknown[];
    const written = stamp ?? (index === 0 ? hlc : pattern && stampAt(deskId, pattern, index));
    if (typeof written !== 'string') return null;
    return [deskId, seq + index, written, entity, entityId, field, value, userId, supersedes] as ChangeTuple;
  });
}

/**
 * Groups changes, given in a desk's order, into the entries a file carries, as text: add() gives back the
 * text of an entry once a change does not belong to it, finish() the last one.
 */
export class WireEntries {
  private entry: WireEntry | null = null;
  private pattern: StampPattern | null = null;

  add(change: ChangeTuple): string | null {
    const [deskId, seq, hlc, entity, entityId, field, value, userId, supersedes] = change;
    const entry = this.entry;
    const done =
      entry && entry[0] === deskId && entry[1] + entry[6].length === seq && entry[3] === entity && entry[4] === entityId && entry[5] === userId
        ? null
        : this.finish();
    if (!this.entry) {
      this.entry = [deskId, seq, hlc, entity, entityId, userId, []];
      this.pattern = stampPattern(hlc, deskId);
    }
    const body = this.entry[6];
    const wire: WireChange = [field, value];
    const expected = body.length === 0 ? hlc : this.pattern && stampAt(deskId, this.pattern, body.length);
    if (supersedes.length > 0 || hlc !== expected) wire.push(supersedes);
    if (hlc !== expected) wire.push(hlc);
    body.push(wire);
    return done;
  }

  finish(): string | null {
    const text = this.entry ? JSON.stringify(this.entry) : null;
    this.entry = null;
    return text;
  }
}

/** A frame of changes (for writers that hold a whole batch). */
export function changesRecord(changes: readonly ChangeTuple[]): Buffer {
  const entries = new WireEntries();
  const texts: string[] = [];
  for (const change of changes) {
    const text = entries.add(change);
    if (text) texts.push(text);
  }
  const last = entries.finish();
  if (last) texts.push(last);
  return record(RECORD.changes, Buffer.from(`[${texts.join(',')}]`, 'utf8'));
}

