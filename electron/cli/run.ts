/** Runs one CLI command and turns every failure into a message and an exit code. */
import Database from 'better-sqlite3';
import { DatabaseTooNewError } from '../core/db/migrate';
import { DamagedDatabaseError } from '../core/db/health';
import { DomainError } from '../core/errors';
import { CliError, EXIT, type ExitCode } from './cli-error';
import { dumpCommand } from './dump-command';
import type { CliIo } from './io';
import { seedCommand } from './seed-command';
import { syncCommand } from './sync-command';
import { checkCommand } from './check-command';
import { statsCommand } from './stats-command';
import { USAGE } from './usage';
import { accessLogCommand, joinCommand, setupCommand, usersCommand } from './account-commands';
import { backupCommand, backupsCommand, restoreCommand } from './backup-commands';

/** SQLite failures that mean "this file cannot be used", as opposed to a bug in our SQL. */
const DATA_SQLITE_CODES = /^SQLITE_(NOTADB|CORRUPT|CANTOPEN|READONLY|BUSY|LOCKED|FULL|IOERR|PERM|AUTH)/;

const COMMANDS: Record<string, (argv: readonly string[], io: CliIo) => void | Promise<void>> = {
  seed: seedCommand,
  dump: dumpCommand,
  sync: syncCommand,
  check: checkCommand,
  stats: statsCommand,
  setup: setupCommand,
  join: joinCommand,
  users: usersCommand,
  'access-log': accessLogCommand,
  backup: backupCommand,
  backups: backupsCommand,
  restore: restoreCommand,
};

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [command, ...rest] = argv;
  if (command === 'help' || command === '--help' || command === '-h') {
    await io.out(USAGE);
    return EXIT.ok;
  }
  const run = command === undefined ? undefined : COMMANDS[command];
  if (!run) {
    io.err(command === undefined ? 'No command given.' : `Unknown command "${command}".`);
    io.err(USAGE);
    return EXIT.usage;
  }
  try {
    await run(rest, io);
    return EXIT.ok;
  } catch (error) {
    return report(error, io);
  }
}

function report(error: unknown, io: CliIo): ExitCode {
  if (error instanceof CliError) {
    io.err(`Error: ${error.message}`);
    if (error.exitCode === EXIT.usage) io.err(USAGE);
    return error.exitCode;
  }
  if (error instanceof DatabaseTooNewError || error instanceof DamagedDatabaseError) {
    io.err(`Error: ${error.message}`);
    return EXIT.data;
  }
  if (error instanceof DomainError) {
    io.err(`Error: ${error.message}`);
    return error.code === 'SETUP_DONE' ? EXIT.usage : EXIT.data;
  }
  if (error instanceof Database.SqliteError && DATA_SQLITE_CODES.test(error.code)) {
    io.err(`Error: the database cannot be used (${error.code}): ${error.message}`);
    return EXIT.data;
  }
  io.err(`Unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return EXIT.internal;
}
