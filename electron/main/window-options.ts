/**
 * The main window's options, kept apart from the code that creates it so the
 * security-relevant settings are checked by a unit test.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export const WINDOW_TITLE = '投诉处理台';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    // Shown on ready-to-show, so nobody sees an empty white frame first.
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Chromium's built-in PDF viewer shows the print preview; it needs plugins on (no other plugin exists in Electron).
      plugins: true,
    },
  };
}
