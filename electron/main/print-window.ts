/**
 * The desktop app's print port. Each job gets a new hidden, sandboxed
 * window in its own in-memory session, which may load nothing but the
 * job's folder and the bundled font. The rendered HTML is written to
 * `<temp>/complaint-desk-print/<id>/form.html` and loaded from there (a
 * real file, not a data: URL, so the font's relative URLs resolve and the
 * document has a file origin); once it has loaded and its fonts have
 * arrived it is printed to PDF or through the system dialog, then the
 * window is destroyed and the folder deleted.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, session, type Session } from 'electron';
import { WAIT_FOR_PRINT_READY, assetBaseUrlForDir, electronPrintToPdfOptions, type RenderedForm } from '../core/printing';
import type { PrintPort } from '../core/printing/print-service';
import {
  PRINT_PARTITION,
  PRINT_READY_TIMEOUT_MS,
  fontsDirFor,
  isAllowedPrintRequest,
  printJobPaths,
  printWindowOptions,
  safePdfFileName,
  withPdfExtension,
} from './print-window-rules';

export interface PrintWindowPortOptions {
  /** The app's resources/ folder on disk (see resourcesDirFor). */
  resourcesDir: string;
  /** Where job folders go; the OS temp folder. */
  tempRoot: string;
  /** The window the save dialog belongs to. */
  parentWindow: () => BrowserWindow | null;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function createPrintWindowPort(options: PrintWindowPortOptions): PrintPort {
  const fontsDir = fontsDirFor(options.resourcesDir);
  // The folders the print session may read right now: the fonts, plus each running job's own.
  const jobDirs = new Set<string>();
  let printSession: Session | undefined;

  const sessionForJobs = (): Session => {
    if (printSession) return printSession;
    const ses = session.fromPartition(PRINT_PARTITION);
    ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    ses.setPermissionCheckHandler(() => false);
    ses.webRequest.onBeforeRequest((details, callback) => {
      const allowed = isAllowedPrintRequest(details.url, [fontsDir, ...jobDirs]);
      if (!allowed) console.warn(`[print] blocked request: ${details.url}`);
      callback(allowed ? {} : { cancel: true });
    });
    ses.on('will-download', (event) => event.preventDefault());
    printSession = ses;
    return ses;
  };

  /** Loads the form in a fresh hidden window, waits for its fonts, hands the window to `use`, then cleans up. */
  async function withPrintWindow<T>(form: RenderedForm, use: (window: BrowserWindow) => Promise<T>): Promise<T> {
    sessionForJobs();
    const job = printJobPaths(options.tempRoot, randomUUID());
    await mkdir(job.dir, { recursive: true });
    jobDirs.add(job.dir);
    let window: BrowserWindow | undefined;
    try {
      await writeFile(job.file, form.html, 'utf8');
      window = new BrowserWindow(printWindowOptions());
      // Resolves on did-finish-load, rejects on did-fail-load.
      await window.webContents.loadFile(job.file);
      const ready = window.webContents.executeJavaScript(WAIT_FOR_PRINT_READY) as Promise<number>;
      const failedFonts = await withTimeout(ready, PRINT_READY_TIMEOUT_MS, 'Loading the print fonts');
      if (failedFonts !== 0) throw new Error(`${failedFonts} font files failed to load`);
      return await use(window);
    } finally {
      if (window && !window.isDestroyed()) window.destroy();
      jobDirs.delete(job.dir);
      await rm(job.dir, { recursive: true, force: true });
    }
  }

  return {
    assetBaseUrl: assetBaseUrlForDir(options.resourcesDir),

    toPdf: (form) => withPrintWindow(form, (window) => window.webContents.printToPDF(electronPrintToPdfOptions(form))),

    print: (form) =>
      withPrintWindow(
        form,
        (window) =>
          new Promise<boolean>((resolve, reject) => {
            window.webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
              if (success) resolve(true);
              // Cancelling the dialog is a choice, not a failure.
              else if (/cancel/i.test(failureReason)) resolve(false);
              else reject(new Error(`Printing failed: ${failureReason}`));
            });
          }),
      ),

    async savePdf(pdf, suggestedName) {
      const dialogOptions = {
        defaultPath: join(app.getPath('documents'), safePdfFileName(suggestedName)),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
      };
      const parent = options.parentWindow();
      const chosen = parent ? await dialog.showSaveDialog(parent, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
      if (chosen.canceled || !chosen.filePath) return null;
      const path = withPdfExtension(chosen.filePath);
      await writeFile(path, pdf);
      return path;
    },
  };
}
