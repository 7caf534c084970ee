/**
 * The print window's sequence, with Electron replaced by small fakes (the
 * real binary cannot run here): a temp file per job, loaded as a file,
 * fonts awaited, printed, the window destroyed and the folder deleted,
 * whatever happened; the session allows only the job and the font.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../factories/core';

type RequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

const fake = vi.hoisted(() => ({
  windows: [] as FakeWindow[],
  requestListener: undefined as RequestListener | undefined,
  fontFailures: 0,
  printResult: { success: true, reason: '' },
  saveResult: { canceled: false, filePath: '' as string | undefined },
  seenDuringJob: [] as { file: string; html: string; exists: boolean }[],
}));

interface FakeWindow {
  options: unknown;
  destroyed: boolean;
  calls: string[];
}

vi.mock('electron', () => {
  class BrowserWindow {
    record: FakeWindow;
    webContents: Record<string, unknown>;
    constructor(options: unknown) {
      this.record = { options, destroyed: false, calls: [] };
      fake.windows.push(this.record);
      const record = this.record;
      this.webContents = {
        loadFile: async (file: string) => {
          record.calls.push('loadFile');
          fake.seenDuringJob.push({ file, html: readFileSync(file, 'utf8'), exists: existsSync(file) });
        },
        executeJavaScript: async (code: string) => {
          record.calls.push(code.includes('document.fonts.ready') ? 'waitForFonts' : 'script');
          return fake.fontFailures;
        },
        printToPDF: async (options: { pageSize: string }) => {
          record.calls.push(`printToPDF:${options.pageSize}`);
          return Buffer.from('%PDF-1.4 fake');
        },
        print: (options: { silent: boolean; printBackground: boolean }, callback: (ok: boolean, reason: string) => void) => {
          record.calls.push(`print:silent=${options.silent}`);
          callback(fake.printResult.success, fake.printResult.reason);
        },
      };
    }
    isDestroyed() {
      return this.record.destroyed;
    }
    destroy() {
      this.record.destroyed = true;
    }
  }
  const printSession = {
    setPermissionRequestHandler: () => {},
    setPermissionCheckHandler: () => {},
    webRequest: { onBeforeRequest: (listener: RequestListener) => (fake.requestListener = listener) },
    on: () => {},
  };
  return {
    app: { getPath: () => '/home/desk/Documents' },
    BrowserWindow,
    session: { fromPartition: () => printSession },
    dialog: { showSaveDialog: async () => fake.saveResult },
  };
});

const { createPrintWindowPort } = await import('../../electron/main/print-window');

const FORM = { html: '<!doctype html><title>投诉处理记录表</title>', title: '投诉处理记录表', headerTemplate: '<span></span>', footerTemplate: '<span></span>' };

function setUp() {
  const tempRoot = tempDir('print-temp-');
  const resourcesDir = tempDir('print-resources-');
  const port = createPrintWindowPort({ tempRoot, resourcesDir, parentWindow: () => null });
  return { port, tempRoot, resourcesDir, jobsRoot: join(tempRoot, 'complaint-desk-print') };
}

beforeEach(() => {
  fake.windows.length = 0;
  fake.seenDuringJob.length = 0;
  fake.fontFailures = 0;
  fake.printResult = { success: true, reason: '' };
});

describe('the Electron print port', () => {
  it('loads the form from its own temp file, waits for the fonts, prints to PDF, then cleans up', async () => {
    const { port, jobsRoot, resourcesDir } = setUp();
    expect(port.assetBaseUrl).toBe(`${pathToFileURL(resourcesDir).href}/`);
    const pdf = await port.toPdf(FORM);
    expect(Buffer.from(pdf).toString()).toContain('%PDF');
    const [seen] = fake.seenDuringJob;
    expect(seen).toMatchObject({ html: FORM.html, exists: true });
    expect(seen?.file).toMatch(/complaint-desk-print[/\\][0-9a-f-]{36}[/\\]form\.html$/);
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]?.calls).toEqual(['loadFile', 'waitForFonts', 'printToPDF:A4']);
    expect(fake.windows[0]?.destroyed).toBe(true);
    expect(readdirSync(jobsRoot)).toEqual([]);
  });

  it('uses a new window per job', async () => {
    const { port } = setUp();
    await Promise.all([port.toPdf(FORM), port.toPdf(FORM)]);
    expect(fake.windows).toHaveLength(2);
    expect(new Set(fake.seenDuringJob.map((s) => s.file)).size).toBe(2);
  });

  it('refuses to print when a font failed, and still cleans up', async () => {
    const { port, jobsRoot } = setUp();
    fake.fontFailures = 2;
    await expect(port.toPdf(FORM)).rejects.toThrow(/2 font files/);
    expect(fake.windows[0]?.calls).not.toContain('printToPDF:A4');
    expect(fake.windows[0]?.destroyed).toBe(true);
    expect(readdirSync(jobsRoot)).toEqual([]);
  });

  it('prints through the system dialog; cancelling is not an error', async () => {
    const { port } = setUp();
    expect(await port.print!(FORM)).toBe(true);
    expect(fake.windows[0]?.calls).toEqual(['loadFile', 'waitForFonts', 'print:silent=false']);
    fake.printResult = { success: false, reason: 'cancelled' };
    expect(await port.print!(FORM)).toBe(false);
    fake.printResult = { success: false, reason: 'Print job failed' };
    await expect(port.print!(FORM)).rejects.toThrow(/Print job failed/);
    expect(fake.windows.every((w) => w.destroyed)).toBe(true);
  });

  it("lets the print session load only a running job's folder and the fonts", async () => {
    const { port, resourcesDir } = setUp();
    await port.toPdf(FORM);
    const ask = (url: string) => {
      let answer: { cancel?: boolean } = {};
      fake.requestListener!({ url }, (response) => (answer = response));
      return answer.cancel !== true;
    };
    expect(ask(pathToFileURL(join(resourcesDir, 'fonts', 'noto-sans-sc', 'noto-sans-sc.css')).href)).toBe(true);
    // The job has ended, so its file is no longer reachable.
    expect(ask(pathToFileURL(fake.seenDuringJob[0]!.file).href)).toBe(false);
    expect(ask('https://example.com/font.woff2')).toBe(false);
  });

  it('saves where the person says, adding .pdf; null when they cancel', async () => {
    const { port } = setUp();
    const folder = tempDir('print-save-');
    fake.saveResult = { canceled: false, filePath: join(folder, '处理表') };
    const saved = await port.savePdf!(new Uint8Array(Buffer.from('%PDF-1.4')), '投诉处理记录表-A-202611-0007.pdf');
    expect(saved).toBe(join(folder, '处理表.pdf'));
    expect(readFileSync(saved!, 'utf8')).toBe('%PDF-1.4');
    fake.saveResult = { canceled: true, filePath: undefined };
    expect(await port.savePdf!(new Uint8Array(), 'x.pdf')).toBeNull();
  });
});
