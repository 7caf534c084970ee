/**
 * The sync guarantee, tested on real SQLite replicas: random work on 2-5
 * desks, random exports and imports in any order with repeats, relays,
 * restarts and clocks days apart, with cases corrected (修改), voided, restored
 * and merged along the way. After every step: a file imported twice
 * equals once, two import orders give the same state, a damaged file leaves
 * the database byte-for-byte unchanged. After a final exchange every desk
 * is identical and nothing written anywhere is missing.
 *
 * SYNC_RUNS sets the number of runs (200 in CI; `npm run test:sync-soak` runs more).
 */
import { createHash, randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChangeFinder, changesOfEntity } from '../../../electron/core/changes/log-entries';
import { readEntityHeads } from '../../../electron/core/changes/entity-heads';
import { transitionSchema } from '../../../shared/schemas/lifecycle';
import { openCore, DATABASE_FILE_NAME, type Core } from '../../../electron/core/open-core';
import { completeSetup } from '../../../electron/core/desk/setup';
import { registerCase } from '../../../electron/core/cases/register-case';
import { deleteEntity } from '../../../electron/core/changes/delete-entity';
import { writerFor } from '../../../electron/core/context';
import { addFollowup } from '../../../electron/core/followups/followups';
import { addAttachment } from '../../../electron/core/attachments/attachments';
import { transitionCase } from '../../../electron/core/lifecycle/transition-case';
import { listCallbacks } from '../../../electron/core/callbacks/callback-queries';
import { recordCallback } from '../../../electron/core/callbacks/record-callback';
import { listConflicts, resolveConflict } from '../../../electron/core/sync/conflicts';
import { exportBundle } from '../../../electron/core/sync/export-bundle';
import { importBundle } from '../../../electron/core/sync/import-bundle';
import type { ChangeTuple } from '../../../electron/core/sync/records';
import { readSyncFile, writeSyncFile } from '../../factories/crafted-sync-file';
import { SyncError } from '../../../electron/core/sync/sync-error';
import { DomainError } from '../../../electron/core/errors';
import { checkIntegrity } from '../../../electron/core/integrity';
import { correctCase } from '../../../electron/core/cases/correct-case';
import { mergeCase, restoreCase, voidCase } from '../../../electron/core/cases/set-aside';
import { buildCaseInput } from '../../factories/core';
import { joinDesk, replicaState } from '../../factories/replicas';
import { expectFreshFacts } from '../stats/fact-tables';

const RUNS = Number(process.env.SYNC_RUNS ?? 200);
const DAY = 86_400_000;
const CODES = ['A', 'B', 'C', 'D', 'E'];
/** Corrections as a desk makes them, each value valid for its field. */
const CORRECTIONS = [
  { field: 'complainantName', values: ['甲', '乙', '丙'] },
  { field: 'phone', values: ['13800138000', '0755-8888 6666', '95511'] },
  { field: 'site', values: ['一期', '二期', '1301'] },
  { field: 'content', values: ['漏水', '电梯故障', '噪音'] },
  { field: 'category', values: ['equipment', 'service_attitude', 'other'] },
] as const;

type Op =
  | { kind: 'create'; desk: number; text: string }
  | { kind: 'edit'; desk: number; pick: number; field: number; value: number }
  | { kind: 'void'; desk: number; pick: number; restore: boolean }
  | { kind: 'merge'; desk: number; pick: number; into: number }
  | { kind: 'followup'; desk: number; pick: number; text: string }
  | { kind: 'attach'; desk: number; pick: number; bytes: number }
  | { kind: 'advance'; desk: number; pick: number }
  | { kind: 'callback'; desk: number; pick: number; happy: boolean }
  | { kind: 'delete'; desk: number; pick: number }
  | { kind: 'resolve'; desk: number }
  | { kind: 'export'; desk: number; full: boolean; to: number }
  | { kind: 'import'; desk: number; file: number; corruptAt: number; twice: boolean; other: number }
  | { kind: 'restart'; desk: number }
  | { kind: 'skew'; desk: number; days: number };

