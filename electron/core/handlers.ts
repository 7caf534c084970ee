/**
 * The handler table: one entry per contract channel, each a few lines that
 * call a core service. Electron's IPC and the browser host both serve this
 * same table; only the transport differs.
 */
import type { ChannelName, ChannelOutput, ParsedInput } from '../../shared/contract';
import type { CoreContext } from './context';
import { completeSetup, setupStatus } from './desk/setup';
import { createUser, currentUser, listUsers, selectUser } from './users/users';
import { registerCase } from './cases/register-case';
import { caseHistory, getCase, listCases } from './cases/case-queries';

export type Handlers = {
  [C in ChannelName]: (ctx: CoreContext, input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export const handlers: Handlers = {
  'setup.status': (ctx) => setupStatus(ctx),
  'setup.complete': (ctx, input) => completeSetup(ctx, input),
  'users.list': (ctx) => listUsers(ctx),
  'users.add': (ctx, input) => createUser(ctx, input.name),
  'session.get': (ctx) => ({ user: currentUser(ctx) }),
  'session.selectUser': (ctx, input) => selectUser(ctx, input.userId),
  'cases.register': (ctx, input) => registerCase(ctx, input),
  'cases.list': (ctx, input) => listCases(ctx.db, input),
  'cases.get': (ctx, input) => getCase(ctx.db, input.id),
  'cases.history': (ctx, input) => caseHistory(ctx.db, input.id),
};
