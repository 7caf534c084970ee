/**
 * Printing as the UI asks for it: one case's form, a blank form, or a batch.
 * The core renders the HTML; the host turns it into a PDF (Electron's
 * hidden print window, or Chromium in the browser host) and, in the desktop
 * app, prints it through the system dialog or saves it where the person says.
 */
import type { PrintRequest } from '../../../shared/schemas/printing';
import type { CoreContext } from '../context';
import { DomainError } from '../errors';
import { readDesk } from '../desk/desk';
import { printableCase } from './printable-from-core';
import { FORM_TITLES } from './labels';
import { renderBatch, renderForm, renderHandlingBatch } from './render-form';
import { renderDocument, type RenderedForm } from './document';
import { STATS_SUMMARY_TITLE, statsSummarySheet } from './forms/stats-summary';
import { computeStats } from '../stats/compute-stats';
import { findingsFor } from '../stats/period-findings';
import { periodFileName } from '../stats/stats-labels';
import { contractorReport } from '../contractors/contractor-report';
import { CONTRACTOR_REPORT_TITLE, contractorReportSheet } from './forms/contractor-report';
import { readSettingValues } from '../settings/setting-values';
import type { StatsQuery } from '../../../shared/schemas/stats';

export interface PrintPort {
  /** Where the rendered document finds the bundled font: a file:, app: or http: URL ending in `/`. */
  assetBaseUrl: string;
  toPdf(form: RenderedForm): Promise<Uint8Array>;
  /** The system print dialog; false when the person cancels. */
  print?(form: RenderedForm): Promise<boolean>;
  /** A save dialog; the chosen path, or null when cancelled. */
  savePdf?(pdf: Uint8Array, suggestedName: string): Promise<string | null>;
}

function port(ctx: CoreContext): PrintPort {
  if (!ctx.ports?.print) throw new DomainError('UNSUPPORTED', 'This host cannot print');
  return ctx.ports.print;
}

export function renderRequest(ctx: CoreContext, request: PrintRequest): { form: RenderedForm; fileName: string } {
  // The desk's own time zone: the host runs on the desk's PC, so it is the process's zone.
  const options = { assetBaseUrl: port(ctx).assetBaseUrl, printedAt: ctx.now(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  const title = FORM_TITLES[request.kind];
  if (request.blank) {
    const organisation = { name: readDesk(ctx.db).orgName ?? '' };
    return { form: renderForm(request.kind, { blank: true, organisation }, options), fileName: `${title}-空白.pdf` };
  }
  if (request.caseIds) {
    const cases = request.caseIds.map((id) => printableCase(ctx.db, id, ctx.now()));
    const form = request.kind === 'handling' ? renderHandlingBatch(cases, options) : renderBatch(request.kind, cases, options);
    return { form, fileName: `${title}-${cases.length}份.pdf` };
  }
  const printable = printableCase(ctx.db, request.caseId!, ctx.now(), { noticeId: request.noticeId, fineId: request.fineId });
  return { form: renderForm(request.kind, printable, options), fileName: `${title}-${printable.registration.number}.pdf` };
}

/** The monthly summary (客户服务信息统计分析汇总表) of a period, as the statistics screen shows it, with the findings kept with it (or drafted). */
export async function statsSummaryPdf(ctx: CoreContext, query: StatsQuery): Promise<{ fileName: string; pdfBase64: string }> {
  const stats = computeStats(ctx.db, { ...query, now: ctx.now(), satisfiedLevels: readSettingValues(ctx.db).satisfiedLevels });
  const options = { assetBaseUrl: port(ctx).assetBaseUrl, printedAt: ctx.now(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  const findings = findingsFor(ctx.db, stats).text;
  const form = renderDocument([statsSummarySheet(stats, { dates: { timeZone: options.timeZone }, printedAt: options.printedAt }, findings)], options);
  const pdf = await port(ctx).toPdf(form);
  return { fileName: periodFileName(STATS_SUMMARY_TITLE, query.from, query.to, 'pdf'), pdfBase64: Buffer.from(pdf).toString('base64') };
}

/** 施工单位月度报告 of a period, as the statistics screen shows it, to print or keep. */
export async function contractorReportPdf(ctx: CoreContext, period: { from: number; to: number }): Promise<{ fileName: string; pdfBase64: string }> {
  const report = contractorReport(ctx.db, { ...period, now: ctx.now() });
  const options = { assetBaseUrl: port(ctx).assetBaseUrl, printedAt: ctx.now(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  const sheet = contractorReportSheet(report, { ...period, orgName: readDesk(ctx.db).orgName ?? '' }, { dates: { timeZone: options.timeZone }, printedAt: options.printedAt });
  const pdf = await port(ctx).toPdf(renderDocument([sheet], options));
  return { fileName: periodFileName(CONTRACTOR_REPORT_TITLE, period.from, period.to, 'pdf'), pdfBase64: Buffer.from(pdf).toString('base64') };
}

export async function printToPdf(ctx: CoreContext, request: PrintRequest): Promise<{ fileName: string; pdfBase64: string }> {
  const { form, fileName } = renderRequest(ctx, request);
  const pdf = await port(ctx).toPdf(form);
  return { fileName, pdfBase64: Buffer.from(pdf).toString('base64') };
}

export async function printWithDialog(ctx: CoreContext, request: PrintRequest): Promise<{ printed: boolean }> {
  const print = port(ctx).print;
  if (!print) throw new DomainError('UNSUPPORTED', 'This host has no print dialog: print the PDF from the preview');
  return { printed: await print(renderRequest(ctx, request).form) };
}

export async function saveAsPdf(ctx: CoreContext, request: PrintRequest): Promise<{ path: string | null }> {
  const { savePdf } = port(ctx);
  if (!savePdf) throw new DomainError('UNSUPPORTED', 'This host has no save dialog: download the PDF from the preview');
  const { form, fileName } = renderRequest(ctx, request);
  return { path: await savePdf(await port(ctx).toPdf(form), fileName) };
}
