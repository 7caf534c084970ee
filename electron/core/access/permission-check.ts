/**
 * The core's side of "who may do what": the person signed in (active, with
 * a password of their own), the permission table in force, and the checks
 * every channel call passes before it reaches a service. Services that
 * decide by the case (judging a referred case, a major complaint's
 * callback, a waiver) call `assertPermission` themselves.
 */
import type { ChannelName } from '../../../shared/contract';
import type { Role } from '../../../shared/domain';
import {
  accessFor,
  effectiveRolePermissions,
  holds,
  rolesHolding,
  type Permission,
  type RolePermissions,
} from '../../../shared/rules/permissions';
import { awaitingUpgrade, type CoreContext } from '../context';
import type { Db } from '../db/connection';
import { prepared } from '../db/prepared';
import { DomainError } from '../errors';

export interface Person {
  id: string;
  name: string;
  role: Role;
}

/** The setting the office's own table is kept in (a synced setting like the others). */
export const ROLE_PERMISSIONS_SETTING = 'rolePermissions';

export function rolePermissions(db: Db): RolePermissions {
  const stored = prepared(db, 'SELECT value FROM settings WHERE id = ? AND deleted = 0', 'pluck').get(ROLE_PERMISSIONS_SETTING) as
    | string
    | undefined;
  let table: Partial<Record<Role, Permission[]>> | undefined;
  try {
    table = stored ? (JSON.parse(stored) as Partial<Record<Role, Permission[]>>) : undefined;
  } catch {
    // Unreadable (a newer desk's shape): the default table stands.
  }
  return effectiveRolePermissions(table);
}

/**
 * The person the session names, if they may still be at the desk: not deactivated or deleted, and their
 * password not reset since (a reset turns their secret into a one-time code, which ends every session).
 */
export function signedInPerson(ctx: CoreContext): Person | null {
  if (!ctx.session.userId) return null;
  const row = prepared(
    ctx.db,
    `SELECT id, name, role FROM users WHERE id = ? AND active = 1 AND deleted = 0 AND secret_is_code = 0`,
  ).get(ctx.session.userId) as Person | undefined;
  return row ?? null;
}

export function may(ctx: CoreContext, permission: Permission): boolean {
  const person = signedInPerson(ctx);
  return person !== null && holds(rolePermissions(ctx.db), person.role, permission);
}

function refusal(db: Db, permission: Permission): DomainError {
  const roles = rolesHolding(rolePermissions(db), permission);
  const error = new DomainError('NOT_PERMITTED', `Only ${roles.join(', ') || 'nobody'} may do this (${permission})`);
  error.details = { roles };
  return error;
}

export function assertPermission(ctx: CoreContext, permission: Permission): Person {
  const person = signedInPerson(ctx);
  if (!person) throw new DomainError('NOT_SIGNED_IN', 'Sign in first');
  if (!holds(rolePermissions(ctx.db), person.role, permission)) throw refusal(ctx.db, permission);
  return person;
}

/** What the upgrade screen may call while the book is upgraded; everything else is refused. */
const UPGRADE_CHANNELS: ReadonlySet<ChannelName> = new Set(['setup.status', 'session.get', 'upgrade.status']);

/** What the recovery screen may call while the book is damaged (an upgrade may have found it so); everything else is refused. */
const RECOVERY_CHANNELS: ReadonlySet<ChannelName> = new Set([
  ...UPGRADE_CHANNELS,
  'recovery.backups',
  'recovery.restore',
  'recovery.startOver',
  'recovery.exportReadable',
]);

/** What every call passes before its handler runs. */
export function assertAccess(ctx: CoreContext, channel: ChannelName, input: unknown): void {
  if (ctx.recovery && !RECOVERY_CHANNELS.has(channel)) {
    throw new DomainError('BOOK_DAMAGED', 'The case book is damaged: restore a backup or rebuild this desk first');
  }
  if (awaitingUpgrade(ctx) && !UPGRADE_CHANNELS.has(channel)) {
    throw new DomainError('BOOK_UPGRADING', 'The case book is being upgraded: wait for the upgrade to finish');
  }
  const access = accessFor(channel, input);
  if (access === 'public') return;
  if (access === 'signed_in') {
    if (!signedInPerson(ctx)) throw new DomainError('NOT_SIGNED_IN', 'Sign in first');
    return;
  }
  assertPermission(ctx, access);
}
