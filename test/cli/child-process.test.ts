/** The CLI as a person runs it: a separate Node process through node_modules/.bin/tsx. */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../electron/core/open-core';
import { runChild, tempDir, UNTIL } from './cli-harness';
import type { Dump } from './dump-content';

const dir = tempDir('child');
afterAll(() => dir.remove());

describe('the CLI as a child process', () => {
  it('seeds and dumps, exiting 0', () => {
    const seeded = runChild(['seed', '--data-dir', dir.path, '--cases', '12', '--seed', '9', '--until', UNTIL]);
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(seeded.stderr).toMatch(/Seeded 12 cases/);
    expect(seeded.stdout).toBe('');
    const dumped = runChild(['dump', '--data-dir', dir.path]);
    expect(dumped.code, dumped.stderr).toBe(0);
    const dump = JSON.parse(dumped.stdout) as Dump;
    expect(dump.cases).toHaveLength(12);
    expect(dump.cases.every((c) => /^A-\d{6}-\d{4}$/.test(String(c.fields.number)))).toBe(true);
  });

  it('exits 1 with the usage on stderr for bad usage', () => {
    const run = runChild(['seed', '--cases', 'lots']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Usage:');
  });

  it('exits 2 for a database from a newer version, leaving it untouched', () => {
    const newer = tempDir('child-newer');
    try {
      const db = new Database(join(newer.path, DATABASE_FILE_NAME));
      db.pragma('user_version = 999');
      db.close();
      const run = runChild(['dump', '--data-dir', newer.path]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/newer version of Complaint Desk/);
      const check = new Database(join(newer.path, DATABASE_FILE_NAME), { readonly: true });
      expect(check.pragma('user_version', { simple: true })).toBe(999);
      check.close();
    } finally {
      newer.remove();
    }
  });
});
