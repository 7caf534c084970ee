/**
 * 工程整改通知单 (seed 003): sent to a construction contractor, which must be
 * on site within four hours, put the defect right by the date required and
 * return the signed notice; the fine terms (not less than 5000 yuan) are
 * printed on it so the contractor signs for them.
 */
import { isBlank, type FormData } from '../form-data';
import { dateTime, formHeader, grid, longText, text, writeLines } from '../layout';
import { escapeHtml } from '../html';
import { formatYuan } from '../format';
import { FIELD_LABELS, FORM_TITLES, NOTICE_LABELS, NOTICE_TEXT, SECTION_LABELS } from '../labels';
import type { FormSheet } from '../document';
import type { SheetContext } from './shared';

const TITLE = FORM_TITLES['rectification-notice'];
export const DEFAULT_MINIMUM_FINE_YUAN = 5000;

function fineTerms(minimumYuan: number): string {
  const terms = NOTICE_TEXT.fineTerms.map((term) => `<li>${term}</li>`).join('');
  return `<div class="clause"><p class="notice-text">${escapeHtml(NOTICE_TEXT.fineIntro(formatYuan(minimumYuan)))}</p><ol class="terms">${terms}</ol></div>`;
}

export function rectificationNoticeSheet(data: FormData, ctx: SheetContext): FormSheet {
  const printable = isBlank(data) ? undefined : data;
  const r = printable?.registration;
  const n = printable?.rectification;
  const location = n?.location ?? r?.buildingRoom;
  const minimumFine = Math.max(n?.minimumFineYuan ?? DEFAULT_MINIMUM_FINE_YUAN, DEFAULT_MINIMUM_FINE_YUAN);
  const L = NOTICE_LABELS;
  const body =
    formHeader({
      organisation: data.organisation,
      title: TITLE,
      // The notice's own number, so its barcode opens it (the search finds a case by its notices' numbers).
      number: n?.noticeNumber ?? r?.number,
      ...(n?.noticeNumber ? { numberLabel: L.noticeNumber } : {}),
      printedAt: r ? ctx.printedAt : undefined,
      dates: ctx.dates,
    }) +
    grid([
      { pair: [{ label: L.noticeNumber, value: text(n?.noticeNumber) }, { label: FIELD_LABELS.number, value: text(r?.number) }] },
      { pair: [{ label: L.contractor, value: text(n?.contractor) }, { label: L.project, value: text(n?.project ?? r?.site) }] },
      { pair: [{ label: L.location, value: text(location) }, { label: L.owner, value: text(r?.complainantName) }] },
      { pair: [{ label: L.contact, value: text(n?.contact) }, { label: L.issuedBy, value: text(n?.issuedBy) }] },
      { pair: [{ label: L.issuedAt, value: dateTime(n?.issuedAt, ctx.dates) }, { label: L.onSiteBy, value: dateTime(n?.onSiteBy, ctx.dates) }] },
      { wide: { label: L.requiredBy, value: n?.requiredBy === undefined ? undefined : `<strong>${dateTime(n.requiredBy, ctx.dates)}</strong>` } },
      { wide: { label: L.issue, value: n ? longText(n.issue) : writeLines(2) }, long: true },
      { wide: { label: L.requirements, value: n?.requirements !== undefined ? longText(n.requirements) : writeLines(2) }, long: true },
      { section: SECTION_LABELS.notice },
      { wide: { label: L.onSite, value: `<p class="clause notice-text">${escapeHtml(NOTICE_TEXT.onSite)}</p>` } },
      { wide: { label: L.fineHeading, value: fineTerms(minimumFine) } },
      { pair: [{ label: L.receivedBy }, { label: L.receivedAt }] },
      { section: SECTION_LABELS.contractorReply },
      { wide: { label: L.reply, value: writeLines(2) } },
      { pair: [{ label: L.contractorSign }, { label: L.date }] },
      { pair: [{ label: L.inspector }, { label: L.date }] },
      { pair: [{ label: L.ownerConfirm }, { label: L.date }] },
    ]);
  return { title: TITLE, organisation: data.organisation, number: r?.number, body };
}
