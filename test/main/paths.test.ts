import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR_ENV } from '../../electron/core/data-dir';
import { builtPaths, PROFILE_DIR_NAME, resolveLocations } from '../../electron/main/paths';

const USER_DATA = resolve('/home/desk/.config/Complaint Desk');

describe('resolveLocations', () => {
  it('uses Electron userData by default and keeps Chromium there', () => {
    expect(resolveLocations(['/opt/complaint-desk/complaint-desk'], {}, USER_DATA)).toEqual({ dataDir: USER_DATA, profileDir: null });
  });

  it('prefers --data-dir, then the environment', () => {
    const flag = resolve('/srv/desk-a');
    const env = resolve('/srv/desk-b');
    expect(resolveLocations(['app', '--data-dir', flag], { [DATA_DIR_ENV]: env }, USER_DATA).dataDir).toBe(flag);
    expect(resolveLocations(['app', `--data-dir=${flag}`], {}, USER_DATA).dataDir).toBe(flag);
    expect(resolveLocations(['app'], { [DATA_DIR_ENV]: env }, USER_DATA).dataDir).toBe(env);
  });

  it('gives a chosen data folder its own Chromium profile, so the single-instance lock is per data folder', () => {
    const dir = resolve('/tmp/e2e-1');
    expect(resolveLocations(['app', '--data-dir', dir], {}, USER_DATA)).toEqual({
      dataDir: dir,
      profileDir: join(dir, PROFILE_DIR_NAME),
    });
  });

  it('makes a relative data folder absolute (Electron paths must be absolute)', () => {
    expect(resolveLocations(['app', '--data-dir', 'data'], {}, USER_DATA).dataDir).toBe(resolve('data'));
  });
});

describe('builtPaths', () => {
  it('finds the CJS preload, the renderer, the task thread and the upgrade thread next to out/main', () => {
    const main = join('/app', 'out', 'main');
    expect(builtPaths(main)).toEqual({
      preload: join('/app', 'out', 'preload', 'index.cjs'),
      renderer: join('/app', 'out', 'renderer'),
      taskWorker: join('/app', 'out', 'main', 'task-worker.js'),
      upgradeWorker: join('/app', 'out', 'main', 'upgrade-worker.js'),
    });
  });
});
