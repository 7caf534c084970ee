/**
 * One page setup for every way a form is printed: the @page rule of the
 * document and the options of the PDF call (Electron's printToPDF in the
 * print window, Chromium's page.pdf in the browser host and the tests) come
 * from these constants, so every PC prints the same A4 sheet.
 *
 * The page footer (第 N 页 / 共 M 页, case number) is drawn by the
 * document's own @page margin boxes in the bundled font. Chromium draws
 * margin boxes only when header/footer printing is on and the templates
 * are empty; a non-empty template replaces them and is drawn in whatever
 * font the PC has (no web fonts there), which is why the templates passed
 * to the PDF call are empty on purpose.
 */

export const PRINT_PAGE = {
  size: 'A4',
  widthMm: 210,
  heightMm: 297,
  /** The bottom margin holds the footer line. */
  marginMm: { top: 15, right: 15, bottom: 18, left: 15 },
} as const;

/** Passed to the PDF call as they are: empty, so the document's margin boxes are drawn. */
export const EMPTY_HEADER_TEMPLATE = '<span></span>';
export const EMPTY_FOOTER_TEMPLATE = '<span></span>';

export interface PrintTemplates {
  headerTemplate: string;
  footerTemplate: string;
}

/** Engine-neutral PDF settings; the adapters below spell them for each API. */
export interface PdfSettings extends PrintTemplates {
  pageSize: typeof PRINT_PAGE.size;
  marginsMm: { top: number; right: number; bottom: number; left: number };
  displayHeaderFooter: true;
  printBackground: true;
  preferCSSPageSize: true;
}

export function pdfSettings(form: PrintTemplates): PdfSettings {
  return {
    pageSize: PRINT_PAGE.size,
    marginsMm: { ...PRINT_PAGE.marginMm },
    displayHeaderFooter: true,
    printBackground: true,
    preferCSSPageSize: true,
    headerTemplate: form.headerTemplate,
    footerTemplate: form.footerTemplate,
  };
}

/** The subset of Playwright's / Puppeteer's `page.pdf()` options we set. */
export interface ChromiumPdfOptions {
  format: 'A4';
  margin: { top: string; right: string; bottom: string; left: string };
  displayHeaderFooter: boolean;
  headerTemplate: string;
  footerTemplate: string;
  printBackground: boolean;
  preferCSSPageSize: boolean;
}

export function chromiumPdfOptions(form: PrintTemplates): ChromiumPdfOptions {
  const s = pdfSettings(form);
  const mm = (value: number) => `${value}mm`;
  return {
    format: s.pageSize,
    margin: { top: mm(s.marginsMm.top), right: mm(s.marginsMm.right), bottom: mm(s.marginsMm.bottom), left: mm(s.marginsMm.left) },
    displayHeaderFooter: s.displayHeaderFooter,
    headerTemplate: s.headerTemplate,
    footerTemplate: s.footerTemplate,
    printBackground: s.printBackground,
    preferCSSPageSize: s.preferCSSPageSize,
  };
}

/** The subset of Electron's `webContents.printToPDF()` options we set (margins in inches). */
export interface ElectronPrintToPdfOptions {
  pageSize: 'A4';
  margins: { top: number; right: number; bottom: number; left: number };
  displayHeaderFooter: boolean;
  headerTemplate: string;
  footerTemplate: string;
  printBackground: boolean;
  preferCSSPageSize: boolean;
}

export function electronPrintToPdfOptions(form: PrintTemplates): ElectronPrintToPdfOptions {
  const s = pdfSettings(form);
  const inches = (value: number) => value / 25.4;
  return {
    pageSize: s.pageSize,
    margins: {
      top: inches(s.marginsMm.top),
      right: inches(s.marginsMm.right),
      bottom: inches(s.marginsMm.bottom),
      left: inches(s.marginsMm.left),
    },
    displayHeaderFooter: s.displayHeaderFooter,
    headerTemplate: s.headerTemplate,
    footerTemplate: s.footerTemplate,
    printBackground: s.printBackground,
    preferCSSPageSize: s.preferCSSPageSize,
  };
}

/**
 * Evaluate this in the loaded form before the PDF call (Playwright
 * `page.evaluate`, Electron `webContents.executeJavaScript`). Fonts are
 * split by character range and fetched during layout, so it forces a layout
 * first, then waits for every font to arrive. It resolves to the number of
 * font files that failed, which the caller should treat as an error.
 */
export const WAIT_FOR_PRINT_READY = `(async () => {
  document.body.getBoundingClientRect();
  await document.fonts.ready;
  return [...document.fonts].filter((font) => font.status === 'error').length;
})()`;
