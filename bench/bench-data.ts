/**
 * The benchmark's databases, cached under bench-data/ by case count, schema
 * version, demo generator version and seed: the seeded case book, and the
 * baseline (the same registrations as rows of one plain table with the
 * same indexes). Write measurements always run on fresh copies.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../electron/core/db/migrations/index';
import { DEMO_DATA_VERSION, seedDemoData } from '../electron/core/demo/seed-demo';
import { DATABASE_FILE_NAME, openCore } from '../electron/core/open-core';
import { openConnection } from '../electron/core/db/connection';
import { statsBook } from './stats-bench';

export const BENCH_DATA_DIR = join(import.meta.dirname, '../bench-data');
export const BASELINE_FILE_NAME = 'baseline.sqlite3';

export interface SeededData {
  dir: string;
  cases: number;
  seed: number;
  schemaVersion: number;
  /** End of the demo period: the list scenarios' "last month" is relative to it. */
  until: number;
  seedSeconds: number;
  /** Set when the cache was seeded under an older schema and migrated forward, as a desk's file would be. */
  migratedFrom?: number;
  reused: boolean;
}

/** The columns a registration writes, as a plain table: what SQLite alone costs for the same data. */
export const PLAIN_TABLE_SQL = `
  CREATE TABLE plain_cases (
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, number TEXT NOT NULL UNIQUE, desk_code TEXT NOT NULL,
    channel TEXT NOT NULL, complainant_name TEXT NOT NULL, phone TEXT NOT NULL, building_room TEXT NOT NULL,
    site TEXT NOT NULL, received_at INTEGER NOT NULL, content TEXT NOT NULL, category TEXT NOT NULL,
    nature TEXT NOT NULL, status TEXT NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX plain_by_received ON plain_cases (received_at);
  CREATE INDEX plain_by_status ON plain_cases (status, received_at);
  CREATE INDEX plain_by_category ON plain_cases (category, received_at);
  CREATE INDEX plain_by_channel ON plain_cases (channel, received_at);
  CREATE INDEX plain_by_name ON plain_cases (complainant_name);
`;
export const PLAIN_COLUMNS = [
  'id', 'number', 'desk_code', 'channel', 'complainant_name', 'phone', 'building_room', 'site', 'received_at',
  'content', 'category', 'nature', 'status', 'created_at', 'created_by', 'updated_at', 'deleted',
] as const;

function cacheName(cases: number, seed: number, schema: number): string {
  return `cases-${cases}-schema-${schema}-demo-${DEMO_DATA_VERSION}-seed-${seed}`;
}

function cacheDir(cases: number, seed: number): string {
  return join(BENCH_DATA_DIR, cacheName(cases, seed, LATEST_SCHEMA_VERSION));
}

/** The newest cache of the same data under an older schema, if any: migrating it is much faster than seeding. */
function olderCache(cases: number, seed: number): { dir: string; schema: number } | undefined {
  if (!existsSync(BENCH_DATA_DIR)) return undefined;
  const present = new Set(readdirSync(BENCH_DATA_DIR));
  let best: { dir: string; schema: number } | undefined;
  for (let schema = 1; schema < LATEST_SCHEMA_VERSION; schema++) {
    const dir = join(BENCH_DATA_DIR, cacheName(cases, seed, schema));
    if (present.has(cacheName(cases, seed, schema)) && existsSync(join(dir, 'meta.json'))) best = { dir, schema };
  }
  return best;
}

function buildBaseline(dir: string): void {
  const file = join(dir, BASELINE_FILE_NAME);
  rmSync(file, { force: true });
  const db = openConnection(file);
  try {
    db.exec(PLAIN_TABLE_SQL);
    db.prepare('ATTACH DATABASE ? AS src').run(join(dir, DATABASE_FILE_NAME));
    const columns = PLAIN_COLUMNS.join(', ');
    db.exec(`INSERT INTO plain_cases (${columns}) SELECT ${columns} FROM src.cases ORDER BY rowid`);
    db.exec('DETACH DATABASE src');
    db.exec('ANALYZE');
  } finally {
    db.close();
  }
}

