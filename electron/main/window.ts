import { BrowserWindow } from 'electron';
import { mainWindowOptions } from './window-options';

export interface CreateMainWindowOptions {
  preloadPath: string;
  /** The app scheme's entry page, or the dev server in development. */
  url: string;
}

export function createMainWindow(options: CreateMainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options.preloadPath));
  window.once('ready-to-show', () => window.show());
  window.webContents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    if (!isMainFrame) return;
    console.error(`[window] failed to load ${url}: ${description} (${code})`);
    // ready-to-show may never come; a visible blank window beats an invisible running app.
    if (!window.isDestroyed() && !window.isVisible()) window.show();
  });
  window.loadURL(options.url).catch((error: unknown) => {
    console.error(`[window] could not load ${options.url}`, error);
  });
  return window;
}
