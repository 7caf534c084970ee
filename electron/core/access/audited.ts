/**
 * Printing and exporting customer data leave a line in the access log, and
 * exporting in bulk needs its own permission (seed 003: customer files are
 * queried and signed for under a strict system).
 */
import type { PrintRequest } from '../../../shared/schemas/printing';
import type { CoreContext } from '../context';
import { logAccess } from './access-log';
import { assertPermission } from './permission-check';

/** A batch of cases printed is an export of their customers' data; one case's form, or a blank one, is a print. */
export function auditPrint(ctx: CoreContext, request: PrintRequest): void {
  if (request.caseIds && request.caseIds.length > 1) {
    assertPermission(ctx, 'export_customer_data');
    logAccess(ctx, { action: 'export', detail: `${request.kind} × ${request.caseIds.length}` });
    return;
  }
  const caseId = request.caseId ?? request.caseIds?.[0] ?? null;
  logAccess(ctx, { action: 'print', caseId, detail: request.blank ? `${request.kind} (blank)` : request.kind });
}

/** What a file export took: its kind and, where it has one, its period or filter. */
export function auditExport(ctx: CoreContext, detail: string): void {
  assertPermission(ctx, 'export_customer_data');
  logAccess(ctx, { action: 'export', detail });
}
