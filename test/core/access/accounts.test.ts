import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { handlers } from '../../../electron/core/handlers';
import { completeSetup } from '../../../electron/core/desk/setup';
import { registerCase } from '../../../electron/core/cases/register-case';
import { listAccessLog } from '../../../electron/core/access/access-log';
import { openCore } from '../../../electron/core/open-core';
import { createUser } from '../../../electron/core/users/users';
import { verifySecret } from '../../../electron/core/users/secrets';
import { buildCaseInput, fakeClock, openTestCore, tempDir } from '../../factories/core';
import { openDesks, sync } from '../../factories/replicas';
import { writeInvitation } from '../../../electron/core/sync/invitation';
import { join } from 'node:path';

const PASSWORD = 'mima-123';

/** A desk set up as a person would, with the administrator's password, through the contract. */
async function office() {
  const clock = fakeClock();
  const core = openTestCore({ now: clock.now, setup: false });
  const call = (channel: Parameters<typeof dispatch>[2], input: unknown) => dispatch(handlers, core, channel, input);
  const setup = await call('setup.complete', { orgName: '阳光物业', deskCode: 'A', firstUserName: '王经理', password: PASSWORD });
  expect(setup).toMatchObject({ ok: true, value: { user: { name: '王经理', role: 'manager' } } });
  return { core, clock, call };
}

const log = (core: ReturnType<typeof openTestCore>) => listAccessLog(core.db, { actions: [], offset: 0, limit: 100 }).rows;

