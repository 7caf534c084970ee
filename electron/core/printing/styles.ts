/**
 * The print stylesheet, inlined in every form so the HTML alone lays out
 * right; only the font files are fetched from the asset base URL.
 */
import { PRINT_PAGE } from './pdf-options';

export const FONT_FAMILY = 'Complaint Desk Sans';
/**
 * After the bundled font, the PC's own faces for what Noto Sans SC lacks:
 * rare name characters (CJK Extension B, 𠮷) and emoji. Windows has
 * SimSun-ExtB and Segoe UI Emoji on every office PC; Linux has the Noto CJK
 * and Noto Color Emoji packages. Bundling an Extension B face or a colour
 * emoji font would add 10-20 MB to every install for a few characters a year.
 */
export const FALLBACK_FONTS = ['SimSun-ExtB', 'MingLiU-ExtB', 'Noto Sans CJK SC', 'Noto Serif CJK SC', 'Segoe UI Emoji', 'Noto Color Emoji']
  .map((name) => `'${name}'`)
  .join(', ');
/** Relative to the asset base URL: the copy made by resources/fonts/refresh-fonts.mjs. */
export const FONT_STYLESHEET = 'fonts/noto-sans-sc/noto-sans-sc.css';

const m = PRINT_PAGE.marginMm;

export const PRINT_CSS = `
@page {
  size: ${PRINT_PAGE.size} portrait;
  margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  @bottom-left { font-family: '${FONT_FAMILY}'; font-size: 8pt; color: #333; vertical-align: top; padding-top: 4mm; }
  @bottom-right { font-family: '${FONT_FAMILY}'; font-size: 8pt; color: #333; vertical-align: top; padding-top: 4mm; }
}
html {
  font-family: '${FONT_FAMILY}', ${FALLBACK_FONTS}, sans-serif;
  font-size: 10.5pt;
  line-height: 1.5;
  color: #000;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
body { margin: 0; }
.form + .form { break-before: page; }
.font-preload { position: absolute; left: 0; top: 0; width: 1px; height: 1px; overflow: hidden; visibility: hidden; white-space: nowrap; }

.form-header { margin-bottom: 3mm; }
.org { display: flex; align-items: center; justify-content: center; gap: 3mm; font-size: 12pt; min-height: 7mm; }
.org img { max-height: 12mm; max-width: 40mm; }
.title-row { display: grid; grid-template-columns: 1fr auto 1fr; align-items: center; min-height: 14mm; }
h1 { grid-column: 2; margin: 1mm 0; font-size: 18pt; font-weight: 700; letter-spacing: 0.25em; padding-left: 0.25em; text-align: center; }
.code { grid-column: 3; justify-self: end; text-align: center; font-size: 8pt; line-height: 1.2; }
.code svg { display: block; }
.meta { display: flex; justify-content: space-between; gap: 6mm; font-size: 9.5pt; padding-bottom: 1mm; }
.meta .blank { display: inline-block; min-width: 40mm; border-bottom: 0.75pt solid #000; }

table { width: 100%; border-collapse: collapse; table-layout: fixed; }
.grid { margin-bottom: 3mm; }
.grid th, .grid td, .list th, .list td { border: 0.75pt solid #000; padding: 1.4mm 2mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
.grid th, .list thead th { background: #efefef; font-weight: 700; }
.grid tr, .list tr { break-inside: avoid; }
.grid tr.long { break-inside: auto; }
.grid td.empty { height: 7mm; }
.grid tr.tall td { height: 45mm; }
.grid tr.section { break-after: avoid; }
.grid th.section { background: #dcdcdc; text-align: center; letter-spacing: 0.2em; }
.list thead { display: table-header-group; }
.list thead th { text-align: center; }
.list td.num, .list td.at { text-align: center; white-space: nowrap; }
.list tr.empty td { height: 9mm; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }

.checks { display: flex; flex-wrap: wrap; column-gap: 5mm; row-gap: 1mm; }
.check { white-space: nowrap; }
.box { display: inline-block; box-sizing: border-box; width: 3.6mm; height: 3.6mm; border: 0.75pt solid #000; margin-right: 1mm; vertical-align: -0.6mm; font-size: 9pt; font-weight: 700; line-height: 3.3mm; text-align: center; overflow: hidden; }

.lines { margin-top: 1mm; }
.line { height: 7.5mm; border-bottom: 0.5pt solid #777; break-inside: avoid; }
.line.text-line { height: auto; min-height: 8mm; }

.signs { display: grid; grid-template-columns: 1fr 1fr; column-gap: 10mm; row-gap: 5mm; margin-top: 6mm; break-inside: avoid; }
.sign { display: flex; align-items: flex-end; gap: 1mm; white-space: nowrap; }
.sign .blank { flex: 1; border-bottom: 0.75pt solid #000; min-height: 6mm; }

.round { margin-bottom: 3mm; break-inside: avoid; }
.findings { min-height: 30mm; border: 0.75pt solid #000; padding: 1.4mm 2mm; }
.keep-next { break-after: avoid; }
.clause { font-size: 9.5pt; line-height: 1.45; }
.notice-text { margin: 0 0 1mm; text-indent: 2em; }
ol.terms { margin: 0; padding-left: 6mm; }
`;
