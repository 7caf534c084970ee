/**
 * Sync at scale: a desk with N cases, each with follow-ups, exports a full
 * file; a second desk imports it. Import throughput (changes a second) is
 * compared with raw better-sqlite3 inserts of the same change rows into a
 * table of the same shape, measured in the same run (target: at least a
 * third of raw). Run alone: `npm run bench:sync -- --cases 100000`.
 *
 * The seeded desk is cached under bench-data/ by case count and schema
 * version. Before each timed step every file written so far is flushed to
 * disk, so no step pays for the previous one's writes. The raw baseline and
 * the import run back to back in three rounds and the median ratio counts:
 * this machine is shared, and one step alone can run 50 % slower than the
 * same step an hour later. A last raw baseline inserts every row the import
 * wrote, for comparison.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { openCore, type Core } from '../electron/core/open-core';
import { completeSetup, joinWithOpenedInvitation } from '../electron/core/desk/setup';
import { issueInvitation, type Invitation } from '../electron/core/sync/invitation';
import { registerCase } from '../electron/core/cases/register-case';
import { addFollowup } from '../electron/core/followups/followups';
import { exportBundle } from '../electron/core/sync/export-bundle';
import { CATEGORIES, CHANNELS } from '../shared/domain';
import { LATEST_SCHEMA_VERSION } from '../electron/core/db/migrations/index';
import { caseFieldRow, SEARCHABLE_FIELDS } from '../shared/vocabulary/case-fields';
import { phoneKey } from '../shared/vocabulary/phone';
import { searchEntry } from '../electron/core/cases/case-projection';

export interface SyncBenchResult {
  cases: number;
  changes: number;
  fileBytes: number;
  seedSeconds: number;
  exportSeconds: number;
  /** One raw baseline and one import per round, back to back, so both meet the same load on this shared machine. */
  rounds: SyncRound[];
  /** Every row the import wrote (change log, heads, projected tables, search index), raw. */
  rawEverythingSeconds: number;
  rawEverythingCpuSeconds: number;
  /** Median over rounds of raw seconds / import seconds (target: at least a third). */
  ratio: number;
}

export interface SyncRound {
  rawInsertSeconds: number;
  rawInsertCpuSeconds: number;
  importSeconds: number;
  importCpuSeconds: number;
  ratio: number;
}

const TOPICS = ['卫生间漏水', '电梯故障停运', '楼上噪音扰民', '地下车库积水', '保安态度差', '垃圾清运不及时', '物业费账单有误', '绿化带杂草丛生'];

function seedDesk(core: Core, cases: number, log: (line: string) => void): void {
  const batch = 1000;
  for (let start = 0; start < cases; start += batch) {
    core.db.transaction(() => {
      for (let i = start; i < Math.min(cases, start + batch); i++) {
        const kase = registerCase(core, {
          channel: CHANNELS[i % CHANNELS.length]!,
          complainantName: `业主${i % 997}`,
          phone: `139${String(10_000_000 + i).slice(-8)}`,
          email: '',
          buildingRoom: `${(i % 40) + 1}栋${(i % 30) + 1}0${(i % 4) + 1}`,
          site: `${(i % 3) + 1}期`,
          receivedAt: Date.UTC(2025, 0, 1) + i * 60_000,
          content: `${TOPICS[i % TOPICS.length]},编号${i},请尽快处理。`,
          category: CATEGORIES[i % CATEGORIES.length]!,
          nature: 'unjudged',
          // Complaints of 2025 typed in now: the desk asks to confirm a receipt time so long ago.
          confirmOldReceivedAt: true,
        });
        for (const text of ['已电话联系业主', '已安排师傅上门']) {
          addFollowup(core, { caseId: kase.id, kind: 'handling', text, remedyKind: '', amount: null, customerConfirmed: null, amendsId: null });
        }
      }
    })();
    if ((start / batch) % 10 === 0) log(`  seeded ${Math.min(cases, start + batch)} / ${cases}`);
  }
}

