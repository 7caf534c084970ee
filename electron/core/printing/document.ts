/**
 * Wraps one or more filled-in forms into a complete, standalone HTML
 * document: print CSS inline, the bundled font linked from the asset base
 * URL, a content security policy that lets nothing else load or run, and
 * a footer per form drawn by named @page margin boxes.
 */
import { pathToFileURL } from 'node:url';
import type { DateFormatOptions } from './format';
import type { PrintOrganisation } from './form-data';
import { cssString, escapeHtml } from './html';
import { FOOTER_TEXT } from './labels';
import { EMPTY_FOOTER_TEMPLATE, EMPTY_HEADER_TEMPLATE, type PrintTemplates } from './pdf-options';
import { FONT_STYLESHEET, PRINT_CSS } from './styles';

export interface RenderOptions extends DateFormatOptions {
  /**
   * Where the app's `resources/` folder is reachable from the printed page,
   * e.g. `file:///opt/complaint-desk/resources/` for the Electron print
   * window (see `assetBaseUrlForDir`), a custom protocol such as
   * `app://resources/`, or `http://127.0.0.1:5174/print-assets/` for the
   * browser host. Only the font is loaded from there.
   */
  assetBaseUrl: string;
  /** Printed in the header; defaults to now. */
  printedAt?: number;
}

export interface RenderedForm extends PrintTemplates {
  html: string;
  title: string;
}

/** One form of the document; a batch has several, each starting on a new page. */
export interface FormSheet {
  title: string;
  organisation: PrintOrganisation;
  number?: string;
  body: string;
}

/** The asset base URL for a `resources/` folder on disk, ending in a slash. */
export function assetBaseUrlForDir(resourcesDir: string): string {
  const url = pathToFileURL(resourcesDir).href;
  return url.endsWith('/') ? url : `${url}/`;
}

function normaliseBase(assetBaseUrl: string): URL {
  const base = new URL(assetBaseUrl.endsWith('/') ? assetBaseUrl : `${assetBaseUrl}/`);
  if (base.search || base.hash) throw new RangeError('assetBaseUrl must not have a query or fragment');
  return base;
}

/** The CSP source that allows the base URL: its origin over HTTP(S), else its scheme (file:, app:). */
function cspSource(base: URL): string {
  return base.protocol === 'http:' || base.protocol === 'https:' ? base.origin : base.protocol;
}

function footerLine(sheet: FormSheet): string {
  const parts = [sheet.organisation.name, sheet.title];
  if (sheet.number) parts.push(FOOTER_TEXT.number(sheet.number));
  return parts.filter(Boolean).join(' · ');
}

export function renderDocument(sheets: readonly FormSheet[], options: RenderOptions): RenderedForm {
  const first = sheets[0];
  if (!first) throw new RangeError('A document needs at least one form');
  const base = normaliseBase(options.assetBaseUrl);
  const source = cspSource(base);
  const fontCss = new URL(FONT_STYLESHEET, base).href;

  const footers = sheets.map(footerLine);
  const pageRules = footers
    .map(
      (line, index) =>
        `@page sheet-${index} { @bottom-left { content: ${cssString(line)}; } @bottom-right { content: ${FOOTER_TEXT.pageCss}; } }\n` +
        `.sheet-${index} { page: sheet-${index}; }`,
    )
    .join('\n');
  const title = sheets.length === 1 ? footers[0]! : `${first.title}(${sheets.length} 份)`;
  // Margin boxes are not laid out until printing, so their characters are
  // set here once, hidden, to make sure their font slices are loaded in time.
  const preload = escapeHtml([...new Set(footers.join('') + FOOTER_TEXT.pageChars)].join(''));
  const body = sheets
    .map((sheet, index) => `<section class="form sheet-${index}">${sheet.body}</section>`)
    .join('\n');

  const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline' ${escapeHtml(source)}; font-src ${escapeHtml(source)}; img-src data:">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${escapeHtml(fontCss)}">
<style>${PRINT_CSS}
${pageRules}
</style>
</head>
<body>
<div class="font-preload" aria-hidden="true">${preload}</div>
${body}
</body>
</html>
`;
  return { html, title, headerTemplate: EMPTY_HEADER_TEMPLATE, footerTemplate: EMPTY_FOOTER_TEMPLATE };
}