const desk = fc.nat(4);
const pick = fc.nat(50);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('create' as const), desk, text: fc.constantFrom('漏水', '电梯故障', '噪音扰民', '停车难') }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('edit' as const), desk, pick, field: fc.nat(CORRECTIONS.length - 1), value: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('void' as const), desk, pick, restore: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('merge' as const), desk, pick, into: pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('followup' as const), desk, pick, text: fc.constantFrom('已联系', '已上门', '已维修') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('attach' as const), desk, pick, bytes: fc.nat(3) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('advance' as const), desk, pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('callback' as const), desk, pick, happy: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), desk, pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('resolve' as const), desk }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('export' as const), desk, full: fc.boolean(), to: fc.nat(5) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('import' as const), desk, file: fc.nat(100), corruptAt: fc.nat(1_000_000), twice: fc.boolean(), other: fc.nat(100) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart' as const), desk }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('skew' as const), desk, days: fc.integer({ min: -5, max: 5 }) }) },
);

interface Replica {
  code: string;
  dir: string;
  core: Core;
  offset: number;
  userId: string;
}

class Office {
  readonly root = mkdtempSync(join(tmpdir(), 'sync-prop-'));
  readonly replicas: Replica[] = [];
  readonly files: string[] = [];
  private tick = 0;
  private readonly base = Date.UTC(2026, 10, 2, 1);

  constructor(count: number) {
    for (let i = 0; i < count; i++) this.replicas.push(this.newReplica(CODES[i]!, this.replicas[0]));
  }

  private clockFor(replica: () => Replica | undefined) {
    return () => this.base + this.tick * 60_000 + (replica()?.offset ?? 0);
  }

  /** The first desk sets up the organisation; the others join it with its invitation (keys and signatures as in the field). */
  private newReplica(code: string, first: Replica | undefined): Replica {
    const dir = join(this.root, code);
    const self: { r?: Replica } = {};
    const core = openCore({ dataDir: dir, now: this.clockFor(() => self.r) });
    if (first) joinDesk(first.core, core, code, { person: `${code}员` });
    else completeSetup(core, { orgName: '同步测试', deskCode: code, firstUserName: `${code}员` });
    self.r = { code, dir, core, offset: 0, userId: core.session.userId! };
    return self.r;
  }

  step(): void {
    this.tick += 1;
  }

  restart(replica: Replica): void {
    replica.core.close();
    replica.core = openCore({ dataDir: replica.dir, now: this.clockFor(() => replica) });
    replica.core.session.userId = replica.userId;
  }

  export(from: Replica, options: { full?: boolean; toDeskId?: string }): string {
    const path = join(this.root, `${this.files.length}-${from.code}.cdsync`);
    exportBundle(from.core, { outPath: path, ...options });
    this.files.push(path);
    return path;
  }

  /** The desk that wrote a file (its keys seal and sign a crafted copy of it). */
  senderOf(path: string): Core {
    const code = /-([A-Z0-9]+)\.cdsync$/.exec(path)![1];
    return this.replicas.find((r) => r.code === code)!.core;
  }

  close(): void {
    for (const r of this.replicas) if (r.core.db.open) r.core.close();
    rmSync(this.root, { recursive: true, force: true });
  }
}

function caseIds(core: Core): string[] {
  return core.db.prepare('SELECT id FROM cases ORDER BY id').pluck().all() as string[];
}

function dbHashes(dir: string): string {
  return ['', '-wal']
    .map((s) => {
      try {
        return createHash('sha256').update(readFileSync(join(dir, DATABASE_FILE_NAME + s))).digest('hex');
      } catch {
        return '-';
      }
    })
    .join();
}

/** Runs a domain action; the random walk often asks for moves the rules refuse, which is fine. */
function attempt(action: () => void): void {
  try {
    action();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
  }
}

const ADVANCE = [
  { action: 'judge', nature: 'valid' },
  { action: 'dispatch', departmentId: 'dept-engineering' },
  { action: 'accept' },
  { action: 'resolve', summary: '已处理' },
];

