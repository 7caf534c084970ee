/**
 * Prints a rendered form the way the app does (load, wait for fonts, PDF
 * with the shared options) in one Chromium, and reads the result back with
 * poppler: text per page, page size, embedded fonts, a PNG of page 1.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { WAIT_FOR_PRINT_READY, chromiumPdfOptions, type RenderedForm } from '../../electron/core/printing';
import { readPgm, scanImage } from './barcode-reader';

export const OUT_DIR = resolve(__dirname, '../../test-results/forms');
export const RESOURCES_DIR = resolve(__dirname, '../../resources');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PrintedPdf {
  path: string;
  pages: number;
  widthPt: number;
  heightPt: number;
  pageSizeName: string;
  /** pdftotext's text of each page. */
  pageTexts: string[];
  /** pdffonts' rows: name and type of each font in the file. */
  fonts: { name: string; type: string; embedded: boolean }[];
}

export class FormPrinter {
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  static async launch(): Promise<FormPrinter> {
    mkdirSync(OUT_DIR, { recursive: true });
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    return new FormPrinter(browser, await browser.newPage());
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  /** Runs in the printed page, e.g. to check that no injected script ran. */
  evaluate<T>(expression: string): Promise<T> {
    return this.page.evaluate(expression) as Promise<T>;
  }

  async print(name: string, form: RenderedForm): Promise<PrintedPdf> {
    const htmlPath = join(OUT_DIR, `${name}.html`);
    const pdfPath = join(OUT_DIR, `${name}.pdf`);
    writeFileSync(htmlPath, form.html);
    await this.page.goto(pathToFileURL(htmlPath).href);
    const failedFonts = await this.evaluate<number>(WAIT_FOR_PRINT_READY);
    if (failedFonts !== 0) throw new Error(`${failedFonts} font files failed to load for ${name}`);
    await this.page.pdf({ path: pdfPath, ...chromiumPdfOptions(form) });
    execFileSync('pdftoppm', ['-r', '110', '-f', '1', '-l', '1', '-png', '-singlefile', pdfPath, join(OUT_DIR, `${name}-page1`)]);
    return readPdf(pdfPath);
  }
}

export function readPdf(path: string): PrintedPdf {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/m.exec(info);
  // -raw keeps the order the text was drawn in, i.e. the document's, so a wrapped cell stays together.
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const match = /^(\S+)\s+(.+?)\s{2,}\S+\s+(yes|no)\s/.exec(line);
      return { name: match?.[1] ?? line, type: match?.[2] ?? '', embedded: match?.[3] === 'yes' };
    });
  return {
    path,
    pages,
    widthPt: Number(size?.[1]),
    heightPt: Number(size?.[2]),
    pageSizeName: size?.[3] ?? '',
    // pdftotext ends every page with a form feed.
    pageTexts: text.split('\f').slice(0, pages),
    fonts,
  };
}

/** Renders one page at 300 dpi, as a scanner would see the paper, and reads the barcode on it. */
export function scanPage(pdfPath: string, page: number): string | undefined {
  const base = `${pdfPath}-scan-${page}`;
  execFileSync('pdftoppm', ['-r', '300', '-gray', '-f', String(page), '-l', String(page), '-singlefile', pdfPath, base]);
  return scanImage(readPgm(readFileSync(`${base}.pgm`)));
}
