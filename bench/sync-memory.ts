/**
 * What a crafted sync file costs the desk that imports it: a file of about a megabyte whose one part
 * would unpack to more than 1 GiB (zeros deflate a thousand to one) is imported by a fresh desk in a
 * child process, which prints its peak resident memory. The import must refuse the file (TOO_LARGE)
 * and peak below 200 MB. Run: `npm run bench:sync-memory`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDeflateRaw, constants } from 'node:zlib';
import { completeSetup, joinWithOpenedInvitation } from '../electron/core/desk/setup';
import { issueInvitation } from '../electron/core/sync/invitation';
import { openCore } from '../electron/core/open-core';
import { exportBundle } from '../electron/core/sync/export-bundle';
import { importBundle } from '../electron/core/sync/import-bundle';
import { RECORD } from '../electron/core/sync/records';
import { readSyncFile, writeSyncFile } from '../test/factories/crafted-sync-file';

const UNPACKED = 1.1 * 1024 * 1024 * 1024;
const PEAK_LIMIT_MB = 200;

/** A raw deflate stream of a changes record of UNPACKED bytes, built a megabyte at a time. */
async function bomb(): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const parts: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => parts.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const zeros = Buffer.alloc(1024 * 1024);
  deflate.write(Buffer.from([RECORD.changes]));
  for (let written = 0; written < UNPACKED; written += zeros.length) {
    if (!deflate.write(zeros)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return Buffer.concat(parts);
}

function child(dataDir: string, path: string): void {
  const core = openCore({ dataDir });
  let code = 'accepted';
  try {
    importBundle(core, { path });
  } catch (error) {
    code = (error as { code?: string }).code ?? String(error);
  }
  core.close();
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ code, peakMb: Math.round(peakMb) }));
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'sync-memory-'));
  try {
    const sender = openCore({ dataDir: join(root, 'a') });
    completeSetup(sender, { orgName: '内存测试', deskCode: 'A', firstUserName: '甲' });
    const honest = join(root, 'honest.cdsync');
    exportBundle(sender, { outPath: honest, full: true });
    const receiver = openCore({ dataDir: join(root, 'b') });
    joinWithOpenedInvitation(receiver, { deskCode: 'B', invitation: issueInvitation(sender), syncPath: honest });
    receiver.close();

    // Sealed with the organisation key and signed by the sender: refused only for the part that unpacks too far.
    const crafted = writeSyncFile(join(root, 'bomb.cdsync'), readSyncFile(honest, sender), { packedFrames: [await bomb()] });
    sender.close();
    const fileMb = statSync(crafted).size / 1024 / 1024;
    const output = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', join(root, 'b'), crafted], {
      encoding: 'utf8',
    });
    const { code, peakMb } = JSON.parse(output) as { code: string; peakMb: number };
    console.log(`crafted file: ${fileMb.toFixed(2)} MB, one part unpacking to ${(UNPACKED / 1024 ** 3).toFixed(1)} GiB`);
    console.log(`import: ${code}; peak memory of the importing process: ${peakMb} MB (limit ${PEAK_LIMIT_MB} MB)`);
    if (code !== 'TOO_LARGE' || peakMb >= PEAK_LIMIT_MB) process.exitCode = 1;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') child(process.argv[3]!, process.argv[4]!);
else await main();
