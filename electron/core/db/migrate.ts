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

/** Where migrate() says how far it has got: the version being applied, and that migration's own count. */
export type MigrateProgress = (version: number, done: number, total: number) => void;

/**
 * Applies each pending migration in its own transaction, recording it and
 * bumping user_version inside that same transaction, so a crash leaves the
 * file at a whole version. Each migration's count starts at 0 and ends at
 * done === total once it has committed (one step for one that counts nothing).
 */
export function migrate(db: Db, migrations: readonly Migration[], now: () => number, onProgress: MigrateProgress = () => {}): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  assertNotNewer(current, migrations.length);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    let total = 1;
    onProgress(migration.version, 0, total);
    const apply = db.transaction(() => {
      if (typeof migration.up === 'string') db.exec(migration.up);
      else
        migration.up(db, (done, of) => {
          // Nothing to count is still one step.
          total = Math.max(of, 1);
          onProgress(migration.version, Math.min(done, total), total);
        });
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        now(),
      );
      db.pragma(`user_version = ${migration.version}`);
    });
    // The write lock taken before the first statement: another connection's write makes it wait (busy_timeout)
    // instead of failing a migration that had begun by reading.
    apply.immediate();
    onProgress(migration.version, total, total);
  }
  return db.pragma('user_version', { simple: true }) as number;
}
