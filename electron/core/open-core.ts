import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openConnection, readSchemaVersion } from './db/connection';
import { assertNotNewer, migrate } from './db/migrate';
import { assertHealthyDatabase } from './db/health';
import { MIGRATIONS } from './db/migrations/index';
import { HybridClock } from './changes/hlc';
import { latestHlc } from './changes/latest-hlc';
import { ensureDesk } from './desk/desk';
import type { CoreContext } from './context';

export const DATABASE_FILE_NAME = 'complaint-desk.sqlite3';

export interface OpenCoreOptions {
  dataDir: string;
  now?: () => number;
}

export interface Core extends CoreContext {
  close(): void;
}

/**
 * Opens (creating if need be) the data folder and its database, refusing a
 * file written by a newer version before a single byte of it is changed.
 */
export function openCore(options: OpenCoreOptions): Core {
  const now = options.now ?? Date.now;
  mkdirSync(options.dataDir, { recursive: true });
  const file = join(options.dataDir, DATABASE_FILE_NAME);
  // A damaged book is refused before anything could write to it (or, worse, start it over as a new desk).
  assertHealthyDatabase(file);
  if (existsSync(file)) assertNotNewer(readSchemaVersion(file), MIGRATIONS.length);
  const db = openConnection(file);
  try {
    migrate(db, MIGRATIONS, now);
    const desk = ensureDesk(db);
    return {
      db,
      dataDir: options.dataDir,
      deskId: desk.deskId,
      clock: new HybridClock(desk.deskId, now, latestHlc(db)),
      now,
      session: { userId: null },
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
