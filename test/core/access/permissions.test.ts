/**
 * Every contract channel against every role, generated from the contract:
 * nobody signed in is refused (but for setup and signing in), and each
 * role is allowed exactly what the permission table says.
 */
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, type ChannelName } from '../../../shared/contract';
import { ROLES, type Role } from '../../../shared/domain';
import {
  CHANNEL_ACCESS,
  DEFAULT_ROLE_PERMISSIONS,
  TRANSITION_PERMISSIONS,
  accessFor,
  holds,
  effectiveRolePermissions,
} from '../../../shared/rules/permissions';
import { dispatch } from '../../../electron/core/dispatch';
import { handlers, type Handlers } from '../../../electron/core/handlers';
import { createUser } from '../../../electron/core/users/users';
import { saveRolePermissions } from '../../../electron/core/settings/org-settings';
import { openTestCore } from '../../factories/core';

const PUBLIC = ['setup.status', 'setup.complete', 'setup.claimAdministrator', 'setup.join', 'setup.restore', 'session.get', 'session.signIn', 'session.signInWithCode'];
/** The recovery screen's: nobody can sign in to a damaged book; each checks a manager's password itself (recovery.test.ts). */
const RECOVERY = ['recovery.backups', 'recovery.restore', 'recovery.startOver', 'recovery.exportReadable'];
/** The upgrade screen's, shown before anyone can sign in (upgrade/start-core.test.ts). */
const UPGRADE = ['upgrade.status'];

/** The handler table with every handler replaced by one that only says it was reached: the check is what is tested. */
const reachedOnly = Object.fromEntries(CHANNEL_NAMES.map((channel) => [channel, () => 'reached'])) as unknown as Handlers;

async function codeOf(core: ReturnType<typeof openTestCore>, channel: ChannelName, input: unknown): Promise<string> {
  const result = await dispatch(reachedOnly, core, channel, input);
  return result.ok ? 'reached' : result.error.code;
}

function deskWith(role: Role) {
  const core = openTestCore();
  const person = role === 'manager' ? core.session.userId! : createUser(core, { name: `某${role}`, role }).id;
  core.session.userId = person;
  return core;
}

describe('permissions over every channel', () => {
  it('declares an access for every channel and no other, and only setup, signing in, the recovery and the upgrade screens answer nobody', () => {
    expect(Object.keys(CHANNEL_ACCESS).sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(CHANNEL_NAMES.filter((channel) => CHANNEL_ACCESS[channel] === 'public').sort()).toEqual([...PUBLIC, ...RECOVERY, ...UPGRADE].sort());
  });

  it.each(CHANNEL_NAMES.filter((channel) => ![...PUBLIC, ...RECOVERY, ...UPGRADE].includes(channel)))('refuses %s with NOT_SIGNED_IN when nobody is signed in', async (channel) => {
    const core = openTestCore();
    core.session.userId = null;
    expect(await codeOf(core, channel, {})).toBe('NOT_SIGNED_IN');
  });

  it.each(ROLES)('lets a %s reach exactly the channels its permissions allow', async (role) => {
    const core = deskWith(role);
    const table = effectiveRolePermissions(undefined);
    for (const channel of CHANNEL_NAMES) {
      const access = accessFor(channel, {});
      const allowed = access === 'public' || access === 'signed_in' || holds(table, role, access);
      const code = await codeOf(core, channel, {});
      expect(code === 'NOT_PERMITTED', `${role} ${channel}`).toBe(!allowed);
      if (code === 'NOT_PERMITTED') continue;
      // Reached, or refused for its input: never for who the person is.
      expect(['reached', 'VALIDATION'], `${role} ${channel}`).toContain(code);
    }
  });

  it.each(ROLES)('lets a %s make exactly the case moves its permissions allow', async (role) => {
    const core = deskWith(role);
    for (const [action, permission] of Object.entries(TRANSITION_PERMISSIONS)) {
      const code = await codeOf(core, 'cases.transition', { caseId: 'c', requestId: 'request-1', transition: { action } });
      expect(code === 'NOT_PERMITTED', `${role} ${action}`).toBe(!DEFAULT_ROLE_PERMISSIONS[role].includes(permission));
    }
  });

  it('names who may when it refuses', async () => {
    const core = deskWith('receptionist');
    const result = await dispatch(handlers, core, 'settings.saveValues', { dueSoonHours: 2 });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_PERMITTED', details: { roles: ['manager', 'general_manager'] } } });
  });

  it('follows the table the office sets, but never takes from the manager what running the office needs', async () => {
    const core = openTestCore();
    const receptionist = createUser(core, { name: '前台小张', role: 'receptionist' });
    saveRolePermissions(core, { receptionist: [...DEFAULT_ROLE_PERMISSIONS.receptionist, 'read_access_log'], manager: ['read'] });
    core.session.userId = receptionist.id;
    expect(await codeOf(core, 'accessLog.list', {})).toBe('reached');
    const manager = core.db.prepare("SELECT id FROM users WHERE role = 'manager'").pluck().get() as string;
    core.session.userId = manager;
    expect(await codeOf(core, 'settings.saveValues', {})).toBe('reached');
    expect(await codeOf(core, 'settings.updateStaff', {})).not.toBe('NOT_PERMITTED');
    expect(await codeOf(core, 'sync.resolveConflict', {})).toBe('NOT_PERMITTED');
  });
});
