/**
 * App lifecycle: one instance per data folder, the core opened once, the
 * UI served from app://complaint-desk/ (or the dev server), IPC wired to the
 * shared handler table, the core closed on quit. Everything with rules in it
 * lives in the modules imported here and is unit-tested under Node.
 */
import { app, BrowserWindow, dialog, ipcMain, Notification, protocol, session, shell } from 'electron';
import { callbackNotificationText, deadlineNotificationText } from './callback-notification';
import { startBackgroundJobs } from '../core/background-jobs';
import { handlers } from '../core/handlers';
import type { Core } from '../core/open-core';
import { startCore, type StartedCore } from '../core/upgrade/start-core';
import { backupOnExit } from '../core/backup/backup-jobs';
import { createTaskRunner } from '../core/tasks/task-runner';
import { APP_ENTRY_URL, APP_SCHEME, trustedOriginsFor } from './app-origin';
import { APP_SCHEME_PRIVILEGES, createAppRequestHandler } from './app-protocol';
import { registerIpc } from './ipc';
import { builtPaths, resolveLocations } from './paths';
import { createPrintWindowPort } from './print-window';
import { resourcesDirFor } from './print-window-rules';
import { hardenSession, hardenWebContents } from './security';
import { startupErrorText } from './startup-error';
import { createMainWindow } from './window';
import { removeOpenedCopies } from '../core/attachments/attachments';

const APP_USER_MODEL_ID = 'com.complaintdesk.app';

// electron-vite dev sets this; a packaged app must never follow it.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const trustedOrigins = trustedOriginsFor(devServerUrl);
const paths = builtPaths(import.meta.dirname);
const locations = resolveLocations(process.argv, process.env, app.getPath('userData'));

// All of these must happen before 'ready'; the userData path also before the lock.
if (locations.profileDir) app.setPath('userData', locations.profileDir);
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
// Date and time pickers follow Chromium's language, not the UI's: Chinese, as the offices read dates.
app.commandLine.appendSwitch('lang', 'zh-CN');
app.enableSandbox();

if (app.requestSingleInstanceLock()) {
  start();
} else {
  // Another window already has this data folder open; it is brought forward by 'second-instance'.
  app.quit();
}

function start(): void {
  let core: Core | null = null;
  let mainWindow: BrowserWindow | null = null;
  let unregisterIpc = (): void => {};
  let stopBackgroundJobs = (): void => {};
  const ourWebContents = new Set<number>();

  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, { trustedOrigins }));

  // Once the windows are closed the app finishes its work (an import under way, the backup on exit) and quits; it
  // cannot take that back, so a second start meanwhile opens the app again once this one has ended.
  let shuttingDown = false;
  let startsAgain = false;
  app.on('second-instance', () => {
    if (shuttingDown) {
      if (!startsAgain) app.relaunch();
      startsAgain = true;
      return;
    }
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => app.quit());

  app.on('will-quit', (event) => {
    if (core && !shuttingDown) {
      // The task thread finishes what it is doing, then takes the backup on exit, with the main thread free to hear a
      // second start; its connection closes before the main one does.
      event.preventDefault();
      shuttingDown = true;
      unregisterIpc();
      stopBackgroundJobs();
      const closing = core;
      void backupOnExit(closing)
        .finally(() => closing.tasks?.close())
        .finally(() => app.quit());
      return;
    }
    core?.close();
    core = null;
    // Customer files handed to the system viewer do not outlive the app (seed 000: kept confidential).
    removeOpenedCopies();
  });

  const openMainWindow = (): void => {
    const window = createMainWindow({ preloadPath: paths.preload, url: devServerUrl ?? APP_ENTRY_URL });
    const contentsId = window.webContents.id;
    ourWebContents.add(contentsId);
    window.on('closed', () => {
      ourWebContents.delete(contentsId);
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
  };

  const ready = (): void => {
    // Copies left behind by a crash.
    removeOpenedCopies();
    let started: StartedCore;
    try {
      // A damaged book is left as it is and the window opens on the recovery screen; an older one is upgraded on
      // its own thread while the window shows how far it has got.
      started = startCore({ dataDir: locations.dataDir, upgradeScript: paths.upgradeWorker });
    } catch (error) {
      // openCore refuses a newer file before changing a byte of it; say so and leave it alone.
      console.error('[main] could not open the core', error);
      const text = startupErrorText(error, locations.dataDir);
      dialog.showErrorBox(text.title, text.content);
      app.exit(1);
      return;
    }
    const opened = started.core;
    core = opened;

    core.ports = {
      openFile: async (path) => {
        const failure = await shell.openPath(path);
        if (failure) throw new Error(failure);
      },
      chooseFolder: async () => {
        const options = { properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
        const chosen = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
      },
      remindCallbacks: (counts) => {
        if (!Notification.isSupported()) return;
        new Notification(callbackNotificationText(app.getLocale(), counts)).show();
      },
      remindDeadlines: (reminder) => {
        if (!Notification.isSupported()) return;
        new Notification(deadlineNotificationText(app.getLocale(), reminder)).show();
      },
      print: createPrintWindowPort({
        resourcesDir: resourcesDirFor({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() }),
        tempRoot: app.getPath('temp'),
        parentWindow: () => mainWindow,
      }),
    };
    core.tasks = createTaskRunner({ dataDir: locations.dataDir, script: paths.taskWorker });
    // Once the book is open: at once, or when its upgrade is done (never, while a failed one leaves the stand-in).
    void started.bookOpen.then((open) => {
      if (!open || core !== opened) return;
      // Never against a damaged book: the thread skips the check the main thread has just made.
      if (!opened.recovery) opened.tasks?.warm();
      stopBackgroundJobs = startBackgroundJobs(opened);
    });

    hardenSession(session.defaultSession, { trustedOrigins });
    protocol.handle(APP_SCHEME, createAppRequestHandler({ rootDir: paths.renderer }));
    unregisterIpc = registerIpc(ipcMain, {
      handlers,
      ctx: core,
      trustedOrigins,
      isOurWebContents: (sender) => ourWebContents.has(sender.id),
      dispatchOptions: { checkOutput: !app.isPackaged },
    });

    openMainWindow();
    app.on('activate', () => {
      if (!shuttingDown && BrowserWindow.getAllWindows().length === 0) openMainWindow();
    });
  };

  app
    .whenReady()
    .then(ready)
    .catch((error: unknown) => {
      console.error('[main] startup failed', error);
      app.exit(1);
    });
}
