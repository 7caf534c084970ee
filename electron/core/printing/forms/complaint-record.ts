/** 客户投诉记录表: the registration, as the desk takes it down (seeds 001 2.3, 000 step 2). */
import { isBlank, type FormData } from '../form-data';
import { checks, dateTime, formHeader, grid, longText, signatures, text, writeLines } from '../layout';
import { FIELD_LABELS, FORM_TITLES, SIGNATURE_LABELS } from '../labels';
import type { FormSheet } from '../document';
import { CHANNEL_CHOICES, NATURE_CHOICES, categoryLabel, type SheetContext } from './shared';

const TITLE = FORM_TITLES['complaint-record'];
const BLANK_CONTENT_LINES = 16;

export function complaintRecordSheet(data: FormData, ctx: SheetContext): FormSheet {
  const r = isBlank(data) ? undefined : data.registration;
  const body =
    formHeader({
      organisation: data.organisation,
      title: TITLE,
      number: r?.number,
      printedAt: r ? ctx.printedAt : undefined,
      dates: ctx.dates,
    }) +
    grid([
      { pair: [{ label: FIELD_LABELS.receivedAt, value: dateTime(r?.receivedAt, ctx.dates) }, { label: FIELD_LABELS.registeredBy, value: text(r?.createdByName) }] },
      { pair: [{ label: FIELD_LABELS.complainantName, value: text(r?.complainantName) }, { label: FIELD_LABELS.phone, value: text(r?.phone) }] },
      { wide: { label: FIELD_LABELS.email, value: text(r?.email) } },
      { pair: [{ label: FIELD_LABELS.buildingRoom, value: text(r?.buildingRoom) }, { label: FIELD_LABELS.site, value: text(r?.site) }] },
      { wide: { label: FIELD_LABELS.channel, value: checks(CHANNEL_CHOICES, r?.channel) } },
      { pair: [{ label: FIELD_LABELS.category, value: r && text(categoryLabel(r.category, r.categoryName)) }, { label: FIELD_LABELS.deskCode, value: text(r?.deskCode) }] },
      { wide: { label: FIELD_LABELS.nature, value: checks(NATURE_CHOICES, r?.nature) } },
      { wide: { label: FIELD_LABELS.content, value: r ? longText(r.content) : writeLines(BLANK_CONTENT_LINES) }, long: true, tall: !!r },
    ]) +
    signatures([SIGNATURE_LABELS.receiver, SIGNATURE_LABELS.date]);
  return { title: TITLE, organisation: data.organisation, number: r?.number, body };
}
