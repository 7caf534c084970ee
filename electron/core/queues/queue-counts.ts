import { caseListQuerySchema } from '../../../shared/contract';
import { QUEUE_COUNT_ALIASES, QUEUES, type QueueCounts, type QueueName } from '../../../shared/schemas/lifecycle';
import type { Db } from '../db/connection';
import { listCases, type ReadContext } from '../cases/case-queries';

/** How many cases wait in each work queue of the home screen, for the person at the desk. */
export function queueCounts(db: Db, read: ReadContext): QueueCounts {
  const counts = {} as Record<QueueName, number>;
  for (const queue of QUEUES) {
    counts[queue] = listCases(db, caseListQuerySchema.parse({ queue, limit: 1 }), read).total;
  }
  const aliases = Object.fromEntries(Object.entries(QUEUE_COUNT_ALIASES).map(([alias, queue]) => [alias, counts[queue]]));
  return { ...counts, ...(aliases as Record<keyof typeof QUEUE_COUNT_ALIASES, number>) };
}
