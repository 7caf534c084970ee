import { existsSync, statSync } from 'node:fs';
import type { SetupStatus } from '../../../shared/contract';
import type { Session } from '../../../shared/schemas/session';
import { awaitingUpgrade, type CoreContext } from '../context';
import { DomainError } from '../errors';
import { readDesk, saveDeskSetup } from './desk';
import { createUser, listUsers } from '../users/users';
import { installDefaults } from '../settings/org-settings';
import { needsAdministrator, sessionOf, signIn } from '../users/accounts';
import { logAccess } from '../access/access-log';
import { foundOrganisation, joinWithInvitation } from '../sync/org-membership';
import { openInvitation, type Invitation } from '../sync/invitation';
import { rebuildCaseNumberCounters } from '../cases/case-number';

export function setupStatus(ctx: CoreContext): SetupStatus {
  const desk = readDesk(ctx.db);
  const claim = desk.setupDone && needsAdministrator(ctx);
  return {
    setupDone: desk.setupDone,
    orgName: desk.orgName ?? '',
    deskCode: desk.deskCode ?? '',
    needsAdministrator: claim,
    // Only while a book from before accounts waits for its administrator: who to choose from.
    people: claim ? listUsers(ctx) : [],
    recovery: ctx.recovery ? { kind: ctx.recovery.kind, file: ctx.recovery.file, detail: ctx.recovery.detail } : null,
    upgrading: awaitingUpgrade(ctx),
  };
}

export interface SetupRequest {
  orgName: string;
  deskCode: string;
  firstUserName: string;
  role?: 'manager' | 'general_manager';
  /** The administrator's password. Left out (tests, demo data), the account has no secret and cannot sign in until given a code. */
  password?: string;
}

/** First run: name the organisation, give this desk its code, and create the administrator, who is then signed in. */
export function completeSetup(ctx: CoreContext, input: SetupRequest): Session {
  if (readDesk(ctx.db).setupDone) throw new DomainError('SETUP_DONE', 'This desk is already set up');
  return ctx.db.transaction(() => {
    saveDeskSetup(ctx.db, ctx.deskId, input.orgName, input.deskCode);
    foundOrganisation(ctx);
    const user = createUser(ctx, {
      name: input.firstUserName,
      role: input.role ?? 'manager',
      selfRecorded: true,
      secret: input.password === undefined ? null : { password: input.password },
    });
    ctx.session.userId = user.id;
    installDefaults(ctx.db, { deskId: ctx.deskId, userId: user.id, clock: ctx.clock });
    if (input.password !== undefined) logAccess(ctx, { action: 'sign_in' });
    return sessionOf(ctx);
  })();
}

/**
 * A new desk joining an organisation that already works, with an invitation a manager wrote: it takes the
 * organisation's key, its people and everything else from the invitation, keeps its own desk code, and asks
 * for no first person; people sign in with the passwords they already have. Refused whole, and the desk
 * left as it was, if the invitation cannot be used.
 */
export function joinOrganisation(
  ctx: CoreContext,
  input: { deskCode: string; path: string; passphrase: string; replacesLostDesk?: boolean },
): SetupStatus {
  if (readDesk(ctx.db).setupDone) throw new DomainError('SETUP_DONE', 'This desk is already set up');
  if (!existsSync(input.path) || !statSync(input.path).isFile()) {
    throw new DomainError('FILE_MISSING', `No invitation file at ${input.path}`, [{ path: 'path', message: 'errors.noSuchFile' }]);
  }
  const opened = openInvitation(input.path, input.passphrase, ctx.dataDir);
  try {
    return joinWithOpenedInvitation(ctx, { deskCode: input.deskCode, invitation: opened.invitation, syncPath: opened.syncPath, replacesLostDesk: input.replacesLostDesk });
  } finally {
    opened.discard();
  }
}

/** joinOrganisation once the invitation is open (tests hand one over without sealing it). */
export function joinWithOpenedInvitation(
  ctx: CoreContext,
  input: { deskCode: string; invitation: Invitation; syncPath: string; replacesLostDesk?: boolean },
): SetupStatus {
  if (readDesk(ctx.db).setupDone) throw new DomainError('SETUP_DONE', 'This desk is already set up');
  // Set first, so the import refuses a file in which another desk already uses this code.
  ctx.db.prepare('UPDATE desk SET desk_code = ?').run(input.deskCode);
  try {
    joinWithInvitation(ctx, input.invitation, input.syncPath, input.replacesLostDesk === true);
  } catch (error) {
    ctx.db.prepare('UPDATE desk SET desk_code = NULL').run();
    throw error;
  }
  saveDeskSetup(ctx.db, ctx.deskId, readDesk(ctx.db).orgName ?? '', input.deskCode);
  // Taking over from a lost desk brings its cases back with their numbers: numbering goes on after them.
  rebuildCaseNumberCounters(ctx.db);
  return setupStatus(ctx);
}

export function requireSetup(ctx: CoreContext): { deskCode: string } {
  const desk = readDesk(ctx.db);
  if (!desk.setupDone || !desk.deskCode) throw new DomainError('SETUP_REQUIRED', 'Finish the first-run setup first');
  return { deskCode: desk.deskCode };
}

/**
 * The person who will sign in at a desk that just joined (the `join` command): someone the organisation
 * already has, whose password must then be theirs, or, when allowed, a new manager with this password.
 * Returns their role.
 */
export function takePersonAtJoin(ctx: CoreContext, input: { name: string; password: string; mayCreate: boolean }): string {
  const known = ctx.db.prepare('SELECT id, role FROM users WHERE name = ? AND deleted = 0').get(input.name) as { id: string; role: string } | undefined;
  if (known) return signIn(ctx, { name: input.name, password: input.password }).user?.role ?? known.role;
  if (!input.mayCreate) throw new DomainError('NO_USER', `The organisation has nobody called ${input.name}`);
  ctx.db.transaction(() => {
    const user = createUser(ctx, { name: input.name, role: 'manager', selfRecorded: true, secret: { password: input.password } });
    ctx.session.userId = user.id;
  })();
  return 'manager';
}
