/**
 * Where things live on disk: the data folder (flag, environment or the
 * platform default) and the built preload and renderer next to this bundle.
 */
import { join, resolve } from 'node:path';
import { resolveDataDir } from '../core/data-dir';

/** Chromium's own profile (cache, storage, the single-instance lock) when the data folder is not the default one. */
export const PROFILE_DIR_NAME = 'chromium-profile';

export interface AppLocations {
  /** The folder holding the database. */
  dataDir: string;
  /**
   * What to pass to `app.setPath('userData', ...)` before the
   * single-instance lock is taken, or null to keep Electron's default.
   * Chromium keys that lock on the userData folder, so pointing it inside
   * a chosen data folder makes the rule "one app per database" rather than
   * "one app per user": two test runs on two temp folders can run side by
   * side, two windows on one file cannot.
   */
  profileDir: string | null;
}

export function resolveLocations(argv: readonly string[], env: NodeJS.ProcessEnv, defaultUserData: string): AppLocations {
  const dataDir = resolve(resolveDataDir(argv, env, () => defaultUserData));
  const profileDir = dataDir === resolve(defaultUserData) ? null : join(dataDir, PROFILE_DIR_NAME);
  return { dataDir, profileDir };
}

export interface BuiltPaths {
  /** The sandboxed preload, bundled whole as CommonJS (see electron.vite.config.ts). */
  preload: string;
  /** The only folder the app scheme serves from. */
  renderer: string;
  /** The task thread's script, built next to the main bundle (see electron.vite.config.ts). */
  taskWorker: string;
  /** The thread that upgrades a book an older version wrote, built there too. */
  upgradeWorker: string;
}

/** `mainDir` is out/main, the folder of the running main bundle. */
export function builtPaths(mainDir: string): BuiltPaths {
  return {
    preload: join(mainDir, '..', 'preload', 'index.cjs'),
    renderer: join(mainDir, '..', 'renderer'),
    taskWorker: join(mainDir, 'task-worker.js'),
    upgradeWorker: join(mainDir, 'upgrade-worker.js'),
  };
}
