/**
 * 客户投诉跟进记录表: the judgment of nature (seed 001 2.4.3) and every
 * follow-up, in a table whose header repeats on each page and whose rows
 * are never cut in two.
 */
import { isBlank, type FormData, type PrintFollowup, type PrintJudgment } from '../form-data';
import { checks, dateTime, formHeader, grid, longText, signatures, text, writeLines, type GridRow } from '../layout';
import {
  COMMUNICATIVE_LABELS,
  FIELD_LABELS,
  FOLLOWUP_COLUMNS,
  FOLLOWUP_KIND_LABELS,
  FORM_TITLES,
  JUDGMENT_LABELS,
  SECTION_LABELS,
  SIGNATURE_LABELS,
} from '../labels';
import type { FormSheet } from '../document';
import { NATURE_CHOICES, categoryLabel, channelLabel, summary, type SheetContext } from './shared';

const TITLE = FORM_TITLES['follow-up'];
const BLANK_ROWS = 6;
const COMMUNICATIVE_CHOICES = Object.entries(COMMUNICATIVE_LABELS).map(([key, label]) => ({ key, label }));

function judgmentRows(j: PrintJudgment | undefined, blank: boolean, ctx: SheetContext): GridRow[] {
  const rows: GridRow[] = [
    { section: SECTION_LABELS.judgment },
    { wide: { label: JUDGMENT_LABELS.nature, value: checks(NATURE_CHOICES, j?.nature) } },
    { wide: { label: JUDGMENT_LABELS.communicative, value: checks(COMMUNICATIVE_CHOICES, j?.communicative) } },
    { pair: [{ label: JUDGMENT_LABELS.judgedBy, value: text(j?.judgedBy) }, { label: JUDGMENT_LABELS.judgedAt, value: dateTime(j?.judgedAt, ctx.dates) }] },
    { wide: { label: JUDGMENT_LABELS.note, value: blank ? writeLines(2) : longText(j?.note) }, long: true },
  ];
  if (blank || j?.nature === 'invalid' || j?.invalidExplanation !== undefined) {
    rows.push({ wide: { label: JUDGMENT_LABELS.invalidExplanation, value: longText(j?.invalidExplanation) }, long: true });
  }
  if (blank || j?.nature === 'major' || j?.escalatedTo !== undefined) {
    rows.push({ wide: { label: JUDGMENT_LABELS.escalatedTo, value: text(j?.escalatedTo) } });
  }
  return rows;
}

function followupRow(f: PrintFollowup, index: number, ctx: SheetContext): string {
  const kind = f.kind === undefined ? '' : text(FOLLOWUP_KIND_LABELS[f.kind] ?? f.kind);
  return (
    `<tr><td class="num">${index + 1}</td><td class="at">${dateTime(f.at, ctx.dates)}</td><td>${kind}</td>` +
    `<td>${longText(f.text)}</td><td>${text(f.by)}</td></tr>`
  );
}

export function followupTable(followups: readonly PrintFollowup[], ctx: SheetContext): string {
  const rows = followups.length
    ? followups.map((f, i) => followupRow(f, i, ctx)).join('')
    : '<tr class="empty"><td></td><td></td><td></td><td></td><td></td></tr>'.repeat(BLANK_ROWS);
  const c = FOLLOWUP_COLUMNS;
  return (
    '<table class="list followups"><colgroup><col style="width:7%"><col style="width:25%"><col style="width:12%"><col><col style="width:11%"></colgroup>' +
    `<thead><tr><th colspan="5">${SECTION_LABELS.followups}</th></tr>` +
    `<tr><th>${c.index}</th><th>${c.at}</th><th>${c.kind}</th><th>${c.text}</th><th>${c.by}</th></tr></thead>` +
    `<tbody>${rows}</tbody></table>`
  );
}

export function followupSheet(data: FormData, ctx: SheetContext): FormSheet {
  const printable = isBlank(data) ? undefined : data;
  const r = printable?.registration;
  const judgment = printable?.judgment ?? (r && r.nature !== 'unjudged' ? { nature: r.nature } : undefined);
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
      { pair: [{ label: FIELD_LABELS.category, value: r && text(categoryLabel(r.category, r.categoryName)) }, { label: FIELD_LABELS.channel, value: r && text(channelLabel(r.channel)) }] },
      { wide: { label: FIELD_LABELS.contentSummary, value: r && longText(summary(r.content)) } },
      ...judgmentRows(judgment, !printable, ctx),
    ]) +
    followupTable(printable?.followups ?? [], ctx) +
    signatures([JUDGMENT_LABELS.verifier, SIGNATURE_LABELS.date]);
  return { title: TITLE, organisation: data.organisation, number: r?.number, body };
}
