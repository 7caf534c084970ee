/**
 * A damaged case book (empty, cut off, a page zeroed) is refused by the app
 * and by every command, with the same words, and left byte-for-byte as it
 * was found, no side files added.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readdirSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DamagedDatabaseError } from '../../../electron/core/db/health';
import { DATABASE_FILE_NAME, openCore } from '../../../electron/core/open-core';
import { registerCase } from '../../../electron/core/cases/register-case';
import { buildCaseInput, openTestCore, tempDir } from '../../factories/core';
import { runInProcess } from '../../cli/cli-harness';

type Damage = 'empty' | 'truncated' | 'page-zeroed';

/** A desk with enough cases for several pages, closed cleanly (everything in the main file), then damaged. */
function damagedDesk(damage: Damage): { dataDir: string; file: string } {
  const dataDir = tempDir();
  const core = openTestCore({ dataDir });
  for (let i = 0; i < 60; i++) registerCase(core, buildCaseInput({ content: `第 ${i} 件：${'楼上漏水，'.repeat(40)}` }));
  core.db.pragma('wal_checkpoint(TRUNCATE)');
  core.close();
  const file = join(dataDir, DATABASE_FILE_NAME);
  // Closing the last connection folds the WAL into the file and removes it: the damage is to the book itself.
  expect(existsSync(`${file}-wal`)).toBe(false);
  const size = statSync(file).size;
  if (damage === 'empty') truncateSync(file, 0);
  if (damage === 'truncated') truncateSync(file, size - 1500);
  if (damage === 'page-zeroed') {
    const pageSize = readFileSync(file).readUInt16BE(16);
    const fd = openSync(file, 'r+');
    // A page in the middle of the file: some table's or index's b-tree page.
    writeSync(fd, Buffer.alloc(pageSize), 0, pageSize, Math.floor(size / pageSize / 2) * pageSize);
    closeSync(fd);
  }
  return { dataDir, file };
}

function fingerprint(dataDir: string): string {
  return readdirSync(dataDir)
    .sort()
    .map((name) => {
      const path = join(dataDir, name);
      return statSync(path).isFile() ? `${name}:${createHash('sha256').update(readFileSync(path)).digest('hex')}` : `${name}/`;
    })
    .join('\n');
}

const DAMAGES: Damage[] = ['empty', 'truncated', 'page-zeroed'];
const PASSWORD_FILE = '<password file>';

describe('a damaged case book', () => {
  it.each(DAMAGES)('(%s) is refused by the app and left exactly as found', (damage) => {
    const { dataDir } = damagedDesk(damage);
    const before = fingerprint(dataDir);
    expect(() => openCore({ dataDir })).toThrow(DamagedDatabaseError);
    expect(() => openCore({ dataDir })).toThrow(/cannot be used.*has not been changed/s);
    expect(fingerprint(dataDir)).toBe(before);
  });

  const COMMANDS: string[][] = [
    ['dump'],
    ['check'],
    ['stats', '--from', '2026-11-01', '--to', '2026-11-30'],
    ['sync', 'export', '--out', '/tmp/never.cdsync'],
    ['seed', '--cases', '1'],
    ['access-log', '--json'],
    ['backup'],
    ['backup', '--out', '/tmp/never-backup.sqlite3'],
    ['users', 'add', '--name', '某人', '--password-file', PASSWORD_FILE],
  ];

  it.each(DAMAGES.flatMap((damage) => COMMANDS.map((command) => [damage, command] as const)))(
    '(%s) makes `%s` exit 2 with the same words, touching nothing',
    async (damage, command) => {
      const { dataDir } = damagedDesk(damage);
      const before = fingerprint(dataDir);
      const passwordFile = join(tempDir(), 'password.txt');
      writeFileSync(passwordFile, 'mima-2026\n');
      const [first, ...rest] = command.map((arg) => (arg === PASSWORD_FILE ? passwordFile : arg));
      const argv = first === 'sync' || first === 'users' ? [first, rest[0]!, '--data-dir', dataDir, ...rest.slice(1)] : [first!, '--data-dir', dataDir, ...rest];
      const run = await runInProcess(argv);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(/cannot be used.*has not been changed/s);
      expect(fingerprint(dataDir)).toBe(before);
    },
  );
});
