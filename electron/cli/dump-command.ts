/** `dump`: everything synced, as canonical JSON on stdout. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE_NAME, openCore } from '../core/open-core';
import { parseFlags, requireDataDir } from './args';
import { dataError } from './cli-error';
import { dumpChunks } from './dump';
import type { CliIo } from './io';

export async function dumpCommand(argv: readonly string[], io: CliIo): Promise<void> {
  const flags = parseFlags(argv, ['data-dir']);
  const dataDir = requireDataDir(flags, io.env);
  const file = join(dataDir, DATABASE_FILE_NAME);
  // openCore would create an empty database; a dump of a folder that has none is a mistake.
  if (!existsSync(file)) throw dataError(`No Complaint Desk database in ${dataDir} (looked for ${DATABASE_FILE_NAME})`);
  const core = openCore({ dataDir });
  try {
    // One read transaction, so the dump is a single consistent snapshot even if the app is writing.
    core.db.exec('BEGIN');
    try {
      for (const chunk of dumpChunks(core.db)) await io.out(chunk);
    } finally {
      core.db.exec('COMMIT');
    }
  } finally {
    core.close();
  }
}
