import { caseListQuerySchema } from '../../../shared/contract';
import { QUEUES, type QueueName } from '../../../shared/schemas/lifecycle';
import type { Db } from '../db/connection';
import { listCases, type ReadContext } from '../cases/case-queries';

/** How many cases wait in each work queue of the home screen, for the person at the desk. */
export function queueCounts(db: Db, read: ReadContext): Record<QueueName, number> {
  const counts = {} as Record<QueueName, number>;
  for (const queue of QUEUES) {
    counts[queue] = listCases(db, caseListQuerySchema.parse({ queue, limit: 1 }), read).total;
  }
  return counts;
}
