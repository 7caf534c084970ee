/**
 * Personal data shown by need (seed 000: customer information is kept
 * confidential). A role without `view_customer_data` sees phones masked in
 * lists and on the case page (138****8000); the full number of one case is
 * one click away, and that click goes into the access log.
 */
import type { CaseDetail, CaseSummary } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { prepared } from '../db/prepared';
import { DomainError } from '../errors';
import { logAccess } from './access-log';
import { may } from './permission-check';

/** The first three and the last four digits, the rest as stars: enough to tell two customers apart, not to call them. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length === 0) return phone === '' ? '' : '****';
  if (digits.length < 8) return `${'*'.repeat(Math.max(digits.length - 2, 2))}${digits.slice(-2)}`;
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

export function seesPhones(ctx: CoreContext): boolean {
  return may(ctx, 'view_customer_data');
}

/** Rows with a `phone` (case summaries, callbacks), masked unless the person may see them. */
export function withPhonesMasked<T extends { phone: string }>(ctx: CoreContext, rows: T[]): T[] {
  if (seesPhones(ctx)) return rows;
  return rows.map((row) => ({ ...row, phone: maskPhone(row.phone) }));
}

export function maskedDetail(ctx: CoreContext, detail: CaseDetail): CaseDetail {
  if (seesPhones(ctx) || detail.phone === '') return { ...detail, phoneMasked: false };
  return { ...detail, phone: maskPhone(detail.phone), phoneMasked: true };
}

export function maskedSummaries(ctx: CoreContext, page: { rows: CaseSummary[]; total: number }): { rows: CaseSummary[]; total: number } {
  return { ...page, rows: withPhonesMasked(ctx, page.rows) };
}

/** One case's full number, shown on request and logged. */
export function revealPhone(ctx: CoreContext, caseId: string): { phone: string } {
  const phone = prepared(ctx.db, 'SELECT phone FROM cases WHERE id = ? AND deleted = 0', 'pluck').get(caseId) as string | undefined;
  if (phone === undefined) throw new DomainError('NOT_FOUND', `No case with id ${caseId}`);
  logAccess(ctx, { action: 'show_phone', caseId });
  return { phone };
}
