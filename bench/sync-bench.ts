/**
 * Sync at scale: a desk with N cases, each with follow-ups, exports a full
 * file; a second desk imports it. Import throughput (changes a second) is
 * compared with raw better-sqlite3 inserts of the same change rows into a
 * table of the same shape, measured in the same run (target: at least a
 * third of raw). Run alone: `tsx bench/sync-bench.ts --cases 100000`.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { openCore, type Core } from '../electron/core/open-core';
import { completeSetup } from '../electron/core/desk/setup';
import { registerCase } from '../electron/core/cases/register-case';
import { addFollowup } from '../electron/core/followups/followups';
import { exportBundle } from '../electron/core/sync/export-bundle';
import { importBundle } from '../electron/core/sync/import-bundle';
import { CATEGORIES, CHANNELS } from '../shared/domain';

export interface SyncBenchResult {
  cases: number;
  changes: number;
  fileBytes: number;
  seedSeconds: number;
  exportSeconds: number;
  importSeconds: number;
  rawInsertSeconds: number;
  importChangesPerSecond: number;
  rawChangesPerSecond: number;
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
          buildingRoom: `${(i % 40) + 1}栋${(i % 30) + 1}0${(i % 4) + 1}`,
          site: `${(i % 3) + 1}期`,
          receivedAt: Date.UTC(2025, 0, 1) + i * 60_000,
          content: `${TOPICS[i % TOPICS.length]},编号${i},请尽快处理。`,
          category: CATEGORIES[i % CATEGORIES.length]!,
          nature: 'unjudged',
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
function rawInsertSeconds(source: Core, dir: string): number {
  const raw = new Database(join(dir, 'raw.sqlite3'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.exec(`CREATE TABLE changes (desk_id TEXT NOT NULL, seq INTEGER NOT NULL, hlc TEXT NOT NULL, entity TEXT NOT NULL,
              entity_id TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL, user_id TEXT, supersedes TEXT NOT NULL DEFAULT '[]',
              PRIMARY KEY (desk_id, seq)) WITHOUT ROWID;
            CREATE INDEX changes_by_entity ON changes (entity_id, hlc);`);
  const rows = source.db.prepare('SELECT desk_id, seq, hlc, entity, entity_id, field, value, user_id, supersedes FROM changes').raw().all() as unknown[][];
  const insert = raw.prepare('INSERT INTO changes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const started = performance.now();
  raw.transaction(() => {
    for (const row of rows) insert.run(...row);
  })();
  const seconds = (performance.now() - started) / 1000;
  raw.close();
  return seconds;
}

export function runSyncBench(cases: number, workDir: string, log: (line: string) => void = console.error): SyncBenchResult {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const a = openCore({ dataDir: join(workDir, 'desk-a') });
  completeSetup(a, { orgName: '基准测试物业', deskCode: 'A', firstUserName: '甲' });
  log(`Seeding ${cases} cases with follow-ups on desk A ...`);
  let started = performance.now();
  seedDesk(a, cases, log);
  const seedSeconds = (performance.now() - started) / 1000;
  const changes = a.db.prepare('SELECT count(*) FROM changes').pluck().get() as number;

  const file = join(workDir, 'full.cdsync');
  started = performance.now();
  exportBundle(a, { outPath: file, full: true });
  const exportSeconds = (performance.now() - started) / 1000;

  const b = openCore({ dataDir: join(workDir, 'desk-b') });
  completeSetup(b, { orgName: '临时', deskCode: 'B', firstUserName: '乙' });
  log('Importing on desk B ...');
  started = performance.now();
  importBundle(b, { path: file, join: true });
  const importSeconds = (performance.now() - started) / 1000;

  const rawSeconds = rawInsertSeconds(a, workDir);
  const importRate = changes / importSeconds;
  const rawRate = changes / rawSeconds;
  const result: SyncBenchResult = {
    cases,
    changes,
    fileBytes: statSync(file).size,
    seedSeconds,
    exportSeconds,
    importSeconds,
    rawInsertSeconds: rawSeconds,
    importChangesPerSecond: Math.round(importRate),
    rawChangesPerSecond: Math.round(rawRate),
    ratio: importRate / rawRate,
  };
  a.close();
  b.close();
  return result;
}

export function syncTable(r: SyncBenchResult): string {
  return [
    `Sync: ${r.cases} cases, ${r.changes} changes, file ${(r.fileBytes / 1e6).toFixed(1)} MB`,
    `  full export            ${r.exportSeconds.toFixed(1)} s`,
    `  full import            ${r.importSeconds.toFixed(1)} s  (${r.importChangesPerSecond} changes/s, checks + backup + projection)`,
    `  raw inserts, baseline  ${r.rawInsertSeconds.toFixed(1)} s  (${r.rawChangesPerSecond} changes/s)`,
    `  import / raw           ${(r.ratio * 100).toFixed(0)} %  (target: at least 33 %)`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { cases: { type: 'string', default: '100000' } }, strict: true });
  const result = runSyncBench(Number(values.cases), join('bench-data', 'sync'));
  console.log(syncTable(result));
}
