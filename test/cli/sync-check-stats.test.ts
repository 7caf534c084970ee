import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { DATABASE_FILE_NAME } from '../../electron/core/open-core';
import { openTestCore, tempDir } from '../factories/core';
import { runInProcess } from './cli-harness';

const seed = (dir: string, code: string, cases = 8) =>
  runInProcess(['seed', '--data-dir', dir, '--cases', String(cases), '--desk-code', code, '--until', '2026-10-31', '--months', '2']);

describe('sync, check and stats on the command line', () => {
  it('exchanges desks through files, with a passphrase, until both dump the same', async () => {
    const a = tempDir('cli-a-');
    expect((await seed(a, 'A')).code).toBe(0);
    // Desk B: set up, no complaints of its own yet, so it may join A's organisation.
    const b = openTestCore({ deskCode: 'B' });
    const bDir = b.dataDir;
    b.close();
    const secret = join(tempDir(), 'pass.txt');
    writeFileSync(secret, '物业口令\n');
    const fileA = join(tempDir(), 'a.cdsync');
    expect((await runInProcess(['sync', 'export', '--data-dir', a, '--out', fileA, '--full', '--passphrase-file', secret])).code).toBe(0);

    const noPass = await runInProcess(['sync', 'import', '--data-dir', bDir, '--join', fileA]);
    expect(noPass.code).toBe(2);
    expect(noPass.stderr).toMatch(/passphrase/);
    const imported = await runInProcess(['sync', 'import', '--data-dir', bDir, '--passphrase-file', secret, '--join', fileA]);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toMatch(/8 new cases/);

    const fileB = join(tempDir(), 'b.cdsync');
    expect((await runInProcess(['sync', 'export', '--data-dir', bDir, '--out', fileB])).code).toBe(0);
    expect((await runInProcess(['sync', 'import', '--data-dir', a, fileB])).code).toBe(0);
    const [dumpA, dumpB] = [await runInProcess(['dump', '--data-dir', a]), await runInProcess(['dump', '--data-dir', bDir])];
    expect(dumpA.code).toBe(0);
    expect(dumpB.stdout).toBe(dumpA.stdout);

    const missing = await runInProcess(['sync', 'import', '--data-dir', tempDir('cli-none-'), fileA]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/No Complaint Desk database/);
  });

  it('checks a desk, and exits 2 when its data has been tampered with', async () => {
    const dir = tempDir('cli-check-');
    await seed(dir, 'A');
    const healthy = await runInProcess(['check', '--data-dir', dir]);
    expect(healthy.code).toBe(0);
    expect(JSON.parse(healthy.stdout)).toMatchObject({ ok: true });
    const db = new Database(join(dir, DATABASE_FILE_NAME));
    db.prepare("UPDATE cases SET content = '改过' WHERE rowid = 1").run();
    db.close();
    const broken = await runInProcess(['check', '--data-dir', dir]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/does not match its recorded changes/);
  });

  it('prints the statistics of a period as JSON', async () => {
    const dir = tempDir('cli-stats-');
    await seed(dir, 'A', 30);
    const result = await runInProcess(['stats', '--data-dir', dir, '--from', '2026-09-01', '--to', '2026-10-31', '--json']);
    expect(result.code).toBe(0);
    const stats = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(stats).toBeTypeOf('object');
    expect(JSON.stringify(stats)).toMatch(/\d/);
    expect((await runInProcess(['stats', '--data-dir', dir, '--from', '2026-13-01', '--to', '2026-10-31'])).code).toBe(1);
  });
});
