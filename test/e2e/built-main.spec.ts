/**
 * The Electron binary cannot run on this machine, so this checks what can
 * be checked of the main process as electron-vite built it, under Node 24
 * (the Node inside Electron): every package it imports loads, the task
 * thread, exactly as built, runs a real export on a real data folder, and
 * the upgrade's thread upgrades a book an older version wrote.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { contract } from '../../shared/contract';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations/index';
import { openCore } from '../../electron/core/open-core';
import { undoVersion18 } from '../factories/old-books';

const MAIN_DIR = resolve('out/main');

/** Plain Node: without the loader Playwright puts in NODE_OPTIONS for its own child processes. */
const PLAIN_ENV = { ...process.env, NODE_OPTIONS: '' };

/** Runs an ES module under this Node, from the project folder (so packages resolve from node_modules); returns its stdout. */
function runModule(source: string): string {
  const file = resolve(`.built-main-check-${process.pid}-${Date.now()}.mjs`);
  writeFileSync(file, source);
  try {
    return execFileSync(process.execPath, [file], { cwd: resolve('.'), encoding: 'utf8', env: PLAIN_ENV });
  } finally {
    rmSync(file, { force: true });
  }
}

test('every package the built main process imports loads under Node 24, electron aside', () => {
  const files = readdirSync(MAIN_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
  const packages = new Set<string>();
  for (const file of files) {
    const code = readFileSync(join(MAIN_DIR, file), 'utf8');
    for (const match of code.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?["']([^"'./][^"']*)["']/gm)) packages.add(match[1]!);
  }
  packages.delete('electron');
  const external = [...packages].filter((name) => !name.startsWith('node:'));
  expect(external).toContain('better-sqlite3');
  // A JSON module imported without its `type: 'json'` attribute fails right here, as it would in Electron.
  const loaded = runModule(`${[...packages].map((name, i) => `import * as m${i} from ${JSON.stringify(name)};`).join('\n')}\nprocess.stdout.write('${packages.size}');`);
  expect(Number(loaded)).toBe(packages.size);
});

test('the task thread as built runs an export on a real case book and stops cleanly', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'built-worker-'));
  try {
    exportFromBuiltWorker(dataDir);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

function exportFromBuiltWorker(dataDir: string): void {
  execFileSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'electron/cli/main.ts', 'seed', '--data-dir', dataDir, '--cases', '12'], {
    cwd: resolve('.'),
    stdio: 'ignore',
    env: PLAIN_ENV,
  });
  const input = contract['cases.exportCsv'].input.parse({ columns: ['number', 'status'] });
  const output = runModule(`
    import { Worker } from 'node:worker_threads';
    const worker = new Worker(${JSON.stringify(join(MAIN_DIR, 'task-worker.js'))}, { workerData: { dataDir: ${JSON.stringify(dataDir)} } });
    const phases = [];
    worker.on('message', (message) => {
      if (message.type === 'progress') { phases.push(message.phase); return; }
      console.log(JSON.stringify({ type: message.type, rows: message.value?.rows, error: message.error, phases }));
      worker.postMessage({ type: 'stop' });
    });
    worker.on('exit', (code) => console.log(JSON.stringify({ exit: code })));
    worker.postMessage({ type: 'run', id: 1, channel: 'cases.exportCsv', input: ${JSON.stringify(input)}, userId: null, nowOffset: 0 });
  `);
  const [answer, exit] = output.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(answer).toMatchObject({ type: 'done', rows: 12 });
  expect(answer!.phases).toContain('building');
  expect(exit).toEqual({ exit: 0 });
}

test('the upgrade thread as built upgrades a version 17 book, posting its progress, and ends', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'built-upgrade-'));
  try {
    const core = openCore({ dataDir });
    undoVersion18(core);
    core.close();
    const output = runModule(`
      import { Worker } from 'node:worker_threads';
      const worker = new Worker(${JSON.stringify(join(MAIN_DIR, 'upgrade-worker.js'))}, { workerData: { dataDir: ${JSON.stringify(dataDir)}, nowOffset: 0 } });
      const phases = [];
      worker.on('message', (message) => {
        if (message.type === 'progress') phases.push(message.step.phase);
        else console.log(JSON.stringify({ type: message.type, toVersion: message.result?.toVersion, failure: message.failure, phases }));
      });
      worker.on('exit', (code) => console.log(JSON.stringify({ exit: code })));
    `);
    const [answer, exit] = output.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(answer).toMatchObject({ type: 'done', toVersion: LATEST_SCHEMA_VERSION });
    expect(answer!.phases).toEqual(expect.arrayContaining(['checking', 'backup', 'migrate']));
    expect(exit).toEqual({ exit: 0 });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
