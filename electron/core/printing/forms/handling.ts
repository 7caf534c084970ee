/**
 * 投诉处理记录表: carried to the responsible department, which writes what
 * it did on it and signs; it comes back to the desk and into the archive
 * (seeds 000 step 3, 002 4.2-4.3), with its callback (002 4.7). The barcode finds the case again.
 */
import { isBlank, type FormData, type PrintCallback } from '../form-data';
import { checks, dateTime, formHeader, grid, longText, text, writeLines, type GridRow } from '../layout';
import { CALLBACK_LABELS, DISPATCH_LABELS, FIELD_LABELS, FORM_TITLES, SECTION_LABELS, SIGNATURE_LABELS } from '../labels';
import type { FormSheet } from '../document';
import { NATURE_CHOICES, SATISFACTION_CHOICES, categoryLabel, channelLabel, type SheetContext } from './shared';

const TITLE = FORM_TITLES.handling;
// Blank, the whole form with its callback part fits one A4 sheet.
const RESULT_LINES = 5;
const BLANK_CONTENT_LINES = 4;

/** Each callback round in two rows; none yet, one blank round to write on. */
function callbackRows(callbacks: readonly PrintCallback[], ctx: SheetContext): GridRow[] {
  const rounds: (PrintCallback | undefined)[] = callbacks.length ? [...callbacks] : [undefined];
  return rounds.flatMap((c) => [
    { pair: [{ label: CALLBACK_LABELS.at, value: dateTime(c?.at, ctx.dates) }, { label: CALLBACK_LABELS.by, value: text(c?.by) }] },
    { wide: { label: CALLBACK_LABELS.satisfaction, value: checks(SATISFACTION_CHOICES, c?.satisfaction) } },
    { wide: { label: CALLBACK_LABELS.comment, value: c ? longText(c.comment) : writeLines(1) } },
  ]);
}

export function handlingSheet(data: FormData, ctx: SheetContext): FormSheet {
  const printable = isBlank(data) ? undefined : data;
  const r = printable?.registration;
  const d = printable?.dispatch;
  const result = printable?.handlingResult;
  const deadline = d?.deadline === undefined ? undefined : `<strong>${dateTime(d.deadline, ctx.dates)}</strong>`;
  const body =
    formHeader({
      organisation: data.organisation,
      title: TITLE,
      number: r?.number,
      printedAt: r ? ctx.printedAt : undefined,
      dates: ctx.dates,
    }) +
    grid([
      { section: SECTION_LABELS.caseSummary },
      { pair: [{ label: FIELD_LABELS.receivedAt, value: dateTime(r?.receivedAt, ctx.dates) }, { label: FIELD_LABELS.channel, value: r && text(channelLabel(r.channel)) }] },
      { pair: [{ label: FIELD_LABELS.complainantName, value: text(r?.complainantName) }, { label: FIELD_LABELS.phone, value: text(r?.phone) }] },
      { pair: [{ label: FIELD_LABELS.buildingRoom, value: text(r?.buildingRoom) }, { label: FIELD_LABELS.site, value: text(r?.site) }] },
      { pair: [{ label: FIELD_LABELS.category, value: r && text(categoryLabel(r.category, r.categoryName)) }, { label: FIELD_LABELS.registeredBy, value: text(r?.createdByName) }] },
      { wide: { label: FIELD_LABELS.nature, value: checks(NATURE_CHOICES, printable?.judgment?.nature ?? r?.nature) } },
      { wide: { label: FIELD_LABELS.content, value: r ? longText(r.content) : writeLines(BLANK_CONTENT_LINES) }, long: true },
      { section: SECTION_LABELS.dispatch },
      { pair: [{ label: DISPATCH_LABELS.department, value: text(d?.department) }, { label: DISPATCH_LABELS.person, value: text(d?.person) }] },
      { pair: [{ label: DISPATCH_LABELS.dispatchedAt, value: dateTime(d?.dispatchedAt, ctx.dates) }, { label: DISPATCH_LABELS.deadline, value: deadline }] },
      ...(d?.dispatchedBy !== undefined ? [{ wide: { label: DISPATCH_LABELS.dispatchedBy, value: text(d.dispatchedBy) } }] : []),
      ...(d?.instructions !== undefined ? [{ wide: { label: DISPATCH_LABELS.instructions, value: longText(d.instructions) }, long: true }] : []),
      { section: `${SECTION_LABELS.handlingResult}(由责任部门填写)` },
      {
        wide: { label: DISPATCH_LABELS.result, value: result ? longText(result.summary) + writeLines(2) : writeLines(RESULT_LINES) },
        long: true,
      },
      { pair: [{ label: DISPATCH_LABELS.completedAt, value: dateTime(result?.completedAt, ctx.dates) }, { label: DISPATCH_LABELS.handledBy, value: text(result?.handledBy) }] },
      // 002 4.7: the form goes to the company at month end with the callback written on it.
      { section: SECTION_LABELS.callbacks },
      ...callbackRows(printable?.callbacks ?? [], ctx),
      { pair: [{ label: DISPATCH_LABELS.departmentHead }, { label: SIGNATURE_LABELS.date }] },
    ]);
  return { title: TITLE, organisation: data.organisation, number: r?.number, body };
}
