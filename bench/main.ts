/**
 * `npm run bench [-- --cases 200000 --runs 50 --registrations 200 --only register|list|stats|desk --book lives|demo]`:
 * the case book at scale against raw better-sqlite3 on the same machine: registration, the list and
 * its search, statistics (month and year), the escalation job and the home screen's counts.
 * `--cases 1000000` builds and measures the head office's book (about 11 minutes to build here, 4.4 GB).
 * `--book lives` (default) writes the case lives through the app's
 * projections in minutes; `--book demo` seeds through the real services
 * with the whole change log (about an hour for 200,000 cases here).
 * A benchmark, not a test: it prints figures and writes
 * bench-data/results.json; the lead decides what they mean.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openCore, DATABASE_FILE_NAME } from '../electron/core/open-core';
import { BENCH_DATA_DIR, livesData, openBaseline, seededData } from './bench-data';
import { benchList, listScenarios, type ListResult } from './list-bench';
import { benchRegister, type RegisterResult } from './register-bench';
import { deskWorkTable, listTable, machine, missedPlans, registerTable, statsTable, TARGETS } from './report';
import { runStatsBench, type StatsBenchResult } from './stats-bench';
import { benchDeskWork, type DeskWorkResult } from './desk-work-bench';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '200000' },
    seed: { type: 'string', default: '7' },
    book: { type: 'string', default: 'lives' },
    runs: { type: 'string', default: '50' },
    registrations: { type: 'string', default: '200' },
    only: { type: 'string' },
  },
  strict: true,
});
const count = (name: string, raw: string): number => {
  const value = Number(raw.replaceAll('_', ''));
  if (!Number.isSafeInteger(value) || value < 1) {
    console.error(`--${name} must be a positive whole number`);
    process.exit(1);
  }
  return value;
};
const cases = count('cases', values.cases);
const seed = count('seed', values.seed);
const runs = count('runs', values.runs);
const registrations = count('registrations', values.registrations);
const only = values.only;
if (values.book !== 'lives' && values.book !== 'demo') {
  console.error('--book must be lives or demo');
  process.exit(1);
}
if (only !== undefined && !['register', 'list', 'stats', 'desk'].includes(only)) {
  console.error('--only must be register, list, stats or desk');
  process.exit(1);
}

const log = (line: string): void => void process.stderr.write(`${line}\n`);
mkdirSync(BENCH_DATA_DIR, { recursive: true });
const data = values.book === 'demo' ? seededData(cases, seed, log) : livesData(cases, seed, log);
const dbBytes = statSync(join(data.dir, DATABASE_FILE_NAME)).size;
log(`Data: ${data.dir} (${(dbBytes / 1e6).toFixed(0)} MB${data.reused ? ', cached' : ''})`);

let register: RegisterResult | undefined;
if (only === undefined || only === 'register') {
  log(`Registering ${registrations} cases on a fresh copy ...`);
  register = benchRegister(data, registrations, 20);
  console.log(registerTable(register, registrations));
  console.log();
}

const list: ListResult[] = [];
let sqliteVersion = '';
if (only === undefined || only === 'list') {
  // The list runs against the cached book itself: it only reads.
  const core = openCore({ dataDir: data.dir });
  const baseline = openBaseline(data.dir);
  try {
    sqliteVersion = (core.db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
    for (const scenario of listScenarios(data.until)) {
      log(`List: ${scenario.name} ...`);
      list.push(benchList(core.db, baseline, scenario, runs, 5));
    }
  } finally {
    core.close();
    baseline.close();
  }
  console.log(listTable(list, data.cases));
  const plans = missedPlans(list);
  if (plans) console.log(`\n${plans}`);
}

let stats: StatsBenchResult | undefined;
if (only === undefined || only === 'stats') {
  log('Statistics ...');
  stats = runStatsBench(join(data.dir, DATABASE_FILE_NAME), { runs: Math.min(runs, 20) });
  console.log(`\n${statsTable(stats)}`);
}

let deskWork: DeskWorkResult | undefined;
if (only === undefined || only === 'desk') {
  log('Escalation job and home screen counts ...');
  deskWork = benchDeskWork(data.dir, data.until, Math.min(runs, 20));
  console.log(`\n${deskWorkTable(deskWork)}`);
}

const results = {
  generatedAt: new Date().toISOString(),
  machine: machine(sqliteVersion),
  data: { book: values.book, cases: data.cases, seed: data.seed, schemaVersion: data.schemaVersion, seedSeconds: data.seedSeconds, dbBytes },
  targets: TARGETS,
  register,
  list,
  stats,
  deskWork,
};
const resultsFile = join(BENCH_DATA_DIR, 'results.json');
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
log(`Wrote ${resultsFile}`);
