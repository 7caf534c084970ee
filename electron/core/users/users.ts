import type { User } from '../../../shared/contract';
import type { Role } from '../../../shared/domain';
import { recordChanges } from '../changes/change-log';
import type { CoreContext } from '../context';
import { writerFor } from '../context';
import { DomainError, fieldError } from '../errors';
import { newId } from '../ids';
import { prepared } from '../db/prepared';
import { secretFields } from './accounts';
import { newOneTimeCode } from './secrets';

export function listUsers(ctx: CoreContext): User[] {
  return ctx.db.prepare('SELECT id, name FROM users WHERE active = 1 AND deleted = 0 ORDER BY created_at, name').all() as User[];
}

export interface NewPerson {
  name: string;
  role?: Role;
  departmentId?: string | null;
  /** A password of their own (setup, the CLI), a one-time code to hand over, or none yet. */
  secret?: { password: string } | { code: string } | null;
  /** The very first person records their own creation: there is nobody else at the desk yet. */
  selfRecorded?: boolean;
}

/** Adds a person. Names are unique, so nobody signs in as the wrong one. */
export function createUser(ctx: CoreContext, person: NewPerson): User {
  return ctx.db.transaction(() => {
    if (prepared(ctx.db, 'SELECT 1 FROM users WHERE name = ?').get(person.name)) {
      throw new DomainError('DUPLICATE_NAME', `There is already a person called ${person.name}`);
    }
    if (person.departmentId && !prepared(ctx.db, 'SELECT 1 FROM departments WHERE id = ? AND deleted = 0').get(person.departmentId)) {
      throw fieldError('departmentId', 'errors.unknownDepartment', 'No such department');
    }
    const id = newId();
    const writer = person.selfRecorded ? { deskId: ctx.deskId, userId: id, clock: ctx.clock } : writerFor(ctx);
    const secret = secretFields(person.secret ?? null);
    recordChanges(ctx.db, writer, 'user', id, [
      { field: 'name', value: person.name },
      { field: 'createdAt', value: ctx.now() },
      { field: 'role', value: person.role ?? 'receptionist' },
      { field: 'active', value: true },
      ...(person.departmentId ? [{ field: 'departmentId', value: person.departmentId }] : []),
      ...Object.entries(secret).map(([field, value]) => ({ field, value })),
    ]);
    return { id, name: person.name };
  })();
}

/** A manager adds someone: they get a one-time code to sign in with once and choose their password. */
export function addPerson(ctx: CoreContext, input: { name: string; role: Role; departmentId: string | null }): { user: User; code: string } {
  const code = newOneTimeCode();
  const user = createUser(ctx, { name: input.name, role: input.role, departmentId: input.departmentId, secret: { code } });
  return { user, code };
}