function apply(office: Office, op: Op, written: Set<string>): void {
  const r = office.replicas[op.desk % office.replicas.length]!;
  const ids = caseIds(r.core);
  const target = ids.length ? ids[('pick' in op ? op.pick : 0) % ids.length]! : null;
  const before = (r.core.db.prepare('SELECT coalesce(max(seq), 0) FROM changes WHERE desk_id = ?').pluck().get(r.core.deskId) as number);
  switch (op.kind) {
    case 'create':
      registerCase(r.core, buildCaseInput({ content: op.text, receivedAt: r.core.now() }));
      break;
    case 'edit': {
      const correction = CORRECTIONS[op.field]!;
      const value = correction.values[op.value % correction.values.length]!;
      if (target) attempt(() => correctCase(r.core, { caseId: target, field: correction.field, value, reason: '登记时写错' }));
      break;
    }
    case 'void':
      if (target) attempt(() => (op.restore ? restoreCase : voidCase)(r.core, { caseId: target, reason: '重复登记' }));
      break;
    case 'merge': {
      const into = ids.length ? ids[op.into % ids.length]! : null;
      if (target && into) attempt(() => mergeCase(r.core, { caseId: target, intoCaseId: into, reason: '同一投诉' }));
      break;
    }
    case 'followup':
      if (target) attempt(() => addFollowup(r.core, { caseId: target, kind: 'handling', text: op.text, remedyKind: '', amount: null, customerConfirmed: null, amendsId: null }));
      break;
    case 'attach':
      if (target) attempt(() => addAttachment(r.core, { caseId: target, followupId: null, fileName: `f${op.bytes}.txt`, mime: 'text/plain', dataBase64: Buffer.from(`file ${op.bytes}`).toString('base64') }));
      break;
    case 'advance':
      if (target) for (const t of ADVANCE) attempt(() => transitionCase(r.core, { caseId: target, requestId: randomUUID(), transition: transitionSchema.parse(t) }));
      break;
    case 'callback': {
      if (!target) break;
      const pending = listCallbacks(r.core.db, { caseId: target }, r.core.now())[0];
      if (pending) {
        attempt(() =>
          recordCallback(r.core, {
            callbackId: pending.id,
            requestId: randomUUID(),
            method: 'phone',
            satisfaction: op.happy ? 'satisfied' : 'unsatisfied',
            solved: op.happy,
            customerWords: '',
          }),
        );
      }
      break;
    }
    case 'delete':
      if (target) r.core.db.transaction(() => deleteEntity(r.core.db, writerFor(r.core), 'case', target))();
      break;
    case 'resolve':
      for (const conflict of listConflicts(r.core.db)) {
        const first = conflict.candidates[0];
        resolveConflict(r.core, { entityId: conflict.entityId, field: conflict.field, value: conflict.field === 'deleted' ? false : first?.value });
      }
      break;
    case 'export': {
      const to = op.to < office.replicas.length ? office.replicas[op.to]!.core.deskId : undefined;
      office.export(r, { full: op.full, toDeskId: to });
      break;
    }
    case 'import':
      if (office.files.length) importChecked(office, r, op);
      break;
    case 'restart':
      office.restart(r);
      break;
    case 'skew':
      r.offset = op.days * DAY;
      break;
  }
  const after = r.core.db.prepare('SELECT coalesce(max(seq), 0) FROM changes WHERE desk_id = ?').pluck().get(r.core.deskId) as number;
  for (let seq = before + 1; seq <= after; seq++) written.add(`${r.core.deskId}:${seq}`);
}

/** One change made into one no honest desk writes: an unknown kind of record, an unknown field, a value outside the rules. */
function craftedChange(change: ChangeTuple, which: number): ChangeTuple {
  const crafted = [...change] as ChangeTuple;
  if (which % 3 === 0) crafted[3] = 'wormhole';
  else if (which % 3 === 1) crafted[5] = 'secretField';
  else crafted[6] = JSON.stringify({ status: 12345 });
  return crafted;
}

