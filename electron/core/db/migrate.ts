import type { Db } from './connection';
import { LATEST_SCHEMA_VERSION, type Migration } from './migrations/index';

export class DatabaseTooNewError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `This database was written by a newer version of Complaint Desk (schema ${fileVersion}; this app knows up to ${appVersion}). ` +
        'Install the newer version to open it; the file has not been changed.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export function assertNotNewer(version: number, latest = LATEST_SCHEMA_VERSION): void {
  if (version > latest) throw new DatabaseTooNewError(version, latest);
}

/**
 * Applies each pending migration in its own transaction, recording it and
 * bumping user_version inside that same transaction, so a crash leaves the
 * file at a whole version.
 */
export function migrate(db: Db, migrations: readonly Migration[], now: () => number): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  assertNotNewer(current, migrations.length);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      if (typeof migration.up === 'string') db.exec(migration.up);
      else migration.up(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        now(),
      );
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}
