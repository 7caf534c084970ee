/**
 * `backup`, `backups` and `restore`: taking a backup now, listing the
 * backups kept, and restoring one, from the command line (a support script,
 * the checks, an office following the README without the app).
 */
import { resolve } from 'node:path';
import { listBackups } from '../core/backup/backup-catalogue';
import { createBackup } from '../core/backup/create-backup';
import { restoreFromFile } from '../core/backup/restore-file';
import { parseFlags, passphraseFromFile, requireDataDir } from './args';
import { usageError } from './cli-error';
import type { CliIo } from './io';
import { openExistingCore } from './open-existing';

export async function backupCommand(argv: readonly string[], io: CliIo): Promise<void> {
  const flags = parseFlags(argv, ['data-dir', 'out']);
  const dataDir = requireDataDir(flags, io.env);
  const core = openExistingCore(dataDir, io.now);
  try {
    const backup = await createBackup(core, 'manual', undefined, flags.out === undefined ? undefined : resolve(flags.out));
    io.err(`Backed up ${backup.cases} cases (${backup.bytes} bytes).`);
    await io.out(`${backup.path}\n`);
  } finally {
    core.close();
  }
}

export async function backupsCommand(argv: readonly string[], io: CliIo): Promise<void> {
  const flags = parseFlags(argv, ['data-dir'], ['json']);
  const dataDir = requireDataDir(flags, io.env);
  const backups = listBackups(dataDir);
  if (flags.json !== undefined) {
    await io.out(`${JSON.stringify(backups, null, 2)}\n`);
    return;
  }
  if (backups.length === 0) io.err(`No backups in ${dataDir}.`);
  for (const b of backups) await io.out(`${new Date(b.at).toISOString()}  ${b.reason.padEnd(16)} ${String(b.cases).padStart(7)} cases  ${b.path}\n`);
}

export async function restoreCommand(argv: readonly string[], io: CliIo): Promise<void> {
  const flags = parseFlags(argv, ['data-dir', 'from', 'passphrase-file']);
  const dataDir = requireDataDir(flags, io.env);
  if (!flags.from) throw usageError('--from FILE is required: a backup file (see `backups`)');
  const report = restoreFromFile({ dataDir, from: resolve(flags.from), passphrase: passphraseFromFile(flags['passphrase-file']), now: io.now() });
  io.err(`Restored ${report.cases} cases from ${report.from}; desk ${report.deskCode} goes on under a new desk id.`);
  if (report.keptAs) io.err(`The case book as it was is kept at ${report.keptAs}.`);
  if (report.lost.known) {
    io.err(
      report.lost.caseNumbers.length + report.lost.changes === 0
        ? 'Nothing was lost since the backup.'
        : `Not in the backup: ${report.lost.caseNumbers.length} case(s) (${report.lost.caseNumbers.join(', ')}) and ${report.lost.changes} change(s).`,
    );
  }
  if (report.askDesks.length > 0) {
    io.err(`Import a full sync file from desk ${report.askDesks.join(', ')} to get back what this desk had sent them.`);
  }
  await io.out(`${JSON.stringify(report, null, 2)}\n`);
}
