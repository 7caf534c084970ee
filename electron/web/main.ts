/** `npm run web -- --port 5180 --data-dir ./.data [--now 2025-09-26T15:00]`: the browser host. */
import { join } from 'node:path';
import { openCore } from '../core/open-core';
import { handlers } from '../core/handlers';
import { readFlag, resolveDataDir } from '../core/data-dir';
import { createWebHost } from './server';
import { startBackgroundJobs } from '../core/background-jobs';
import { clockFrom } from '../core/clock';

const argv = process.argv.slice(2);
const port = Number(readFlag(argv, 'port') ?? 5180);
const dataDir = resolveDataDir(argv, process.env, () => join(process.cwd(), '.data'));
const rendererDir = join(import.meta.dirname, '../../out/renderer');

function open(): ReturnType<typeof openCore> {
  try {
    return openCore({ dataDir, now: clockFrom(readFlag(argv, 'now')) });
  } catch (error) {
    // A database from a newer version, a bad --now: say so plainly, change nothing.
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
}

const ctx = open();
const server = createWebHost({ ctx, handlers, rendererDir });
const stopBackgroundJobs = startBackgroundJobs(ctx);
server.listen(port, '127.0.0.1', () => {
  console.log(`Complaint Desk browser host: http://127.0.0.1:${port}/  (data: ${dataDir})`);
});

function shutDown(): void {
  stopBackgroundJobs();
  server.close();
  ctx.close();
  process.exit(0);
}
process.on('SIGINT', shutDown);
process.on('SIGTERM', shutDown);
