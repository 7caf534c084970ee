import type { User } from '../../../shared/contract';
import type { Role } from '../../../shared/domain';
import { recordChanges } from '../changes/change-log';
import type { CoreContext } from '../context';
import { writerFor } from '../context';
import { DomainError } from '../errors';
import { newId } from '../ids';

export function listUsers(ctx: CoreContext): User[] {
  return ctx.db.prepare('SELECT id, name FROM users WHERE active = 1 AND deleted = 0 ORDER BY created_at, name').all() as User[];
}

function findUser(ctx: CoreContext, userId: string): User | undefined {
  return ctx.db.prepare('SELECT id, name FROM users WHERE id = ?').get(userId) as User | undefined;
}

/**
 * Adds a person to the pick list. Names are unique so nobody picks the
 * wrong one. The very first person records their own creation (there is
 * nobody else at the desk yet).
 */
export function createUser(ctx: CoreContext, name: string, options: { selfRecorded?: boolean; role?: Role } = {}): User {
  return ctx.db.transaction(() => {
    if (ctx.db.prepare('SELECT 1 FROM users WHERE name = ?').get(name)) {
      throw new DomainError('DUPLICATE_NAME', `There is already a person called ${name}`);
    }
    const id = newId();
    const writer = options.selfRecorded ? { deskId: ctx.deskId, userId: id, clock: ctx.clock } : writerFor(ctx);
    recordChanges(ctx.db, writer, 'user', id, [
      { field: 'name', value: name },
      { field: 'createdAt', value: ctx.now() },
      { field: 'role', value: options.role ?? 'receptionist' },
      { field: 'active', value: true },
    ]);
    return { id, name };
  })();
}

export function selectUser(ctx: CoreContext, userId: string): User {
  const user = findUser(ctx, userId);
  if (!user) throw new DomainError('NOT_FOUND', 'No such person');
  ctx.session.userId = user.id;
  return user;
}

export function currentUser(ctx: CoreContext): User | null {
  return ctx.session.userId ? (findUser(ctx, ctx.session.userId) ?? null) : null;
}
