import { caseListQuerySchema, type CaseListQuery } from '../../../shared/contract';
import type { WatchedDeadline } from '../../../shared/domain';
import { QUEUE_COUNT_ALIASES, QUEUES, type ClockKind, type QueueCounts, type QueueName } from '../../../shared/schemas/lifecycle';
import type { Db } from '../db/connection';
import { listCases, seesWholeDesk, type ReadContext } from '../cases/case-queries';
import { callbackClockCounts } from '../callbacks/callback-queries';
import { readSettingValues } from '../settings/setting-values';

const HOUR = 3_600_000;

function count(db: Db, query: Partial<CaseListQuery>, read: ReadContext): number {
  return listCases(db, caseListQuerySchema.parse({ ...query, limit: 1 }), read).total;
}

/** Near and past each kind of limit, for the person's own cases (a manager's: the desk's), as the list's filters count them. */
function clockCounts(db: Db, read: ReadContext): QueueCounts['clocks'] {
  const kind = (deadline: WatchedDeadline) => ({
    dueSoon: count(db, { dueSoon: [deadline], mine: true }, read),
    overdue: count(db, { overdue: [deadline], mine: true }, read),
  });
  const soonMs = readSettingValues(db).dueSoonHours * HOUR;
  const callback = callbackClockCounts(db, read.now, soonMs, seesWholeDesk(db, read.userId) ? undefined : (read.userId ?? undefined));
  return { response: kind('response'), acceptance: kind('acceptance'), resolution: kind('resolution'), callback } satisfies Record<ClockKind, unknown>;
}

/** How many cases wait in each work queue of the home screen, for the person at the desk. */
export function queueCounts(db: Db, read: ReadContext): QueueCounts {
  const counts = {} as Record<QueueName, number>;
  for (const queue of QUEUES) counts[queue] = count(db, { queue }, read);
  const aliases = Object.fromEntries(Object.entries(QUEUE_COUNT_ALIASES).map(([alias, queue]) => [alias, counts[queue]]));
  return { ...counts, ...(aliases as Record<keyof typeof QUEUE_COUNT_ALIASES, number>), clocks: clockCounts(db, read) };
}
