import type { SetupInput, SetupStatus, User } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { DomainError } from '../errors';
import { readDesk, saveDeskSetup } from './desk';
import { createUser } from '../users/users';
import { installDefaults } from '../settings/org-settings';

export function setupStatus(ctx: CoreContext): SetupStatus {
  const desk = readDesk(ctx.db);
  return { setupDone: desk.setupDone, orgName: desk.orgName ?? '', deskCode: desk.deskCode ?? '' };
}

/** First run: name the organisation, give this desk its code, and create the first person, who is then at the desk. */
export function completeSetup(ctx: CoreContext, input: SetupInput): User {
  if (readDesk(ctx.db).setupDone) throw new DomainError('SETUP_DONE', 'This desk is already set up');
  return ctx.db.transaction(() => {
    saveDeskSetup(ctx.db, ctx.deskId, input.orgName, input.deskCode);
    // Whoever sets the desk up runs it: they start as the manager, and can change that in the settings.
    const user = createUser(ctx, input.firstUserName, { selfRecorded: true, role: 'manager' });
    ctx.session.userId = user.id;
    installDefaults(ctx.db, { deskId: ctx.deskId, userId: user.id, clock: ctx.clock });
    return user;
  })();
}

export function requireSetup(ctx: CoreContext): { deskCode: string } {
  const desk = readDesk(ctx.db);
  if (!desk.setupDone || !desk.deskCode) throw new DomainError('SETUP_REQUIRED', 'Finish the first-run setup first');
  return { deskCode: desk.deskCode };
}
