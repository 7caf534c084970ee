/**
 * Every change a sync file brings is checked here before anything is
 * applied, and the first that fails refuses the whole file with the change
 * and the reason (SyncError details). What each rule keeps out:
 *
 * - a change of this desk that this desk never wrote (its own numbers, taken
 *   by a file, would make its next registration collide);
 * - a desk's changes with a hole before them or inside the file (a desk holds
 *   every change of another up to some number, which is what it tells others);
 * - a kind of record or a field this version does not know, or a value
 *   outside the vocabulary's schema (change-values.ts);
 * - a timestamp more than the allowed skew ahead of this desk's clock (every
 *   later change here would have to be stamped after it);
 * - a change superseding one that does not exist, or one of another record
 *   or field (desks would disagree about the field's value for good).
 *
 * - a change not proven to come from the desk it names: each desk's run in
 *   the file is hashed along its chain from the link the file says it starts
 *   from, and must arrive at a head signed by that desk (or, for changes from
 *   before desks had keys, by a desk that vouched for them when it got its
 *   key), whose certificate checks back to one this desk trusts.
 *
 * Memory stays small for files of millions of changes: per desk, one 32-bit
 * fingerprint of each change's record and field, to check supersessions that
 * point into the file.
 */
import type { Db } from '../db/connection';
import { decodeHlc } from '../changes/hlc';
import { isEntityName } from '../changes/projections';
import { ChangeFinder, topOfDesk } from '../changes/log-entries';
import { refusedValue } from './change-values';
import { changeLine, type ChangeTuple, type FileHead, type Manifest } from './records';
import { nextLink } from './change-chain';
import { LINK_KEPT_EVERY } from './chain-links';
import type { CertRoster } from './desk-certs';
import { verifyHead } from './signed-heads';
import { SyncError, type SyncErrorCode } from './sync-error';
import type { VersionVector } from './version-vector';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The highest change this desk holds from each desk (holes or not), read once per desk for one import's checks. */
export function heldTops(db: Db): (deskId: string) => number {
  const tops = new Map<string, number>();
  return (deskId) => {
    let top = tops.get(deskId);
    if (top === undefined) {
      top = topOfDesk(db, deskId);
      tops.set(deskId, top);
    }
    return top;
  };
}

export interface ChangeCheckOptions {
  /** This desk: a file may repeat its changes, never add to them. */
  deskId: string;
  now: number;
  /** How far ahead of this desk's clock a change may be stamped (ms). */
  maxClockAhead: number;
  /** What this desk holds of every desk, without holes. */
  vector: VersionVector;
  /** The highest change it holds of each (heldTops). */
  topHeld: (deskId: string) => number;
  groupId: string;
  /** The desks this desk trusts, with those the file's certificates add. */
  roster: CertRoster;
}