describe('signing in', () => {
  it('stores only a scrypt hash, and signs in and out with the password', async () => {
    const { core, call } = await office();
    const stored = core.db.prepare("SELECT secret_hash FROM users WHERE name = '王经理'").pluck().get() as string;
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(stored).not.toContain(PASSWORD);
    expect(verifySecret(PASSWORD, stored)).toBe(true);
    expect(await call('session.signOut', {})).toMatchObject({ ok: true, value: { user: null, permissions: [] } });
    expect(await call('cases.list', {})).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    expect(await call('session.signIn', { name: '王经理', password: PASSWORD })).toMatchObject({ ok: true, value: { user: { name: '王经理' } } });
    expect(await call('cases.list', {})).toMatchObject({ ok: true });
    expect(log(core).map((row) => row.action)).toEqual(['sign_in', 'sign_out', 'sign_in']);
  });

  it('says the same for a wrong password and an unknown name, and locks after five wrong ones for the set minutes', async () => {
    const { core, clock, call } = await office();
    await call('session.signOut', {});
    expect(await call('session.signIn', { name: '没这个人', password: PASSWORD })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    for (let left = 4; left >= 1; left--) {
      expect(await call('session.signIn', { name: '王经理', password: 'wrong-one' })).toMatchObject({
        ok: false,
        error: { code: 'WRONG_PASSWORD', details: { attemptsLeft: left } },
      });
    }
    const locked = await call('session.signIn', { name: '王经理', password: 'wrong-one' });
    expect(locked).toMatchObject({ ok: false, error: { code: 'LOCKED', details: { until: clock.now() + 15 * 60_000 } } });
    // Locked means locked: the right password does not open it either, until the time is up.
    expect(await call('session.signIn', { name: '王经理', password: PASSWORD })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    clock.advance(15 * 60_000 + 1);
    expect(await call('session.signIn', { name: '王经理', password: PASSWORD })).toMatchObject({ ok: true });
    const failures = log(core).filter((row) => row.action === 'sign_in_failed');
    expect(failures).toHaveLength(6);
    expect(failures.map((row) => row.detail)).toContain('没这个人');
  });

  it('lets a new person in once with the code a manager hands out, to choose a password of their own', async () => {
    const { core, call } = await office();
    const added = await call('users.add', { name: '李前台', role: 'receptionist' });
    if (!added.ok) throw new Error('not added');
    const { code } = added.value as { code: string };
    expect(code).toMatch(/^[A-Z0-9]{8}$/);
    await call('session.signOut', {});
    // A code is not a password.
    expect(await call('session.signIn', { name: '李前台', password: code })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    expect(await call('session.signInWithCode', { name: '李前台', code: code.toLowerCase(), newPassword: '12345' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'newPassword', message: 'errors.passwordTooShort' }] },
    });
    expect(await call('session.signInWithCode', { name: '李前台', code: code.toLowerCase(), newPassword: 'qiantai-1' })).toMatchObject({
      ok: true,
      value: { user: { name: '李前台', role: 'receptionist' } },
    });
    // Used once: now the password.
    await call('session.signOut', {});
    expect(await call('session.signInWithCode', { name: '李前台', code, newPassword: 'another-1' })).toMatchObject({ ok: false });
    expect(await call('session.signIn', { name: '李前台', password: 'qiantai-1' })).toMatchObject({ ok: true });
    expect(core.db.prepare("SELECT secret_is_code FROM users WHERE name = '李前台'").pluck().get()).toBe(0);
  });

  it('ends the session of a person whose password a manager resets, and of one who is deactivated', async () => {
    const { core, call } = await office();
    const manager = core.session.userId!;
    const added = (await call('users.add', { name: '李前台', role: 'receptionist' })) as { ok: true; value: { user: { id: string }; code: string } };
    await call('session.signInWithCode', { name: '李前台', code: added.value.code, newPassword: 'qiantai-1' });
    const receptionist = core.session.userId!;
    core.session.userId = manager;
    const reset = (await call('users.resetPassword', { userId: receptionist })) as { ok: true; value: { code: string } };
    core.session.userId = receptionist;
    expect(await call('cases.list', {})).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    expect(await call('session.signIn', { name: '李前台', password: 'qiantai-1' })).toMatchObject({ ok: false });
    expect(await call('session.signInWithCode', { name: '李前台', code: reset.value.code, newPassword: 'qiantai-2' })).toMatchObject({ ok: true });
    core.session.userId = manager;
    expect(await call('settings.updateStaff', { id: receptionist, active: false })).toMatchObject({ ok: true });
    core.session.userId = receptionist;
    expect(await call('cases.list', {})).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    expect(await call('session.signIn', { name: '李前台', password: 'qiantai-2' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    expect(log(core).find((row) => row.action === 'password_reset')).toMatchObject({ userName: '王经理', detail: '李前台' });
  });

  it('changes a password only with the current one', async () => {
    const { call } = await office();
    expect(await call('session.changePassword', { current: 'not-it', next: 'newpass-1' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSWORD', issues: [{ path: 'current', message: 'errors.wrongPassword' }] },
    });
    expect(await call('session.changePassword', { current: PASSWORD, next: 'newpass-1' })).toMatchObject({ ok: true });
    await call('session.signOut', {});
    expect(await call('session.signIn', { name: '王经理', password: 'newpass-1' })).toMatchObject({ ok: true });
  });
});

describe('people and roles', () => {
  it('lets nobody raise their own role, and keeps the last active manager a manager', async () => {
    const { core, call } = await office();
    const manager = core.session.userId!;
    expect(await call('settings.updateStaff', { id: manager, role: 'receptionist' })).toMatchObject({ ok: false, error: { code: 'NOT_PERMITTED' } });
    const other = createUser(core, { name: '赵总', role: 'general_manager' });
    core.session.userId = other.id;
    expect(await call('settings.updateStaff', { id: manager, role: 'receptionist' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'role', message: 'errors.lastManager' }] },
    });
    expect(await call('settings.updateStaff', { id: manager, active: false })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'active', message: 'errors.lastManager' }] },
    });
    const second = createUser(core, { name: '钱经理', role: 'manager' });
    expect(await call('settings.updateStaff', { id: manager, role: 'assistant' })).toMatchObject({ ok: true });
    expect(second.id).toBeTruthy();
  });

  it('masks phones in lists for a role that does not need them; showing one on a case is logged', async () => {
    const { core, call } = await office();
    const kase = registerCase(core, buildCaseInput({ phone: '138 0013 8000', receivedAt: core.now() - 60_000 }));
    const assistant = createUser(core, { name: '孙助理', role: 'assistant' });
    core.session.userId = assistant.id;
    expect(await call('cases.list', {})).toMatchObject({ ok: true, value: { rows: [{ phone: '138****8000' }] } });
    expect(await call('cases.get', { id: kase.id })).toMatchObject({ ok: true, value: { phone: '138****8000', phoneMasked: true } });
    expect(await call('cases.revealPhone', { caseId: kase.id })).toMatchObject({ ok: true, value: { phone: '138 0013 8000' } });
    const entries = log(core).filter((row) => row.userName === '孙助理');
    expect(entries.map((row) => [row.action, row.caseNumber])).toEqual([
      ['show_phone', kase.number],
      ['view_case', kase.number],
    ]);
    // The same look again within minutes is the same look.
    await call('cases.get', { id: kase.id });
    expect(log(core).filter((row) => row.userName === '孙助理')).toHaveLength(2);
  });

  it('logs an export with what it was, and refuses it to a role without the permission', async () => {
    const { core, call } = await office();
    registerCase(core, buildCaseInput({ receivedAt: core.now() - 60_000 }));
    expect(await call('cases.exportCsv', {})).toMatchObject({ ok: true });
    expect(log(core)[0]).toMatchObject({ action: 'export', userName: '王经理', detail: 'csv' });
    core.session.userId = createUser(core, { name: '李前台', role: 'receptionist' }).id;
    expect(await call('cases.exportCsv', {})).toMatchObject({ ok: false, error: { code: 'NOT_PERMITTED' } });
  });
});

