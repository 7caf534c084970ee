import { describe, expect, it } from 'vitest';
import { mainWindowOptions, WINDOW_TITLE } from '../../electron/main/window-options';

describe('the main window', () => {
  it('is titled 投诉处理台 and waits for ready-to-show', () => {
    const options = mainWindowOptions('/app/out/preload/index.cjs');
    expect(WINDOW_TITLE).toBe('投诉处理台');
    expect(options.title).toBe('投诉处理台');
    expect(options.show).toBe(false);
  });

  it('runs the page isolated, sandboxed, without Node, with the CJS preload', () => {
    expect(mainWindowOptions('/app/out/preload/index.cjs').webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });
});
