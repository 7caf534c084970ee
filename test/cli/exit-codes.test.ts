import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../electron/core/open-core';
import { runInProcess, UNTIL, foldersRemovedAfterEachTest } from './cli-harness';

const folder = foldersRemovedAfterEachTest();

function passwordFile(dir: string): string {
  const path = join(dir, 'password.txt');
  writeFileSync(path, 'correct horse 42\n');
  return path;
}

/** A database file as a newer app would leave it: a schema version this one does not know. */
function newerDatabase(dir: string): void {
  const db = new Database(join(dir, DATABASE_FILE_NAME));
  db.pragma('user_version = 999');
  db.close();
}

describe('exit codes', () => {
  it('prints the usage and exits 0 for help', async () => {
    const run = await runInProcess(['help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage:');
  });

  it.each([
    ['no command', []],
    ['an unknown command', ['frobnicate']],
    ['seed without --cases', ['seed', '--data-dir', '/tmp/x']],
    ['seed without a data folder', ['seed', '--cases', '3']],
    ['a count that is not a number', ['seed', '--data-dir', '/tmp/x', '--cases', 'many']],
    ['a count of zero', ['seed', '--data-dir', '/tmp/x', '--cases', '0']],
    ['a bad desk code', ['seed', '--data-dir', '/tmp/x', '--cases', '3', '--desk-code', 'desk-one']],
    ['a bad date', ['seed', '--data-dir', '/tmp/x', '--cases', '3', '--until', 'yesterday-ish']],
    ['an unknown flag', ['dump', '--data-dir', '/tmp/x', '--pretty']],
    ['a stray argument', ['dump', 'extra', '--data-dir', '/tmp/x']],
  ])('exits 1 with the usage for %s', async (_label, argv) => {
    const run = await runInProcess(argv);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Usage:');
    expect(run.stdout).toBe('');
  });

  it('exits 2 with a plain message for a sync file that is missing, a folder, or a named pipe', async () => {
    const dir = folder('sync-paths');
    expect((await runInProcess(['setup', '--data-dir', dir, '--org-name', '测试', '--desk-code', 'A', '--admin', '王经理', '--role', 'manager', '--password-file', passwordFile(dir)])).code).toBe(0);
    mkdirSync(join(dir, 'a-folder.cdsync'));
    execFileSync('mkfifo', [join(dir, 'pipe.cdsync')]);
    for (const [name, words] of [['gone.cdsync', /does not exist/], ['a-folder.cdsync', /not a plain file|is a folder/], ['pipe.cdsync', /not a plain file/]] as const) {
      const run = await runInProcess(['sync', 'import', '--data-dir', dir, join(dir, name)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(words);
      expect(run.stderr).not.toMatch(/Unexpected failure|\n {4}at /);
    }
    const nowhere = await runInProcess(['sync', 'export', '--data-dir', dir, '--out', join(dir, 'no-such-folder', 'a.cdsync')]);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toMatch(/does not exist/);
  });

  it('exits 2 when dumping a folder that has no database, and creates nothing', async () => {
    const dir = folder('empty');
    const run = await runInProcess(['dump', '--data-dir', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/No Complaint Desk database in/);
    const again = await runInProcess(['dump', '--data-dir', dir]);
    expect(again.code).toBe(2);
  });

  it('exits 2 with the DatabaseTooNewError message for a database from a newer version', async () => {
    const dir = folder('newer');
    newerDatabase(dir);
    for (const argv of [
      ['dump', '--data-dir', dir],
      ['seed', '--data-dir', dir, '--cases', '2'],
    ]) {
      const run = await runInProcess(argv);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/written by a newer version of Complaint Desk \(schema 999/);
    }
  });

  it('exits 2 for a file that is not a database', async () => {
    const dir = folder('garbage');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, DATABASE_FILE_NAME), 'these are not the pages you are looking for'.repeat(200));
    const run = await runInProcess(['dump', '--data-dir', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not a SQLite database.*has not been changed/s);
  });

  it('exits 1 when --desk-code contradicts the folder it seeds into', async () => {
    const dir = folder('desk');
    expect((await runInProcess(['seed', '--data-dir', dir, '--cases', '2', '--desk-code', 'B', '--until', UNTIL])).code).toBe(0);
    const clash = await runInProcess(['seed', '--data-dir', dir, '--cases', '2', '--desk-code', 'C', '--until', UNTIL]);
    expect(clash.code).toBe(1);
    expect(clash.stderr).toMatch(/already set up as desk B/);
    expect((await runInProcess(['seed', '--data-dir', dir, '--cases', '2', '--desk-code', 'b', '--until', UNTIL])).code).toBe(0);
  });
});
