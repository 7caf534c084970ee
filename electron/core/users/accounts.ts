/**
 * Signing in and out, passwords and one-time codes. A person signs in with
 * their own password; five wrong ones lock the account at this desk for the
 * set minutes. A new person, or one who forgot their password, gets a
 * one-time code from a manager and sets a password of their own with it.
 * Every sign-in, failure and reset goes into the access log.
 */
import type { Role } from '../../../shared/domain';
import { PERMISSIONS } from '../../../shared/rules/permissions';
import type { Session } from '../../../shared/schemas/session';
import { recordEntityUpdate } from '../changes/change-log';
import type { CoreContext } from '../context';
import { writerFor } from '../context';
import { prepared } from '../db/prepared';
import { DomainError } from '../errors';
import { logAccess } from '../access/access-log';
import { rolePermissions, signedInPerson } from '../access/permission-check';
import { readSettingValues } from '../settings/setting-values';
import { hashSecret, newOneTimeCode, verifySecret } from './secrets';

/** Wrong passwords in a row before the account is locked (the five). */
export const MAX_FAILURES = 5;

interface Account {
  id: string;
  name: string;
  role: Role;
  active: number;
  secretHash: string;
  secretIsCode: number;
}

function accountNamed(ctx: CoreContext, name: string): Account | undefined {
  return prepared(
    ctx.db,
    `SELECT id, name, role, active, secret_hash AS secretHash, secret_is_code AS secretIsCode
       FROM users WHERE name = ? AND deleted = 0`,
  ).get(name.normalize('NFKC').trim()) as Account | undefined;
}

export function sessionOf(ctx: CoreContext): Session {
  const person = signedInPerson(ctx);
  const idleLockMinutes = readSettingValues(ctx.db).idleLockMinutes;
  if (!person) return { user: null, permissions: [], idleLockMinutes };
  const table = rolePermissions(ctx.db);
  return { user: person, permissions: PERMISSIONS.filter((p) => table[person.role].includes(p)), idleLockMinutes };
}

interface LockState {
  failures: number;
  lockedUntil: number | null;
}

function lockState(ctx: CoreContext, userId: string): LockState {
  const row = prepared(ctx.db, 'SELECT failures, locked_until AS lockedUntil FROM sign_in_locks WHERE user_id = ?').get(userId) as
    | LockState
    | undefined;
  return row ?? { failures: 0, lockedUntil: null };
}

function assertNotLocked(ctx: CoreContext, account: Account): void {
  const { lockedUntil } = lockState(ctx, account.id);
  if (lockedUntil !== null && lockedUntil > ctx.now()) {
    const error = new DomainError('LOCKED', `Locked after ${MAX_FAILURES} wrong passwords until ${new Date(lockedUntil).toISOString()}`);
    error.details = { until: lockedUntil };
    throw error;
  }
}

/** A wrong secret: counted, and the fifth in a row locks the account here for the set minutes. */
function refuseWrongSecret(ctx: CoreContext, account: Account | undefined, typedName: string): never {
  ctx.db.transaction(() => {
    logAccess(ctx, { action: 'sign_in_failed', userId: account?.id ?? null, detail: typedName });
    if (!account) return;
    const failures = lockState(ctx, account.id).failures + 1;
    const lockedUntil = failures >= MAX_FAILURES ? ctx.now() + readSettingValues(ctx.db).lockMinutes * 60_000 : null;
    prepared(
      ctx.db,
      `INSERT INTO sign_in_locks (user_id, failures, locked_until) VALUES (?, ?, ?)
       ON CONFLICT (user_id) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until`,
    ).run(account.id, lockedUntil === null ? failures : 0, lockedUntil);
  })();
  if (account && lockState(ctx, account.id).lockedUntil !== null) assertNotLocked(ctx, account);
  // The same answer whether the name exists or not: a stranger learns nothing about who works here.
  const error = new DomainError('WRONG_PASSWORD', 'Wrong name or password');
  if (account) error.details = { attemptsLeft: MAX_FAILURES - lockState(ctx, account.id).failures };
  throw error;
}

function signedIn(ctx: CoreContext, account: Account): Session {
  ctx.db.transaction(() => {
    prepared(ctx.db, 'DELETE FROM sign_in_locks WHERE user_id = ?').run(account.id);
    ctx.session.userId = account.id;
    logAccess(ctx, { action: 'sign_in' });
  })();
  return sessionOf(ctx);
}

export function signIn(ctx: CoreContext, input: { name: string; password: string }): Session {
  ctx.session.userId = null;
  const account = accountNamed(ctx, input.name);
  if (account) assertNotLocked(ctx, account);
  // A one-time code is for signInWithCode, which makes the person choose a password at once.
  const usable = account && account.active === 1 && account.secretHash !== '' && account.secretIsCode === 0;
  if (!usable || !verifySecret(input.password, account.secretHash)) refuseWrongSecret(ctx, account, input.name);
  return signedIn(ctx, account);
}

