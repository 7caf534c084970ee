/**
 * The rules of the print window, kept apart from the code that drives it so
 * they run under plain Node: its options, what its session may load, where
 * a job's files go, where the bundled font lives, and the name a saved PDF
 * gets. print-window.ts only wires these to Electron.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** In memory (no `persist:` prefix): nothing a printed form loads is kept on disk. */
export const PRINT_PARTITION = 'print-jobs';

/** Under the OS temp folder; one subfolder per job, deleted when the job ends. */
export const PRINT_TEMP_DIR_NAME = 'complaint-desk-print';
export const PRINT_FILE_NAME = 'form.html';

/** A font that never arrives must not leave a hidden window waiting forever. */
export const PRINT_READY_TIMEOUT_MS = 30_000;

export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    // The A4 width at 96 dpi; only layout before printing sees it.
    width: 794,
    height: 1123,
    webPreferences: {
      partition: PRINT_PARTITION,
      // The document is ours but holds what complainants typed: no Node, no preload, no IPC.
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      javascript: true,
      images: true,
    },
  };
}

export interface PrintJobPaths {
  dir: string;
  file: string;
}

export function printJobPaths(tempRoot: string, jobId: string): PrintJobPaths {
  if (!/^[A-Za-z0-9-]{8,64}$/.test(jobId)) throw new RangeError(`Not a print job id: ${jobId}`);
  const dir = join(tempRoot, PRINT_TEMP_DIR_NAME, jobId);
  return { dir, file: join(dir, PRINT_FILE_NAME) };
}

export interface ResourceLocation {
  isPackaged: boolean;
  /** Electron's `process.resourcesPath` (next to app.asar). */
  resourcesPath: string;
  /** `app.getAppPath()`: the repository root in development. */
  appPath: string;
}

/**
 * The app's `resources/` folder on disk: the repository's in development,
 * and the copy electron-builder puts next to app.asar (`extraResources`)
 * when packaged, since Chromium cannot read a font out of the archive.
 */
export function resourcesDirFor(location: ResourceLocation): string {
  return location.isPackaged ? join(location.resourcesPath, 'resources') : join(location.appPath, 'resources');
}

/** The only resources a printed form loads: the bundled font and its stylesheet. */
export function fontsDirFor(resourcesDir: string): string {
  return join(resourcesDir, 'fonts');
}

function isInside(dir: string, file: string): boolean {
  const fromDir = relative(resolve(dir), resolve(file));
  return fromDir === '' || (!fromDir.startsWith('..') && !isAbsolute(fromDir));
}

/**
 * Whether the print session may load this URL: a file: URL inside one of
 * the allowed folders (the running jobs' own folders and the fonts), or a
 * data: URL the document itself holds. Anything else, the network above
 * all, is cancelled.
 */
export function isAllowedPrintRequest(url: string, allowedDirs: Iterable<string>): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:') return true;
  if (parsed.protocol !== 'file:' || (parsed.host !== '' && parsed.host !== 'localhost')) return false;
  let path: string;
  try {
    path = fileURLToPath(parsed);
  } catch {
    // An encoded separator, or a UNC host: never one of ours.
    return false;
  }
  for (const dir of allowedDirs) {
    if (isInside(dir, path)) return true;
  }
  return false;
}

/**
 * The name offered in the save dialog: what the core suggested, without
 * characters Windows refuses in a file name, ending in .pdf.
 */
export function safePdfFileName(suggested: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go.
  const cleaned = suggested.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').replace(/[. ]+$/, '').trim();
  const base = cleaned || '打印';
  return /\.pdf$/i.test(base) ? base : `${base}.pdf`;
}

/** The path the person chose, with .pdf added when they typed a name without it. */
export function withPdfExtension(path: string): string {
  return /\.pdf$/i.test(path) ? path : `${path}.pdf`;
}
