/**
 * 罚款单 (seed 003): the complaint representative writes the reason and the conditions that hold, the
 * emergency group's coordinator sets the amount (not less than the minimum) and signs, and copies go
 * to the departments that settle it with the contractor (cost control, the economic office, finance,
 * contracts: the settings' list).
 */
import { isBlank, type FormData } from '../form-data';
import { dateTime, formHeader, grid, longText, text, writeLines } from '../layout';
import { escapeHtml } from '../html';
import { formatYuan } from '../format';
import { FINE_LABELS, FORM_TITLES } from '../labels';
import type { FormSheet } from '../document';
import type { SheetContext } from './shared';

const TITLE = FORM_TITLES['fine-slip'];

function list(items: readonly string[]): string {
  return `<ol class="terms">${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ol>`;
}

export function fineSlipSheet(data: FormData, ctx: SheetContext): FormSheet {
  const printable = isBlank(data) ? undefined : data;
  const r = printable?.registration;
  const f = printable?.fine;
  const L = FINE_LABELS;
  const body =
    formHeader({ organisation: data.organisation, title: TITLE, number: r?.number, printedAt: r ? ctx.printedAt : undefined, dates: ctx.dates }) +
    grid([
      { pair: [{ label: L.contractor, value: text(f?.contractor) }, { label: L.noticeNumber, value: text(f?.noticeNumber) }] },
      { pair: [{ label: L.project, value: text(r?.site) }, { label: L.location, value: text(r?.buildingRoom) }] },
      { wide: { label: L.conditions, value: f ? list(f.conditions) : writeLines(3) }, long: true },
      { wide: { label: L.reason, value: f ? longText(f.reason) : writeLines(3) }, long: true },
      { wide: { label: L.amount, value: f ? `<strong>${escapeHtml(formatYuan(f.amountYuan))}</strong>` : undefined } },
      ...(f?.changeReason ? [{ wide: { label: L.changeReason, value: longText(f.changeReason) }, long: true }] : []),
      { pair: [{ label: L.proposedBy, value: text(f?.proposedBy) }, { label: L.proposedAt, value: dateTime(f?.proposedAt, ctx.dates) }] },
      { pair: [{ label: L.approvedBy, value: text(f?.approvedBy) }, { label: L.approvedAt, value: dateTime(f?.approvedAt, ctx.dates) }] },
      { wide: { label: L.copiesTo, value: f ? escapeHtml(f.copiesTo.join('、')) : undefined } },
      { pair: [{ label: L.contractorSign }, { label: L.date }] },
    ]);
  return { title: TITLE, organisation: data.organisation, number: r?.number, body };
}
