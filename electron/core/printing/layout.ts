/**
 * The pieces every form is made of: the header (organisation, title,
 * number, barcode), label/value grids, tick boxes, lines to write on,
 * signature lines. Values reaching these helpers are already escaped HTML
 * (`text()` does it); labels are our own constants.
 */
import { canEncodeCode128B, code128Svg } from './code128';
import { formatDate, formatDateTime, type DateFormatOptions } from './format';
import { escapeHtml, isImageDataUrl, multiline } from './html';
import type { PrintOrganisation } from './form-data';
import { FIELD_LABELS } from './labels';

/** Escaped text, or nothing for a missing value (an empty box on paper). */
export function text(value: string | undefined): string {
  return value === undefined ? '' : escapeHtml(value);
}

export function longText(value: string | undefined): string {
  return value === undefined ? '' : `<div class="text">${multiline(value)}</div>`;
}

export function dateTime(at: number | undefined, options: DateFormatOptions): string {
  return at === undefined ? '' : escapeHtml(formatDateTime(at, options));
}

export function date(at: number | undefined, options: DateFormatOptions): string {
  return at === undefined ? '' : escapeHtml(formatDate(at, options));
}

export interface Cell {
  label: string;
  /** HTML; undefined leaves the box empty to write in. */
  value?: string;
}

/** A grid row: two label/value pairs, one pair across the width, or a section heading. */
export type GridRow =
  | { pair: [Cell, Cell] }
  /** `long`: may break across pages; `tall`: leaves room to add notes by hand. */
  | { wide: Cell; long?: boolean; tall?: boolean }
  | { section: string };

function valueCell(value: string | undefined, colspan = 1): string {
  const span = colspan > 1 ? ` colspan="${colspan}"` : '';
  return value ? `<td${span}>${value}</td>` : `<td${span} class="empty"></td>`;
}

export function grid(rows: GridRow[]): string {
  const body = rows
    .map((row) => {
      if ('section' in row) return `<tr class="section"><th colspan="4" class="section">${row.section}</th></tr>`;
      if ('wide' in row) {
        const classes = [row.long && 'long', row.tall && 'tall'].filter(Boolean).join(' ');
        return `<tr${classes ? ` class="${classes}"` : ''}><th>${row.wide.label}</th>${valueCell(row.wide.value, 3)}</tr>`;
      }
      const [a, b] = row.pair;
      return `<tr><th>${a.label}</th>${valueCell(a.value)}<th>${b.label}</th>${valueCell(b.value)}</tr>`;
    })
    .join('');
  return (
    '<table class="grid"><colgroup><col style="width:19%"><col style="width:31%"><col style="width:19%"><col style="width:31%"></colgroup>' +
    `<tbody>${body}</tbody></table>`
  );
}

/** Tick boxes, as the paper forms have them; `checked` may match none (not judged, blank form). */
export function checks(options: readonly { key: string; label: string }[], checked?: string): string {
  const items = options
    .map(({ key, label }) => `<span class="check"><span class="box">${key === checked ? '√' : ''}</span>${label}</span>`)
    .join('');
  return `<div class="checks">${items}</div>`;
}

export function writeLines(count: number): string {
  return `<div class="lines">${'<div class="line"></div>'.repeat(count)}</div>`;
}

/** Signature and date lines, two to a row. */
export function signatures(labels: readonly string[]): string {
  const items = labels.map((label) => `<div class="sign"><span>${label}:</span><span class="blank"></span></div>`).join('');
  return `<div class="signs">${items}</div>`;
}

export interface HeaderInput {
  organisation: PrintOrganisation;
  title: string;
  /** Missing on blank forms: a line to write the number on, and no barcode. */
  number?: string;
  /** False for a form that belongs to no case (the monthly summary): no number line at all. */
  numbered?: boolean;
  /** What the number is, when it is not the complaint's (a notice's 通知单编号). */
  numberLabel?: string;
  printedAt?: number;
  dates: DateFormatOptions;
}

export function formHeader(input: HeaderInput): string {
  const numberLabel = input.numberLabel ?? FIELD_LABELS.number;
  const logo =
    input.organisation.logoDataUrl && isImageDataUrl(input.organisation.logoDataUrl)
      ? `<img src="${escapeHtml(input.organisation.logoDataUrl)}" alt="">`
      : '';
  const barcode =
    input.number && canEncodeCode128B(input.number)
      ? `<div class="code">${code128Svg(input.number, { label: `${numberLabel} ${input.number}` })}<div>${escapeHtml(input.number)}</div></div>`
      : '';
  const number = input.number ? escapeHtml(input.number) : '<span class="blank"></span>';
  const numberLine = input.numbered === false ? '<span></span>' : `<span>${numberLabel}:${number}</span>`;
  const printed =
    input.printedAt === undefined ? '' : `<span>${FIELD_LABELS.printedAt}:${dateTime(input.printedAt, input.dates)}</span>`;
  return (
    '<header class="form-header">' +
    `<div class="org">${logo}<span>${escapeHtml(input.organisation.name)}</span></div>` +
    `<div class="title-row"><h1>${input.title}</h1>${barcode}</div>` +
    `<div class="meta">${numberLine}${printed}</div>` +
    '</header>'
  );
}
