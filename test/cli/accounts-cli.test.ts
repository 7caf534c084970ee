import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { handlers } from '../../electron/core/handlers';
import { openCore } from '../../electron/core/open-core';
import { runInProcess, foldersRemovedAfterEachTest } from './cli-harness';

const folder = foldersRemovedAfterEachTest();

function passwordFile(dir: string, password: string): string {
  const file = join(dir, `${password}.txt`);
  writeFileSync(file, `${password}\n`);
  return file;
}

describe('accounts from the command line', () => {
  it('sets up a desk with its administrator, adds a person, and both sign in; the access log lists it', async () => {
    const dataDir = folder('cli-accounts');
    const secrets = folder('cli-secrets');
    const setup = await runInProcess([
      'setup', '--data-dir', dataDir, '--org-name', '阳光物业', '--desk-code', 'A', '--admin', '王经理', '--role', 'manager',
      '--password-file', passwordFile(secrets, 'admin-pw-1'),
    ]);
    expect(setup.code, setup.stderr).toBe(0);
    const added = await runInProcess([
      'users', 'add', '--data-dir', dataDir, '--name', '李前台', '--role', 'receptionist', '--password-file', passwordFile(secrets, 'clerk-pw-1'),
    ]);
    expect(added.code, added.stderr).toBe(0);

    const core = openCore({ dataDir });
    try {
      expect(await dispatch(handlers, core, 'session.signIn', { name: '王经理', password: 'admin-pw-1' })).toMatchObject({
        ok: true,
        value: { user: { role: 'manager' } },
      });
      expect(await dispatch(handlers, core, 'session.signIn', { name: '李前台', password: 'clerk-pw-1' })).toMatchObject({
        ok: true,
        value: { user: { role: 'receptionist' } },
      });
      expect(await dispatch(handlers, core, 'session.signIn', { name: '李前台', password: 'admin-pw-1' })).toMatchObject({ ok: false });
    } finally {
      core.close();
    }
    const log = await runInProcess(['access-log', '--data-dir', dataDir, '--json']);
    expect(log.code, log.stderr).toBe(0);
    const rows = JSON.parse(log.stdout) as { action: string; userName: string; detail: string }[];
    expect(rows.map((row) => [row.action, row.userName])).toEqual([
      ['sign_in_failed', '李前台'],
      ['sign_in', '李前台'],
      ['sign_in', '王经理'],
      ['sign_in', '王经理'],
    ]);
  });

  it.each([
    ['setup without a password file', ['setup', '--org-name', 'X', '--desk-code', 'A', '--admin', '某人']],
    ['setup with a role that cannot administer', ['setup', '--org-name', 'X', '--desk-code', 'A', '--admin', '某人', '--role', 'receptionist']],
    ['users without add', ['users', 'remove', '--name', '某人']],
    ['users add with an unknown role', ['users', 'add', '--name', '某人', '--role', 'boss']],
  ])('refuses %s as bad usage', async (_what, argv) => {
    const dataDir = folder('cli-usage');
    const run = await runInProcess([...argv.slice(0, argv[0] === 'users' ? 2 : 1), '--data-dir', dataDir, ...argv.slice(argv[0] === 'users' ? 2 : 1)]);
    expect(run.code).toBe(1);
  });

  it('refuses a password shorter than six characters from the file', async () => {
    const dataDir = folder('cli-short');
    const run = await runInProcess([
      'setup', '--data-dir', dataDir, '--org-name', 'X', '--desk-code', 'A', '--admin', '某人', '--password-file', passwordFile(folder('s'), '12345'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('at least 6 characters');
  });
});
