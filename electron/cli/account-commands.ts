/**
 * `setup`, `users add` and `access-log`: setting up a desk with its
 * administrator, adding a person with a password, and reading the access
 * log, from the command line (an installer, a support script, the checks).
 * Passwords come from files, never from the command line.
 */
import { ROLES, type Role } from '../../shared/domain';
import { deskCodeSchema, personNameSchema } from '../../shared/contract';
import { ADMIN_ROLES } from '../../shared/schemas/session';
import { listAccessLog } from '../core/access/access-log';
import { completeSetup, joinOrganisation, takePersonAtJoin } from '../core/desk/setup';
import { readDesk } from '../core/desk/desk';
import { openCore } from '../core/open-core';
import { createUser } from '../core/users/users';
import { parseFlags, passphraseFromFile, passwordFromFile, requireDataDir } from './args';
import { usageError } from './cli-error';
import type { CliIo } from './io';
import { actAsManager, openExistingCore } from './open-existing';

function nameFlag(flags: Record<string, string | undefined>, flag: string): string {
  const parsed = personNameSchema.safeParse(flags[flag] ?? '');
  if (!parsed.success) throw usageError(`--${flag} must be a name of 1-40 characters`);
  return parsed.data;
}

function roleFlag<R extends Role>(flags: Record<string, string | undefined>, allowed: readonly R[], fallback: R): R {
  const raw = flags.role ?? fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw usageError(`--role must be one of ${allowed.join(', ')}, not "${raw}"`);
  return raw as R;
}

export function setupCommand(argv: readonly string[], io: CliIo): void {
  const flags = parseFlags(argv, ['data-dir', 'org-name', 'desk-code', 'admin', 'role', 'password-file']);
  const dataDir = requireDataDir(flags, io.env);
  const orgName = flags['org-name']?.trim() ?? '';
  if (orgName.length === 0 || orgName.length > 80) throw usageError('--org-name must be 1-80 characters');
  const deskCode = deskCodeSchema.safeParse(flags['desk-code'] ?? '');
  if (!deskCode.success) throw usageError('--desk-code must be 1-4 capital letters or digits');
  const admin = nameFlag(flags, 'admin');
  const role = roleFlag(flags, ADMIN_ROLES, 'manager');
  const password = passwordFromFile(flags, 'password-file', { required: true })!;
  const core = openCore({ dataDir, now: io.now });
  try {
    completeSetup(core, { orgName, deskCode: deskCode.data, firstUserName: admin, role, password });
  } finally {
    core.close();
  }
  io.err(`Set up desk ${deskCode.data} of ${orgName} in ${dataDir}; ${admin} (${role}) can sign in.`);
}

export function usersCommand(argv: readonly string[], io: CliIo): void {
  const [sub, ...rest] = argv;
  if (sub !== 'add') throw usageError('users: the only subcommand is "add"');
  const flags = parseFlags(rest, ['data-dir', 'name', 'role', 'password-file']);
  const dataDir = requireDataDir(flags, io.env);
  const name = nameFlag(flags, 'name');
  const role = roleFlag(flags, ROLES, 'receptionist');
  const password = passwordFromFile(flags, 'password-file', { required: true })!;
  const core = openExistingCore(dataDir);
  try {
    actAsManager(core);
    createUser(core, { name, role, secret: { password } });
  } finally {
    core.close();
  }
  io.err(`Added ${name} (${role}) to ${dataDir}.`);
}

export async function accessLogCommand(argv: readonly string[], io: CliIo): Promise<void> {
  const values = parseFlags(argv, ['data-dir'], ['json']);
  const dataDir = requireDataDir(values, io.env);
  const core = openExistingCore(dataDir);
  try {
    // Newest first, the most recent thousand entries (the screen pages through the rest).
    const page = listAccessLog(core.db, { actions: [], offset: 0, limit: 1000 });
    if (values.json) {
      await io.out(`${JSON.stringify(page.rows, null, 2)}\n`);
      return;
    }
    for (const row of page.rows) {
      await io.out(`${new Date(row.at).toISOString()}  ${row.deskCode}  ${row.userName || '-'}  ${row.action}  ${row.caseNumber}  ${row.detail}\n`);
    }
  } finally {
    core.close();
  }
}

/**
 * `join`: a new desk of an existing organisation, from a manager's invitation. `--admin NAME` is the person
 * who will sign in here: someone the organisation already has (their password must be theirs), or a new
 * manager with this password.
 */
export function joinCommand(argv: readonly string[], io: CliIo): void {
  const flags = parseFlags(argv, ['data-dir', 'desk-code', 'invite', 'passphrase-file', 'admin', 'person', 'password-file'], ['replaces-lost-desk']);
  const dataDir = requireDataDir(flags, io.env);
  const deskCode = deskCodeSchema.safeParse(flags['desk-code'] ?? '');
  if (!deskCode.success) throw usageError('--desk-code must be 1-4 capital letters or digits');
  if (!flags.invite) throw usageError('--invite is required: the invitation file a manager wrote');
  const passphrase = passphraseFromFile(flags['passphrase-file']);
  if (passphrase === null) throw usageError('--passphrase-file is required: a file holding the invitation passphrase on its first line');
  if (flags.admin !== undefined && flags.person !== undefined) throw usageError('give --admin or --person, not both');
  const name = nameFlag(flags, flags.person !== undefined ? 'person' : 'admin');
  const password = passwordFromFile(flags, 'password-file', { required: true })!;
  const core = openCore({ dataDir, now: io.now });
  try {
    joinOrganisation(core, { deskCode: deskCode.data, path: flags.invite, passphrase, replacesLostDesk: flags['replaces-lost-desk'] === 'true' });
    const taken = takePersonAtJoin(core, { name, password, mayCreate: flags.person === undefined });
    io.err(`Desk ${deskCode.data} joined ${readDesk(core.db).orgName ?? ''} in ${dataDir}; ${name} (${taken}) can sign in.`);
  } finally {
    core.close();
  }
}