/** One import with the per-step properties checked around it. */
function importChecked(office: Office, r: Replica, op: Extract<Op, { kind: 'import' }>): void {
  const file = office.files[op.file % office.files.length]!;
  // A damaged copy is refused and changes nothing, to the byte.
  r.core.db.pragma('wal_checkpoint(TRUNCATE)');
  const hashes = dbHashes(r.dir);
  const bytes = readFileSync(file);
  const damaged = Buffer.from(bytes);
  const at = op.corruptAt % damaged.length;
  damaged[at] = damaged[at]! ^ 0xff;
  const damagedPath = `${file}.damaged`;
  writeFileSync(damagedPath, damaged);
  expect(() => importBundle(r.core, { path: damagedPath })).toThrow(SyncError);
  expect(dbHashes(r.dir)).toBe(hashes);
  // So is a crafted one, sealed properly, with one change another desk could not have written.
  const content = readSyncFile(file, office.senderOf(file));
  if (content.changes.length > 0) {
    const pick = op.corruptAt % content.changes.length;
    const crafted = craftedChange(content.changes[pick]!, op.corruptAt);
    const craftedPath = writeSyncFile(`${file}.crafted`, { ...content, changes: content.changes.map((c, i) => (i === pick ? crafted : c)) });
    expect(() => importBundle(r.core, { path: craftedPath })).toThrow(SyncError);
    expect(dbHashes(r.dir)).toBe(hashes);
  }

  // Two orders of two files give the same state (checked on copies of this desk).
  const second = office.files[op.other % office.files.length]!;
  const orders = [
    [file, second],
    [second, file],
  ].map((order, i) => {
    const dir = join(office.root, `order-${i}-${randomUUID()}`);
    r.core.db.pragma('wal_checkpoint(TRUNCATE)');
    const copy = openCopy(r, dir);
    for (const path of order) take(copy, path);
    const state = replicaState(copy.db);
    copy.close();
    rmSync(dir, { recursive: true, force: true });
    return state;
  });
  expect(orders[0]).toBe(orders[1]);

  take(r.core, file);
  if (op.twice) {
    const once = replicaState(r.core.db);
    take(r.core, file);
    expect(replicaState(r.core.db)).toBe(once);
  }
}

/** A second desk opened on a copy of this one's database (checkpointed first, so the file is whole). */
function openCopy(r: Replica, dir: string): Core {
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(r.dir, DATABASE_FILE_NAME), join(dir, DATABASE_FILE_NAME));
  const copy = openCore({ dataDir: dir, now: () => r.core.now() });
  copy.session.userId = r.userId;
  return copy;
}

/**
 * An import as the office runs it: a file stamped more than a day ahead of this desk's clock (the clocks
 * here are days apart) is refused untouched, and the manager, having looked, takes it.
 */
function take(core: Core, path: string): void {
  try {
    importBundle(core, { path });
  } catch (error) {
    if (!(error instanceof SyncError) || error.code !== 'CLOCK_AHEAD') throw error;
    importBundle(core, { path, acceptClockAhead: true });
  }
}

function finalExchange(office: Office): void {
  // Two rounds of everyone to everyone: the second carries what the first merged.
  for (let round = 0; round < 2; round++) {
    for (const from of office.replicas) {
      const path = office.export(from, { full: true });
      for (const to of office.replicas) if (to !== from) take(to.core, path);
    }
  }
}

describe('sync convergence (property)', () => {
  it(`converges without losing a write, over ${RUNS} random runs`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }), fc.array(opArb, { minLength: 5, maxLength: 25 }), (count, ops) => {
        const office = new Office(count);
        const written = new Set<string>();
        try {
          for (const op of ops) {
            office.step();
            apply(office, op, written);
          }
          finalExchange(office);
          const states = office.replicas.map((r) => replicaState(r.core.db));
          for (const state of states.slice(1)) expect(state).toBe(states[0]);
          // Every projected row is what the changes say, however the import projected it.
          for (const r of office.replicas) expect(checkIntegrity(r.core.db, r.core.dataDir).problems).toEqual([]);
          // The statistics' fact rows, kept by triggers through every import, are what working them out afresh gives.
          for (const r of office.replicas) expectFreshFacts(r.core.db);
          // Nothing written anywhere is missing: every write is here, and is current or superseded by a change naming it.
          const db = office.replicas[0]!.core.db;
          const finder = new ChangeFinder(db);
          for (const id of written) {
            const colon = id.lastIndexOf(':');
            const change = finder.find(id.slice(0, colon), Number(id.slice(colon + 1)));
            expect(change).toBeDefined();
            const current = readEntityHeads(db, change![4]).headIds(change![5]).includes(id);
            const superseded = changesOfEntity(db, change![4]).some((other) => other[8].includes(id));
            expect(current || superseded).toBe(true);
          }
        } finally {
          office.close();
        }
      }),
      { numRuns: RUNS },
    );
  }, 1_800_000);
});
