/**
 * `npm run web -- --port 5180 --data-dir ./.data [--now 2025-09-26T15:00] [--check-on-thread-from BYTES]`: the browser
 * host. A book from BYTES up is checked at start on a thread of its own, as the app does from 256 MB.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { backupOnExit } from '../core/backup/backup-jobs';
import { handlers } from '../core/handlers';
import { readFlag, resolveDataDir } from '../core/data-dir';
import { createWebHost } from './server';
import { startBackgroundJobs } from '../core/background-jobs';
import { clockFrom } from '../core/clock';
import { createTaskRunner } from '../core/tasks/task-runner';
import { createPrintJobs } from './print-jobs';
import { startCore, type StartedCore } from '../core/upgrade/start-core';
import { createChromiumPrintPort, type ChromiumPrintPort } from './print-port';

const argv = process.argv.slice(2);
const port = Number(readFlag(argv, 'port') ?? 5180);
const dataDir = resolveDataDir(argv, process.env, () => join(process.cwd(), '.data'));
const rendererDir = join(import.meta.dirname, '../../out/renderer');
const resourcesDir = join(import.meta.dirname, '../../resources');

function checkOnThreadFrom(flag: string | undefined): { checkOnThreadFrom?: number } {
  if (flag === undefined) return {};
  if (!/^\d+$/.test(flag)) throw new Error(`--check-on-thread-from takes a number of bytes, such as 268435456 (not "${flag}")`);
  return { checkOnThreadFrom: Number(flag) };
}

function open(): StartedCore {
  try {
    // As in the app: a damaged book opens the recovery screen, an older one is upgraded on its own thread while the page shows how far.
    const upgradeScript = new URL('../core/upgrade/upgrade-worker-tsx.mjs', import.meta.url);
    return startCore({ dataDir, now: clockFrom(readFlag(argv, 'now')), upgradeScript, ...checkOnThreadFrom(readFlag(argv, 'check-on-thread-from')) });
  } catch (error) {
    // A database from a newer version, a bad --now or size: say so plainly, change nothing.
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
}

const { core: ctx, bookOpen } = open();
ctx.tasks = createTaskRunner({ dataDir, script: new URL('../core/tasks/task-worker-tsx.mjs', import.meta.url) });
let stopBackgroundJobs = (): void => {};
void bookOpen.then((opened) => {
  if (!opened) return;
  // Loading the TypeScript sources into the thread takes seconds: do it now, not when someone first exports.
  if (!ctx.recovery) ctx.tasks?.warm();
  stopBackgroundJobs = startBackgroundJobs(ctx);
});
const printJobs = createPrintJobs();
const server = createWebHost({ ctx, handlers, rendererDir, print: { resourcesDir, jobs: printJobs } });
let printPort: ChromiumPrintPort | undefined;
server.listen(port, '127.0.0.1', () => {
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The forms load their font from this host, so the port needs the address it is listening on.
  printPort = createChromiumPrintPort({ origin, jobs: printJobs });
  ctx.ports = { ...ctx.ports, print: printPort };
  console.log(`Complaint Desk browser host: ${origin}/  (data: ${dataDir})`);
});

function shutDown(): void {
  stopBackgroundJobs();
  server.close();
  // As in the app: the task thread finishes what it is doing, then takes the backup on exit.
  const closing = backupOnExit(ctx)
    .finally(() => Promise.all([ctx.tasks?.close(), printPort?.close()]))
    .finally(() => ctx.close());
  void closing.finally(() => process.exit(0));
}
process.on('SIGINT', shutDown);
process.on('SIGTERM', shutDown);
