/**
 * case -> printable HTML. Plain Node, no Electron: the print window (main
 * process) and the browser host both call this, load the HTML, wait for
 * WAIT_FOR_PRINT_READY, and print with `pdfSettings(form)`.
 */
import { renderDocument, type FormSheet, type RenderOptions, type RenderedForm } from './document';
import type { FormData, PrintableCase } from './form-data';
import { FORM_TITLES } from './labels';
import { callbackSheet } from './forms/callback';
import { complaintRecordSheet } from './forms/complaint-record';
import { followupSheet } from './forms/follow-up';
import { handlingSheet } from './forms/handling';
import { rectificationNoticeSheet } from './forms/rectification-notice';
import { acknowledgementSheet } from './forms/acknowledgement';
import { fineSlipSheet } from './forms/fine-slip';
import type { SheetContext } from './forms/shared';

export type FormKind = keyof typeof FORM_TITLES;
export const FORM_KINDS = Object.keys(FORM_TITLES) as FormKind[];

const SHEETS: Record<FormKind, (data: FormData, ctx: SheetContext) => FormSheet> = {
  'complaint-record': complaintRecordSheet,
  handling: handlingSheet,
  'follow-up': followupSheet,
  callback: callbackSheet,
  'rectification-notice': rectificationNoticeSheet,
  'fine-slip': fineSlipSheet,
  acknowledgement: acknowledgementSheet,
};

export function isFormKind(value: unknown): value is FormKind {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SHEETS, value);
}

function context(options: RenderOptions): SheetContext {
  return { dates: { timeZone: options.timeZone }, printedAt: options.printedAt ?? Date.now() };
}

/**
 * One form for one case, or a blank one (`{ blank: true, organisation }`)
 * to fill in by hand. Returns the HTML document and the header/footer
 * templates to pass to the PDF call.
 */
export function renderForm(kind: FormKind, data: FormData, options: RenderOptions): RenderedForm {
  return renderDocument([SHEETS[kind](data, context(options))], options);
}

/** The same form for several cases in one document, each case starting on a new page. */
export function renderBatch(kind: FormKind, cases: readonly FormData[], options: RenderOptions): RenderedForm {
  const ctx = context(options);
  return renderDocument(
    cases.map((data) => SHEETS[kind](data, ctx)),
    options,
  );
}

/** The handling forms of a morning's dispatches, printed in one go. */
export function renderHandlingBatch(cases: readonly PrintableCase[], options: RenderOptions): RenderedForm {
  return renderBatch('handling', cases, options);
}