export function signInWithCode(ctx: CoreContext, input: { name: string; code: string; newPassword: string }): Session {
  ctx.session.userId = null;
  const account = accountNamed(ctx, input.name);
  if (account) assertNotLocked(ctx, account);
  const usable = account && account.active === 1 && account.secretIsCode === 1;
  if (!usable || !verifySecret(input.code, account.secretHash)) refuseWrongSecret(ctx, account, input.name);
  ctx.db.transaction(() => {
    setSecret(ctx, account.id, account.id, hashSecret(input.newPassword), false);
    logAccess(ctx, { action: 'password_changed', userId: account.id });
  })();
  return signedIn(ctx, account);
}

export function signOut(ctx: CoreContext): Session {
  if (ctx.session.userId) logAccess(ctx, { action: 'sign_out' });
  ctx.session.userId = null;
  return sessionOf(ctx);
}

/** Writes a person's secret as them (a password they chose) or as the manager handing out a code. */
function setSecret(ctx: CoreContext, userId: string, byUserId: string | null, secretHash: string, isCode: boolean): void {
  const writer = { deskId: ctx.deskId, userId: byUserId, clock: ctx.clock };
  recordEntityUpdate(ctx.db, writer, 'user', userId, { secretHash, secretIsCode: isCode });
}

export function changePassword(ctx: CoreContext, input: { current: string; next: string }): Session {
  const person = signedInPerson(ctx);
  if (!person) throw new DomainError('NOT_SIGNED_IN', 'Sign in first');
  const account = accountNamed(ctx, person.name)!;
  if (!verifySecret(input.current, account.secretHash)) {
    throw new DomainError('WRONG_PASSWORD', 'The current password is not right', [{ path: 'current', message: 'errors.wrongPassword' }]);
  }
  ctx.db.transaction(() => {
    setSecret(ctx, person.id, person.id, hashSecret(input.next), false);
    logAccess(ctx, { action: 'password_changed' });
  })();
  return sessionOf(ctx);
}

/** A manager resets a forgotten password: the old one stops working, and a one-time code is handed over. */
export function resetPassword(ctx: CoreContext, userId: string): { user: { id: string; name: string }; code: string } {
  const writer = writerFor(ctx);
  const user = prepared(ctx.db, 'SELECT id, name FROM users WHERE id = ? AND deleted = 0').get(userId) as
    | { id: string; name: string }
    | undefined;
  if (!user) throw new DomainError('NOT_FOUND', 'No such person');
  const code = newOneTimeCode();
  ctx.db.transaction(() => {
    setSecret(ctx, user.id, writer.userId, hashSecret(code), true);
    prepared(ctx.db, 'DELETE FROM sign_in_locks WHERE user_id = ?').run(user.id);
    logAccess(ctx, { action: 'password_reset', detail: user.name });
  })();
  return { user, code };
}

/** Gives a person a secret from the start: a password (setup, the CLI) or a one-time code (a manager adding someone). */
export function secretFields(secret: { password: string } | { code: string } | null): Record<string, string | boolean> {
  if (!secret) return {};
  return 'password' in secret
    ? { secretHash: hashSecret(secret.password), secretIsCode: false }
    : { secretHash: hashSecret(secret.code), secretIsCode: true };
}

/**
 * A book from before accounts: nobody has a secret. The person starting it says who the administrator
 * is and gives them a password; they become a manager if they were not, and hand the others codes.
 */
export function claimAdministrator(ctx: CoreContext, input: { userId: string; password: string }): Session {
  if (!needsAdministrator(ctx)) throw new DomainError('SETUP_DONE', 'This desk already has an administrator');
  const account = prepared(ctx.db, 'SELECT id, name, role FROM users WHERE id = ? AND active = 1 AND deleted = 0').get(input.userId) as
    | { id: string; name: string; role: Role }
    | undefined;
  if (!account) throw new DomainError('NOT_FOUND', 'No such person');
  ctx.db.transaction(() => {
    const writer = { deskId: ctx.deskId, userId: account.id, clock: ctx.clock };
    const role = account.role === 'manager' || account.role === 'general_manager' ? account.role : 'manager';
    recordEntityUpdate(ctx.db, writer, 'user', account.id, { role, ...secretFields({ password: input.password }) });
    ctx.session.userId = account.id;
    logAccess(ctx, { action: 'administrator_claimed' });
  })();
  return sessionOf(ctx);
}

/** Set up, with people, and not one of them has a secret yet: a book from before accounts. */
export function needsAdministrator(ctx: CoreContext): boolean {
  const people = prepared(ctx.db, 'SELECT count(*) FROM users WHERE deleted = 0', 'pluck').get() as number;
  const withSecret = prepared(ctx.db, `SELECT count(*) FROM users WHERE deleted = 0 AND secret_hash <> ''`, 'pluck').get() as number;
  return people > 0 && withSecret === 0;
}
