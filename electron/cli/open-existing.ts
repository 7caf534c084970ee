import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE_NAME, openCore, type Core } from '../core/open-core';
import { dataError } from './cli-error';

/** Opens a data folder that must already hold a database (openCore alone would create an empty one). */
export function openExistingCore(dataDir: string, now?: () => number): Core {
  if (!existsSync(join(dataDir, DATABASE_FILE_NAME))) {
    throw dataError(`No Complaint Desk database in ${dataDir} (looked for ${DATABASE_FILE_NAME})`);
  }
  return openCore({ dataDir, now });
}

/** Runs with the desk's first manager at the desk: the CLI acts for the office, as the setup person. */
export function actAsManager(core: Core): void {
  core.session.userId =
    (core.db.prepare("SELECT id FROM users WHERE role = 'manager' AND active = 1 ORDER BY created_at LIMIT 1").pluck().get() as string | undefined) ??
    (core.db.prepare('SELECT id FROM users ORDER BY created_at LIMIT 1').pluck().get() as string | undefined) ??
    null;
}
