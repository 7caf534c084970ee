import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { DATABASE_FILE_NAME } from '../../electron/core/open-core';
import { tempDir } from '../factories/core';
import { runInProcess } from './cli-harness';

const seed = (dir: string, code: string, cases = 8) =>
  runInProcess(['seed', '--data-dir', dir, '--cases', String(cases), '--desk-code', code, '--until', '2026-10-31', '--months', '2']);

describe('sync, check and stats on the command line', () => {
  it('invites a desk, which joins with the passphrase; they exchange files with no passphrase until both dump the same', async () => {
    const a = tempDir('cli-a-');
    expect((await seed(a, 'A')).code).toBe(0);
    const secret = join(tempDir(), 'pass.txt');
    writeFileSync(secret, '物业邀请口令2026\n');
    const password = join(tempDir(), 'password.txt');
    writeFileSync(password, 'jingli-2026\n');
    const invitation = join(tempDir(), 'join.cdinvite');
    const invited = await runInProcess(['sync', 'invite', '--data-dir', a, '--out', invitation, '--passphrase-file', secret]);
    expect(invited.code).toBe(0);

    const bDir = tempDir('cli-b-');
    const wrong = join(tempDir(), 'wrong.txt');
    writeFileSync(wrong, 'not the passphrase\n');
    const refused = await runInProcess(['join', '--data-dir', bDir, '--desk-code', 'B', '--invite', invitation, '--passphrase-file', wrong, '--admin', '乙经理', '--password-file', password]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/passphrase/);
    const joined = await runInProcess(['join', '--data-dir', bDir, '--desk-code', 'B', '--invite', invitation, '--passphrase-file', secret, '--admin', '乙经理', '--password-file', password]);
    expect(joined.code).toBe(0);
    expect(joined.stderr).toMatch(/乙经理 \(manager\) can sign in/);

    const fileA = join(tempDir(), 'a.cdsync');
    expect((await runInProcess(['sync', 'export', '--data-dir', a, '--out', fileA])).code).toBe(0);
    expect((await runInProcess(['sync', 'import', '--data-dir', bDir, fileA])).code).toBe(0);
    const fileB = join(tempDir(), 'b.cdsync');
    expect((await runInProcess(['sync', 'export', '--data-dir', bDir, '--out', fileB])).code).toBe(0);
    expect((await runInProcess(['sync', 'import', '--data-dir', a, fileB])).code).toBe(0);
    const [dumpA, dumpB] = [await runInProcess(['dump', '--data-dir', a]), await runInProcess(['dump', '--data-dir', bDir])];
    expect(dumpA.code).toBe(0);
    expect(dumpB.stdout).toBe(dumpA.stdout);

    // A desk of another organisation cannot read the file, and says why.
    const stranger = tempDir('cli-x-');
    expect((await seed(stranger, 'X', 1)).code).toBe(0);
    const foreign = await runInProcess(['sync', 'import', '--data-dir', stranger, fileA]);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toMatch(/another organisation/);
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