/** Returns the cached seeded folder for this size, seeding it (minutes for 200,000 cases) when missing. */
export function seededData(cases: number, seed: number, log: (line: string) => void): SeededData {
  const dir = cacheDir(cases, seed);
  const metaFile = join(dir, 'meta.json');
  if (existsSync(metaFile)) return { ...(JSON.parse(readFileSync(metaFile, 'utf8')) as SeededData), dir, reused: true };

  const building = `${dir}.building`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });

  const older = olderCache(cases, seed);
  if (older) {
    log(`Migrating the cached ${cases.toLocaleString('en')}-case book from schema ${older.schema} to ${LATEST_SCHEMA_VERSION} ...`);
    for (const file of [DATABASE_FILE_NAME, BASELINE_FILE_NAME]) copyFileSync(join(older.dir, file), join(building, file));
    openCore({ dataDir: building }).close();
    const previous = JSON.parse(readFileSync(join(older.dir, 'meta.json'), 'utf8')) as SeededData;
    const meta = { ...previous, schemaVersion: LATEST_SCHEMA_VERSION, migratedFrom: older.schema };
    writeFileSync(join(building, 'meta.json'), JSON.stringify(meta, null, 2));
    rmSync(dir, { recursive: true, force: true });
    renameSync(building, dir);
    rmSync(older.dir, { recursive: true, force: true });
    return { ...meta, dir, reused: false };
  }

  const today = new Date();
  today.setHours(0, 0, 0, 0);
  const until = today.getTime();
  log(`Seeding ${cases.toLocaleString('en')} demo cases into ${building} (cached for later runs) ...`);
  const started = performance.now();
  let lastLog = started;
  seedDemoData({
    dataDir: building,
    seed,
    cases,
    until,
    batchSize: 2000,
    onProgress: (done, total) => {
      if (performance.now() - lastLog < 5000 && done < total) return;
      lastLog = performance.now();
      log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} cases, ${((lastLog - started) / 1000).toFixed(0)} s`);
    },
  });
  const seedSeconds = (performance.now() - started) / 1000;
  buildBaseline(building);
  const meta = { cases, seed, schemaVersion: LATEST_SCHEMA_VERSION, until, seedSeconds };
  writeFileSync(join(building, 'meta.json'), JSON.stringify(meta, null, 2));
  rmSync(dir, { recursive: true, force: true });
  renameSync(building, dir);
  log(`Seeded in ${seedSeconds.toFixed(0)} s.`);
  return { ...meta, dir, reused: false };
}

/**
 * The faster book: case lives written through the app's projections (the
 * statistics benchmark's book, shared with it), with the baseline beside
 * it. Tables, indexes and the search index are the app's own; the change
 * log behind the cases' history is left out (see README, Performance).
 */
export function livesData(cases: number, seed: number, log: (line: string) => void): SeededData {
  const book = statsBook(cases, seed, log);
  if (!existsSync(join(book.dir, BASELINE_FILE_NAME))) buildBaseline(book.dir);
  return {
    dir: book.dir,
    cases,
    seed,
    schemaVersion: LATEST_SCHEMA_VERSION,
    until: book.meta.until,
    seedSeconds: book.meta.seconds,
    reused: book.reused,
  };
}

/** A throw-away copy of one database file, for a measurement that writes. */
export function freshCopy(sourceDir: string, fileName: string, label: string): string {
  const dir = join(BENCH_DATA_DIR, `scratch-${label}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // The cached databases were closed cleanly, so their WAL is already folded into the main file.
  const copy = join(dir, fileName);
  copyFileSync(join(sourceDir, fileName), copy);
  // On disk before anything is measured: otherwise the system writes the copy's hundreds of megabytes back while a
  // measurement runs, and each durable commit's fsync waits behind them (registration p50 1.2-1.9 ms from run to run).
  const fd = openSync(copy, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return dir;
}

export function openBaseline(dir: string): Database.Database {
  return openConnection(join(dir, BASELINE_FILE_NAME));
}
