/**
 * 客户投诉受理回执: what the desk hands or sends the customer at registration (000: confirm the
 * complaint, tell the process and the expected handling time; 004: a receipt reply to e-mail). The
 * number to quote, what was taken down, the process, when to expect an answer, whom to ask.
 */
import { wordsZhCN } from '../../../../shared/vocabulary/words.zh-CN';
import { isBlank, type FormData } from '../form-data';
import { dateTime, formHeader, grid, longText, signatures, text, writeLines } from '../layout';
import { FIELD_LABELS, FORM_TITLES, SIGNATURE_LABELS } from '../labels';
import type { FormSheet } from '../document';
import { categoryLabel, channelLabel, summary, type SheetContext } from './shared';

const TITLE = FORM_TITLES.acknowledgement;
const WORDS = wordsZhCN.acknowledgement;

export function acknowledgementSheet(data: FormData, ctx: SheetContext): FormSheet {
  const r = isBlank(data) ? undefined : data.registration;
  const expectedBy = isBlank(data) ? undefined : data.acknowledgement?.expectedBy;
  const expected = r ? (expectedBy !== undefined ? dateTime(expectedBy, ctx.dates) : text(WORDS.expectedUnknown)) : '';
  const contact = r ? text(WORDS.contactText.replace('{{org}}', data.organisation.name).replace('{{person}}', r.createdByName)) : '';
  const body =
    formHeader({ organisation: data.organisation, title: TITLE, number: r?.number, printedAt: r ? ctx.printedAt : undefined, dates: ctx.dates }) +
    grid([
      { pair: [{ label: FIELD_LABELS.number, value: text(r?.number) }, { label: FIELD_LABELS.receivedAt, value: dateTime(r?.receivedAt, ctx.dates) }] },
      { pair: [{ label: FIELD_LABELS.complainantName, value: text(r?.complainantName) }, { label: FIELD_LABELS.phone, value: text(r?.phone) }] },
      { pair: [{ label: FIELD_LABELS.buildingRoom, value: text(r?.buildingRoom) }, { label: FIELD_LABELS.site, value: text(r?.site) }] },
      {
        pair: [
          { label: FIELD_LABELS.channel, value: r && text(channelLabel(r.channel)) },
          { label: FIELD_LABELS.category, value: r && text(categoryLabel(r.category, r.categoryName)) },
        ],
      },
      { wide: { label: FIELD_LABELS.content, value: r ? longText(summary(r.content)) : writeLines(4) }, long: true },
      { wide: { label: WORDS.process, value: text(WORDS.processSteps) } },
      { wide: { label: WORDS.expectedBy, value: expected } },
      { wide: { label: WORDS.contact, value: contact } },
    ]) +
    signatures([SIGNATURE_LABELS.receiver, WORDS.stamp, SIGNATURE_LABELS.date]);
  return { title: TITLE, organisation: data.organisation, number: r?.number, body };
}
