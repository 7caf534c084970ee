/**
 * The browser host's print port: the rendered form is opened by a headless
 * Chromium (playwright-core) from the host itself, fonts are awaited, and
 * the PDF comes from `page.pdf` with the same options the tests and the
 * Electron print window use. There is no system print dialog or save
 * dialog here: the core answers UNSUPPORTED for those, and the UI prints or
 * downloads the PDF from its preview instead.
 */
import type { Browser } from 'playwright-core';
import { WAIT_FOR_PRINT_READY, chromiumPdfOptions } from '../core/printing';
import type { RenderedForm } from '../core/printing';
import type { PrintPort } from '../core/printing/print-service';
import { PRINT_ASSETS_PREFIX, type PrintJobs } from './print-jobs';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** A form should print in well under this; a hung font load must not hang the caller forever. */
const PAGE_TIMEOUT_MS = 30_000;

export interface ChromiumPrintPortOptions {
  /** The host's own origin, e.g. `http://127.0.0.1:5180`. */
  origin: string;
  jobs: PrintJobs;
  /** Defaults to $CHROMIUM_PATH, else /usr/bin/chromium. */
  executablePath?: string;
}

export interface ChromiumPrintPort extends PrintPort {
  /** Closes the browser if one was started; safe to call more than once. */
  close(): Promise<void>;
}

export function chromiumPathFrom(env: NodeJS.ProcessEnv): string {
  return env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM_PATH;
}

export function createChromiumPrintPort(options: ChromiumPrintPortOptions): ChromiumPrintPort {
  const origin = new URL(options.origin).origin;
  const executablePath = options.executablePath ?? chromiumPathFrom(process.env);
  let browser: Promise<Browser> | undefined;
  let closed = false;

  // Started on the first print, not with the host: most sessions never print. Playwright itself is loaded then too,
  // not at the host's start (where it took longer than everything else the host loads).
  const launch = (): Promise<Browser> => {
    browser ??= import('playwright-core')
      .then(({ chromium }) => chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] }))
      .catch((error: unknown) => {
        browser = undefined;
        throw error;
      });
    return browser;
  };

  return {
    assetBaseUrl: `${origin}${PRINT_ASSETS_PREFIX}`,

    async toPdf(form: RenderedForm): Promise<Uint8Array> {
      if (closed) throw new Error('The print port is closed');
      // A context per job: nothing (cache, storage) is shared between documents.
      const context = await (await launch()).newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(PAGE_TIMEOUT_MS);
        await page.goto(`${origin}${options.jobs.add(form.html)}`, { waitUntil: 'load' });
        const failedFonts = (await page.evaluate(WAIT_FOR_PRINT_READY)) as number;
        if (failedFonts !== 0) throw new Error(`${failedFonts} font files failed to load`);
        return await page.pdf(chromiumPdfOptions(form));
      } finally {
        await context.close();
      }
    },

    async close() {
      closed = true;
      const started = browser;
      browser = undefined;
      if (!started) return;
      try {
        await (await started).close();
      } catch {
        // It never started, or is already gone: nothing left to close.
      }
    },
  };
}