/** Raw baseline: the same change rows into a plain table of the same shape and indexes, one transaction. */
function rawInsert(source: Core, dir: string): Timing {
  mkdirSync(dir, { recursive: true });
  const raw = new Database(join(dir, 'raw.sqlite3'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.exec(`CREATE TABLE changes (desk_id TEXT NOT NULL, seq INTEGER NOT NULL, hlc TEXT NOT NULL, entity TEXT NOT NULL,
              entity_id TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL, user_id TEXT, supersedes TEXT NOT NULL DEFAULT '[]',
              PRIMARY KEY (desk_id, seq)) WITHOUT ROWID;
            CREATE INDEX changes_by_entity ON changes (entity_id, hlc);`);
  const rows = source.db.prepare('SELECT desk_id, seq, hlc, entity, entity_id, field, value, user_id, supersedes FROM changes').raw().all() as unknown[][];
  const insert = raw.prepare('INSERT INTO changes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const timing = timed(() =>
    raw.transaction(() => {
      for (const row of rows) insert.run(...row);
    })(),
  );
  raw.close();
  return timing;
}

/** The tables an import writes (desk-local ones such as the sync log left out); the search index comes after. */
const IMPORTED_TABLES = [
  'log_ids', 'log_entries', 'field_conflicts', 'cases', 'users', 'sites', 'departments', 'categories',
  'deadline_rules', 'calendar_days', 'settings', 'case_events', 'followups', 'attachments', 'case_groups', 'callbacks',
  'callback_attempts',
];
const CHUNK_ROWS = 50_000;
const ROUNDS = 3;

/**
 * The wider baseline: every row the import wrote on desk B (the change log's entries, the projected tables and
 * the search index), inserted by raw better-sqlite3 into empty tables of the same schema, one
 * transaction. Rows are read from desk B in chunks, outside the timing.
 */
function rawInsertEverything(imported: string, dir: string): Timing {
  mkdirSync(dir, { recursive: true });
  const source = new Database(join(imported, 'complaint-desk.sqlite3'), { readonly: true });
  const raw = new Database(join(dir, 'raw.sqlite3'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  const total: Timing = { seconds: 0, cpuSeconds: 0 };
  const add = (t: Timing) => {
    total.seconds += t.seconds;
    total.cpuSeconds += t.cpuSeconds;
  };
  try {
    const schema = source
      .prepare(
        `SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND type IN ('table', 'index') AND tbl_name IN (${IMPORTED_TABLES.map(() => '?').join(', ')})
          ORDER BY type = 'index'`,
      )
      .pluck()
      .all(...IMPORTED_TABLES) as string[];
    for (const sql of schema) raw.exec(sql);
    raw.exec(`CREATE VIRTUAL TABLE case_search USING fts5 (uni, bi, content = '', contentless_delete = 1)`);
    raw.exec('BEGIN');
    for (const table of IMPORTED_TABLES) {
      const columns = (source.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]).join(', ');
      const insert = raw.prepare(`INSERT INTO ${table} (${columns}) VALUES (${columns.split(', ').map(() => '?').join(', ')})`);
      let rows: unknown[][] = [];
      const insertRows = () => add(timed(() => rows.forEach((row) => insert.run(...row))));
      for (const row of source.prepare(`SELECT ${columns} FROM ${table}`).raw().iterate() as Iterable<unknown[]>) {
        rows.push(row);
        if (rows.length < CHUNK_ROWS) continue;
        insertRows();
        rows = [];
      }
      insertRows();
    }
    const columns = SEARCHABLE_FIELDS.map((f) => caseFieldRow(f).column).join(', ');
    const cases = source.prepare(`SELECT rowid, status, phone, ${columns} FROM cases WHERE deleted = 0 AND excluded = 0`).raw().all() as unknown[][];
    // As the case projection indexes them: the searchable fields, then the phone's digits, and the open mark.
    const grams = cases.map(([rowid, status, phone, ...texts]) => ({ rowid, ...searchEntry([...texts.map(String), phoneKey(String(phone))], status) }));
    const index = raw.prepare('INSERT INTO case_search (rowid, uni, bi) VALUES (?, ?, ?)');
    add(timed(() => grams.forEach((g) => index.run(g.rowid, g.uni, g.bi))));
    add(timed(() => raw.exec('COMMIT')));
    return total;
  } finally {
    source.close();
    raw.close();
  }
}

/** Writes every file under `dir` through to the disk, so the next timed step does not pay for it. */
function flushFolder(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const fd = openSync(join(entry.parentPath, entry.name), 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}

/** Desk A with `cases` cases, seeded once per case count and schema version. */
function seededDeskA(cases: number, root: string, log: (line: string) => void): { dir: string; seedSeconds: number } {
  const dir = join(root, `desk-a-${cases}-schema-${LATEST_SCHEMA_VERSION}`);
  const meta = join(dir, 'meta.json');
  if (existsSync(meta)) return { dir, seedSeconds: (JSON.parse(readFileSync(meta, 'utf8')) as { seedSeconds: number }).seedSeconds };
  const building = `${dir}.building`;
  rmSync(building, { recursive: true, force: true });
  const a = openCore({ dataDir: building });
  completeSetup(a, { orgName: '基准测试物业', deskCode: 'A', firstUserName: '甲' });
  log(`Seeding ${cases} cases with follow-ups on desk A (cached for later runs) ...`);
  const started = performance.now();
  seedDesk(a, cases, log);
  const seedSeconds = (performance.now() - started) / 1000;
  a.close();
  writeFileSync(join(building, 'meta.json'), JSON.stringify({ seedSeconds }));
  renameSync(building, dir);
  return { dir, seedSeconds };
}

/** One timed step in a process of its own: a step never runs on a heap or page cache another step left behind. */
type Step =
  | { step: 'export'; desk: string; file: string }
  | { step: 'raw'; desk: string; out: string }
  | { step: 'raw-everything'; desk: string; out: string }
  | { step: 'import'; file: string; desk: string };

/** Wall time, and this process's CPU time: the machine's other tenants slow the first, not the second. */
interface Timing {
  seconds: number;
  cpuSeconds: number;
}

function timed(work: () => void): Timing {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  work();
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - wall) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

function runStep(step: Step): Timing {
  const script = fileURLToPath(import.meta.url);
  const output = execFileSync(process.execPath, [...process.execArgv, script, '--step', JSON.stringify(step)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  return JSON.parse(output.trim().split('\n').at(-1)!) as Timing;
}

function timeStep(step: Step): Timing {
  if (step.step === 'raw-everything') return rawInsertEverything(step.desk, step.out);
  if (step.step === 'raw') {
    const source = openCore({ dataDir: step.desk });
    try {
      return rawInsert(source, step.out);
    } finally {
      source.close();
    }
  }
  if (step.step === 'export') {
    const a = openCore({ dataDir: step.desk });
    try {
      // What desk B joins with: the invitation's content (its keys and desks), next to the file.
      writeFileSync(invitationFile(step.file), JSON.stringify(issueInvitation(a)));
      return timed(() => exportBundle(a, { outPath: step.file, full: true }));
    } finally {
      a.close();
    }
  }
  const b = openCore({ dataDir: step.desk });
  try {
    const invitation = JSON.parse(readFileSync(invitationFile(step.file), 'utf8')) as Invitation;
    flushFolder(step.desk);
    // A new desk joining with the invitation imports the full file: every change checked, chained and its signature verified.
    return timed(() => joinWithOpenedInvitation(b, { deskCode: 'B', invitation, syncPath: step.file }));
  } finally {
    b.close();
  }
}

const invitationFile = (syncFile: string) => `${syncFile}.invitation.json`;

export function runSyncBench(cases: number, root: string, log: (line: string) => void = console.error): SyncBenchResult {
  mkdirSync(root, { recursive: true });
  const seeded = seededDeskA(cases, root, log);
  const workDir = join(root, 'run');
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const a = openCore({ dataDir: seeded.dir });
  const changes = a.db.prepare('SELECT count(*) FROM changes').pluck().get() as number;
  a.close();
  const file = join(workDir, 'full.cdsync');
  const flushed = (step: Step): Step => {
    flushFolder(seeded.dir);
    flushFolder(workDir);
    return step;
  };

  log('Exporting desk A ...');
  const exported = runStep(flushed({ step: 'export', desk: seeded.dir, file }));
  const rounds: SyncRound[] = [];
  let deskB = '';
  for (let round = 1; round <= ROUNDS; round++) {
    log(`Round ${round} of ${ROUNDS}: raw baseline ...`);
    rmSync(join(workDir, 'raw'), { recursive: true, force: true });
    const raw = runStep(flushed({ step: 'raw', desk: seeded.dir, out: join(workDir, 'raw') }));
    log(`Round ${round} of ${ROUNDS}: importing on desk B ...`);
    if (deskB) rmSync(deskB, { recursive: true, force: true });
    deskB = join(workDir, `desk-b-${round}`);
    const imported = runStep(flushed({ step: 'import', file, desk: deskB }));
    rounds.push({
      rawInsertSeconds: raw.seconds,
      rawInsertCpuSeconds: raw.cpuSeconds,
      importSeconds: imported.seconds,
      importCpuSeconds: imported.cpuSeconds,
      ratio: raw.seconds / imported.seconds,
    });
  }
  log('Raw baseline of every row the import wrote ...');
  const rawEverything = runStep(flushed({ step: 'raw-everything', desk: deskB, out: join(workDir, 'raw-everything') }));

  const ratios = rounds.map((r) => r.ratio).sort((x, y) => x - y);
  const middle = Math.floor(ratios.length / 2);
  return {
    cases,
    changes,
    fileBytes: statSync(file).size,
    seedSeconds: seeded.seedSeconds,
    exportSeconds: exported.seconds,
    rounds,
    rawEverythingSeconds: rawEverything.seconds,
    rawEverythingCpuSeconds: rawEverything.cpuSeconds,
    ratio: ratios.length % 2 ? ratios[middle]! : (ratios[middle - 1]! + ratios[middle]!) / 2,
  };
}

export function syncTable(r: SyncBenchResult): string {
  const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
  const last = r.rounds.at(-1)!;
  return [
    `Sync: ${r.cases} cases, ${r.changes} changes, file ${(r.fileBytes / 1e6).toFixed(1)} MB`,
    `  full export            ${r.exportSeconds.toFixed(1)} s`,
    ...r.rounds.map((round, i) =>
      [
        `  round ${i + 1}: raw inserts of the change rows ${round.rawInsertSeconds.toFixed(1)} s (CPU ${round.rawInsertCpuSeconds.toFixed(1)} s),`,
        `full import ${round.importSeconds.toFixed(1)} s (CPU ${round.importCpuSeconds.toFixed(1)} s, ${Math.round(r.changes / round.importSeconds)} changes/s)`,
        `-> ${pct(round.ratio)}, in CPU time ${pct(round.rawInsertCpuSeconds / round.importCpuSeconds)}`,
      ].join(' '),
    ),
    `  import / raw, median of rounds  ${pct(r.ratio)}  (target: at least 33 %; import = checks + backup + projection)`,
    `  raw inserts of every row the import wrote  ${r.rawEverythingSeconds.toFixed(1)} s, CPU ${r.rawEverythingCpuSeconds.toFixed(1)} s`,
    `  import / raw, every row (last round)       ${pct(r.rawEverythingSeconds / last.importSeconds)}, in CPU time ${pct(r.rawEverythingCpuSeconds / last.importCpuSeconds)}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { cases: { type: 'string', default: '100000' }, step: { type: 'string' } }, strict: true });
  if (values.step) {
    console.log(JSON.stringify(timeStep(JSON.parse(values.step) as Step)));
  } else {
    const result = runSyncBench(Number(values.cases), join('bench-data', 'sync'));
    console.log(syncTable(result));
  }
}
