/**
 * 回访记录表: every callback round with the customer's satisfaction in the
 * four levels of seed 003; an unsatisfied round records what must be put
 * right and by when (seed 001 2.7.8). Blank rounds are left to write on.
 */
import { isBlank, type FormData, type PrintCallback } from '../form-data';
import { checks, dateTime, formHeader, grid, longText, signatures, text, writeLines, type GridRow } from '../layout';
import {
  CALLBACK_LABELS,
  CALLBACK_METHOD_LABELS,
  FIELD_LABELS,
  FORM_TITLES,
  SECTION_LABELS,
  SIGNATURE_LABELS,
} from '../labels';
import type { FormSheet } from '../document';
import { SATISFACTION_CHOICES, summary, type SheetContext } from './shared';

const TITLE = FORM_TITLES.callback;
const BLANK_ROUNDS = 2;
const METHOD_CHOICES = Object.entries(CALLBACK_METHOD_LABELS).map(([key, label]) => ({ key, label }));

function round(n: number, c: PrintCallback | undefined, ctx: SheetContext): string {
  const rows: GridRow[] = [
    { section: CALLBACK_LABELS.round(n) },
    { pair: [{ label: CALLBACK_LABELS.at, value: dateTime(c?.at, ctx.dates) }, { label: CALLBACK_LABELS.by, value: text(c?.by) }] },
    { wide: { label: CALLBACK_LABELS.method, value: checks(METHOD_CHOICES, c?.method) } },
    { wide: { label: CALLBACK_LABELS.comment, value: c ? longText(c.comment) : writeLines(3) } },
    { wide: { label: CALLBACK_LABELS.satisfaction, value: checks(SATISFACTION_CHOICES, c?.satisfaction) } },
  ];
  if (!c || c.satisfaction === 'unsatisfied' || c.rectification) {
    rows.push({
      pair: [
        { label: CALLBACK_LABELS.rectification, value: longText(c?.rectification?.requirement) },
        { label: CALLBACK_LABELS.rectificationDeadline, value: dateTime(c?.rectification?.deadline, ctx.dates) },
      ],
    });
  }
  return `<div class="round">${grid(rows)}</div>`;
}

export function callbackSheet(data: FormData, ctx: SheetContext): FormSheet {
  const printable = isBlank(data) ? undefined : data;
  const r = printable?.registration;
  const result = printable?.handlingResult;
  const callbacks = printable?.callbacks ?? [];
  const rounds = callbacks.length
    ? callbacks.map((c, i) => round(i + 1, c, ctx))
    : Array.from({ length: BLANK_ROUNDS }, (_, i) => round(i + 1, undefined, ctx));
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
      { pair: [{ label: FIELD_LABELS.complainantName, value: text(r?.complainantName) }, { label: FIELD_LABELS.phone, value: text(r?.phone) }] },
      { pair: [{ label: FIELD_LABELS.buildingRoom, value: text(r?.buildingRoom) }, { label: FIELD_LABELS.receivedAt, value: dateTime(r?.receivedAt, ctx.dates) }] },
      { wide: { label: FIELD_LABELS.contentSummary, value: r && longText(summary(r.content)) } },
      { wide: { label: CALLBACK_LABELS.resultSummary, value: result ? longText(result.summary) : writeLines(2) }, long: true },
    ]) +
    rounds.join('') +
    signatures([CALLBACK_LABELS.signer, SIGNATURE_LABELS.date]);
  return { title: TITLE, organisation: data.organisation, number: r?.number, body };
}
