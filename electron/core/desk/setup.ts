import { existsSync, statSync } from 'node:fs';
import type { SetupStatus } from '../../../shared/contract';
import type { Session } from '../../../shared/schemas/session';
import type { CoreContext } from '../context';
import { DomainError } from '../errors';
import { readDesk, saveDeskSetup } from './desk';
import { createUser, listUsers } from '../users/users';
import { installDefaults } from '../settings/org-settings';
import { needsAdministrator, sessionOf } from '../users/accounts';
import { logAccess } from '../access/access-log';
import { importBundle } from '../sync/import-bundle';
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
 * A new desk joining an organisation that already works: it takes the organisation, its people and
 * everything else from another desk's sync file, keeps its own desk code, and asks for no first person;
 * people sign in with the passwords they already have. Refused whole, and the desk left as it was,
 * if the file cannot be imported.
 */
export function joinOrganisation(
  ctx: CoreContext,
  input: { deskCode: string; path: string; passphrase: string | null; replacesLostDesk?: boolean },
): SetupStatus {
  if (readDesk(ctx.db).setupDone) throw new DomainError('SETUP_DONE', 'This desk is already set up');
  if (!existsSync(input.path) || !statSync(input.path).isFile()) {
    throw new DomainError('FILE_MISSING', `No sync file at ${input.path}`, [{ path: 'path', message: 'errors.noSuchFile' }]);
  }
  // Set first, so the import refuses a file in which another desk already uses this code.
  ctx.db.prepare('UPDATE desk SET desk_code = ?').run(input.deskCode);
  try {
    importBundle(ctx, { path: input.path, passphrase: input.passphrase, join: true, succeed: input.replacesLostDesk === true });
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
