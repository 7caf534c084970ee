/**
 * When the customer may expect an answer (000: tell them the process and the expected handling time).
 * Once dispatched, the case's own deadline; before that, what the deadline rules will give it: the
 * resolution time for its nature (valid when not judged yet) and category, from when it was registered.
 */
import type { CaseDetail } from '../../../shared/contract';
import type { Db } from '../db/connection';
import { dueAfter } from './case-deadlines';

export function expectedHandlingBy(
  db: Db,
  kase: Pick<CaseDetail, 'dueAt' | 'nature' | 'category' | 'site' | 'createdAt' | 'resolvedAt'>,
): number | null {
  if (kase.resolvedAt !== null) return kase.resolvedAt;
  if (kase.dueAt !== null) return kase.dueAt;
  return dueAfter(db, kase, 'resolution', kase.createdAt);
}