/** FNV-1a over a change's record and field: enough to tell a supersession that points at the wrong field. */
function fingerprint(entityId: string, field: string): number {
  let hash = 0x811c9dc5;
  const text = `${entityId}\u0000${field}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/** One desk's changes in the file: contiguous numbers from `first`, with a fingerprint each, and where its chain has got to. */
class DeskRun {
  prints = new Int32Array(256);
  length = 0;
  /** The latest timestamp in the run: changes vouched for as older than keys must be. */
  latestHlc = '';
  /** The links the import keeps (chain-links.ts), by sequence number; the run's last is `link`. */
  readonly kept = new Map<number, Buffer>();

  constructor(
    readonly first: number,
    public link: Buffer,
    readonly head: FileHead,
  ) {}

  get last(): number {
    return this.first + this.length - 1;
  }

  push(print: number): void {
    if (this.length === this.prints.length) {
      const grown = new Int32Array(this.prints.length * 2);
      grown.set(this.prints);
      this.prints = grown;
    }
    this.prints[this.length++] = print;
  }

  printOf(seq: number): number | undefined {
    const index = seq - this.first;
    return index >= 0 && index < this.length ? this.prints[index] : undefined;
  }
}

export function changeName(change: ChangeTuple): string {
  return `${change[0]}:${change[1]}`;
}

function refuse(code: SyncErrorCode, change: ChangeTuple | string, reason: string): SyncError {
  const name = typeof change === 'string' ? change : changeName(change);
  const error = new SyncError(code, `Change ${name}: ${reason}`);
  error.details = { change: name, reason };
  return error;
}

/** The decoded milliseconds of a timestamp (its first 15 digits). */
function stampMillis(hlc: string): number {
  return decodeHlc(hlc).millis;
}

export class ChangeChecker {
  private readonly runs = new Map<string, DeskRun>();
  /** Supersessions pointing further into the file: checked once it has been read whole. */
  private readonly forward: { by: string; deskId: string; seq: number; print: number }[] = [];
  private readonly lookup: ChangeFinder;
  private readonly latestAllowed: number;
  private readonly heads = new Map<string, FileHead>();
  /** Attachment files the file's changes name, with their sizes. */
  private readonly attachmentSha = new Map<string, string>();
  private readonly attachmentSize = new Map<string, number>();
  private blobSizes: Map<string, Set<number>> | null = null;

  constructor(
    db: Db,
    private readonly manifest: Manifest,
    private readonly options: ChangeCheckOptions,
  ) {
    this.lookup = new ChangeFinder(db);
    this.latestAllowed = options.now + options.maxClockAhead;
  }

  /**
   * Before the first change: the file may not say its sender knows changes of this desk that this desk
   * never wrote, or this desk would stop sending them.
   */
  checkManifest(): void {
    for (const head of this.manifest.heads) {
      if (this.heads.has(head.deskId)) throw refuse('CORRUPT', head.deskId, 'the file gives this desk two heads');
      this.heads.set(head.deskId, head);
    }
    const own = this.options.deskId;
    const claimed = Math.max(this.manifest.vector[own] ?? 0, this.manifest.base[own] ?? 0);
    if (claimed > this.options.topHeld(own)) {
      throw refuse('OWN_CHANGES', `${own}:${claimed}`, 'the file claims changes of this desk that this desk never wrote');
    }
  }

  /** A file's attachment file must be named by an attachment record (in the file or here) of exactly its size. */
  checkBlob(sha256: string, bytes: number, heldSizes: (sha256: string) => number[]): void {
    if (!this.blobSizes) {
      this.blobSizes = new Map();
      for (const [entityId, sha] of this.attachmentSha) {
        const size = this.attachmentSize.get(entityId);
        if (size === undefined) continue;
        const sizes = this.blobSizes.get(sha) ?? new Set<number>();
        sizes.add(size);
        this.blobSizes.set(sha, sizes);
      }
    }
    if (this.blobSizes.get(sha256)?.has(bytes) || heldSizes(sha256).includes(bytes)) return;
    throw refuse('BLOB_REFUSED', `attachment ${sha256.slice(0, 12)}`, 'no attachment of this size names this file');
  }

  /**
   * Checks one change in file order. A change this desk already holds (`isNew` false) was checked when it
   * first came, and is compared whole with the held one by the caller; only its place in the numbering
   * and its fingerprint are needed here.
   */
  check(change: ChangeTuple, isNew: boolean, line: string = changeLine(change)): void {
    const [deskId, , hlc, entity, entityId, field, json, , supersedes] = change;
    this.checkNumbering(change);
    const print = fingerprint(entityId, field);
    if (isNew) {
      if (!isEntityName(entity)) throw refuse('CHANGE_REFUSED', change, `"${entity}" is not a kind of record this version knows`);
      const value: unknown = JSON.parse(json);
      const refused = refusedValue(entity, field, value);
      if (refused) throw refuse('CHANGE_REFUSED', change, refused);
      this.checkStamp(change, hlc);
      if (entity === 'attachment' && field === 'sha256') this.attachmentSha.set(entityId, value as string);
      if (entity === 'attachment' && field === 'size') this.attachmentSize.set(entityId, value as number);
      for (const id of supersedes) this.checkSuperseded(change, hlc, print, id);
    }
    const run = this.runs.get(deskId)!;
    run.push(print);
    run.link = nextLink(run.link, line);
    if (change[1] % LINK_KEPT_EVERY === 0) run.kept.set(change[1], run.link);
    if (hlc > run.latestHlc) run.latestHlc = hlc;
  }

  private checkStamp(change: ChangeTuple, hlc: string): void {
    const stamp = decodeHlc(hlc);
    if (stamp.deskId !== change[0]) throw refuse('CHANGE_REFUSED', change, 'its timestamp names another desk');
    if (stamp.millis > this.latestAllowed) {
      const error = refuse('CLOCK_AHEAD', change, `it is stamped ${new Date(stamp.millis).toISOString()}, ahead of this desk's clock`);
      error.details = { ...error.details, until: stamp.millis - this.options.maxClockAhead };
      throw error;
    }
  }

  /**
   * What the sender has, as this desk may believe it: what the file said, but never more of a desk than
   * this desk holds once the file is in (the file carried the rest, or this desk will send it again).
   */
  believableVector(): VersionVector {
    const believed: VersionVector = {};
    for (const [deskId, claimed] of Object.entries(this.manifest.vector)) {
      const held = Math.max(this.options.vector[deskId] ?? 0, this.runs.get(deskId)?.last ?? 0);
      believed[deskId] = Math.min(claimed, held);
    }
    return believed;
  }

  private checkNumbering(change: ChangeTuple): void {
    const [deskId, seq] = change;
    const run = this.runs.get(deskId);
    if (run) {
      if (seq !== run.last + 1) throw refuse('CORRUPT', change, 'the file skips or repeats change numbers');
      return;
    }
    if (deskId === this.options.deskId && seq > this.options.topHeld(deskId)) {
      throw refuse('OWN_CHANGES', change, 'the file carries a change of this desk that this desk never wrote');
    }
    if (seq !== (this.manifest.base[deskId] ?? 0) + 1) throw refuse('CORRUPT', change, 'the file does not match its description');
    const held = this.options.vector[deskId] ?? 0;
    if (seq > held + 1) throw refuse('MISSING_EARLIER_CHANGES', change, `this desk lacks changes ${held + 1} to ${seq - 1} of that desk`);
    const head = this.heads.get(deskId);
    if (!head) throw refuse('UNSIGNED_CHANGES', change, 'no signature of its desk vouches for it');
    this.runs.set(deskId, new DeskRun(seq, Buffer.from(head.prev, 'hex'), head));
  }

  private checkSuperseded(change: ChangeTuple, hlc: string, print: number, id: string): void {
    const colon = id.lastIndexOf(':');
    const deskId = id.slice(0, colon);
    const seq = Number(id.slice(colon + 1));
    const inFile = this.runs.get(deskId)?.printOf(seq);
    if (inFile !== undefined) {
      if (inFile !== print) throw refuse('BAD_SUPERSESSION', change, `it replaces ${id}, a change of another record or field`);
      return;
    }
    if (seq <= this.options.topHeld(deskId)) {
      const held = this.lookup.find(deskId, seq);
      if (held) {
        if (held[4] !== change[4] || held[5] !== change[5]) {
          throw refuse('BAD_SUPERSESSION', change, `it replaces ${id}, a change of another record or field`);
        }
        if (held[2] >= hlc) throw refuse('BAD_SUPERSESSION', change, `it replaces ${id}, which is not older than itself`);
        return;
      }
    }
    // Further on in the file, or nowhere: known once the file has been read whole.
    const base = this.manifest.base[deskId] ?? 0;
    const top = this.manifest.vector[deskId] ?? 0;
    if (seq <= base || seq > top || (deskId === change[0] && seq >= change[1])) {
      throw refuse('BAD_SUPERSESSION', change, `it replaces ${id}, a change that does not exist`);
    }
    this.forward.push({ by: changeName(change), deskId, seq, print });
  }

  /** A desk's run ends at its head, and the head is signed by the desk (or vouched for as older than keys). */
  private checkSigned(deskId: string, run: DeskRun): void {
    const head = run.head;
    const name = `${deskId}:${run.last}`;
    if (head.seq !== run.last || run.link.toString('hex') !== head.link) {
      throw refuse('UNSIGNED_CHANGES', name, 'the changes are not the ones its desk signed');
    }
    const signer = this.options.roster.certOf(head.signer);
    if (!signer) throw refuse('UNTRUSTED_DESK', name, `desk ${head.signer}, which signed them, is not known to this organisation`);
    if (head.legacy) {
      if (stampMillis(run.latestHlc) >= signer.issuedAt) {
        throw refuse('UNSIGNED_CHANGES', name, 'vouched for as written before desks had keys, but written after');
      }
    } else if (head.signer !== deskId) {
      throw refuse('UNSIGNED_CHANGES', name, `signed by desk ${head.signer}, not by the desk that wrote them`);
    }
    if (!verifyHead(this.options.groupId, head, signer.publicKey)) throw refuse('UNSIGNED_CHANGES', name, 'the signature does not match');
  }

  /** Per desk, the links of the file's changes the import keeps (chain-links.ts), worked out while checking. */
  keptLinks(): Map<string, Map<number, Buffer>> {
    const links = new Map<string, Map<number, Buffer>>();
    for (const [deskId, run] of this.runs) {
      const kept = new Map(run.kept);
      kept.set(run.last, run.link);
      links.set(deskId, kept);
    }
    return links;
  }

  /** Heads of the runs the file brought: kept, to pass the changes on with them. */
  runHeads(): FileHead[] {
    return [...this.runs.values()].map((run) => run.head);
  }

  /**
   * After the last change: the file holds every change its description says its sender has (so no desk
   * is told another knows what it does not), and every supersession pointing further on found its change.
   */
  finish(): void {
    for (const [deskId, top] of Object.entries(this.manifest.vector)) {
      const base = this.manifest.base[deskId] ?? 0;
      if (top <= base) continue;
      const run = this.runs.get(deskId);
      if (!run || run.last !== top) {
        throw refuse('CORRUPT', `${deskId}:${top}`, 'the file claims changes it does not carry');
      }
    }
    for (const [deskId, run] of this.runs) this.checkSigned(deskId, run);
    for (const ref of this.forward) {
      const print = this.runs.get(ref.deskId)?.printOf(ref.seq);
      if (print === undefined) throw refuse('BAD_SUPERSESSION', ref.by, `it replaces ${ref.deskId}:${ref.seq}, a change that does not exist`);
      if (print !== ref.print) throw refuse('BAD_SUPERSESSION', ref.by, `it replaces ${ref.deskId}:${ref.seq}, a change of another record or field`);
    }
  }
}