describe('a book from before accounts', () => {
  it('asks who the administrator is, once, and nobody else signs in until handed a code', async () => {
    const dataDir = tempDir();
    const old = openCore({ dataDir });
    completeSetup(old, { orgName: '老物业', deskCode: 'A', firstUserName: '张主管' });
    const clerk = createUser(old, { name: '老前台', role: 'receptionist' });
    old.close();
    const core = openCore({ dataDir });
    const call = (channel: Parameters<typeof dispatch>[2], input: unknown) => dispatch(handlers, core, channel, input);
    expect(await call('setup.status', {})).toMatchObject({ ok: true, value: { needsAdministrator: true, people: [{ name: '张主管' }, { name: '老前台' }] } });
    expect(await call('session.signIn', { name: '老前台', password: 'anything' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSWORD' } });
    expect(await call('setup.claimAdministrator', { userId: clerk.id, password: 'admin-pw' })).toMatchObject({
      ok: true,
      value: { user: { name: '老前台', role: 'manager' } },
    });
    expect(await call('setup.status', {})).toMatchObject({ ok: true, value: { needsAdministrator: false, people: [] } });
    expect(await call('setup.claimAdministrator', { userId: clerk.id, password: 'again-pw' })).toMatchObject({ ok: false, error: { code: 'SETUP_DONE' } });
    core.close();
  });
});

describe('accounts at several desks', () => {
  it('travel with sync: a person set up at one desk signs in at another with the same password', async () => {
    const [a, b] = openDesks(['A', 'B']);
    const added = await dispatch(handlers, a!.core, 'users.add', { name: '周代表', role: 'representative' });
    const { code } = (added as { value: { code: string } }).value;
    sync(a!.core, b!.core);
    expect(await dispatch(handlers, b!.core, 'session.signInWithCode', { name: '周代表', code, newPassword: 'daibiao-1' })).toMatchObject({ ok: true });
    sync(b!.core, a!.core);
    a!.core.session.userId = null;
    expect(await dispatch(handlers, a!.core, 'session.signIn', { name: '周代表', password: 'daibiao-1' })).toMatchObject({ ok: true });
    expect(listAccessLog(a!.core.db, { actions: ['sign_in'], offset: 0, limit: 10 }).rows.map((r) => r.deskCode).sort()).toEqual(['A', 'B']);
  });
});

describe('a new desk joining the organisation', () => {
  it('takes the people from a manager’s invitation and asks for no first person; they sign in with their own passwords', async () => {
    const [a] = openDesks(['A']);
    const call = (core: ReturnType<typeof openTestCore>, channel: Parameters<typeof dispatch>[2], input: unknown) =>
      dispatch(handlers, core, channel, input);
    const added = (await call(a!.core, 'users.add', { name: '周代表', role: 'representative' })) as { value: { code: string } };
    await call(a!.core, 'session.signInWithCode', { name: '周代表', code: added.value.code, newPassword: 'daibiao-1' });
    const file = join(tempDir(), 'join.cdinvite');
    writeInvitation(a!.core, { outPath: file, passphrase: 'yaoqing-2026' });
    const passphrase = 'yaoqing-2026';

    const b = openTestCore({ setup: false });
    // A code another desk of the organisation already uses is refused, and the new desk is left as it was.
    expect(await call(b, 'setup.join', { deskCode: 'A', path: file, passphrase })).toMatchObject({ ok: false, error: { code: 'DESK_CODE_CLASH' } });
    expect(await call(b, 'setup.status', {})).toMatchObject({ ok: true, value: { setupDone: false } });
    expect(await call(b, 'setup.join', { deskCode: 'B', path: file, passphrase: 'wrong passphrase' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(await call(b, 'setup.join', { deskCode: 'B', path: join(tempDir(), 'missing.cdinvite'), passphrase })).toMatchObject({
      ok: false,
      error: { code: 'FILE_MISSING', issues: [{ path: 'path', message: 'errors.noSuchFile' }] },
    });
    expect(await call(b, 'setup.join', { deskCode: 'B', path: file, passphrase })).toMatchObject({
      ok: true,
      value: { setupDone: true, deskCode: 'B', orgName: '测试物业服务中心', needsAdministrator: false },
    });
    expect(b.db.prepare('SELECT count(*) FROM users').pluck().get()).toBe(2);
    expect(await call(b, 'session.signIn', { name: '周代表', password: 'daibiao-1' })).toMatchObject({ ok: true, value: { user: { name: '周代表' } } });
    expect(await call(b, 'setup.join', { deskCode: 'C', path: file, passphrase })).toMatchObject({ ok: false, error: { code: 'SETUP_DONE' } });
  });
});
