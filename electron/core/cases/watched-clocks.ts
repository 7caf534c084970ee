/**
 * The response (响应) and acceptance (接单) clocks beside the handling deadline (deadline-state.ts), each
 * worked out twice like it: in TypeScript for the rows a read returns, and as SQL for the list's filters
 * and the home screen's counts, side by side because they must say the same thing.
 *
 * - Response runs from receipt until the case is first taken up (respondedAt, lifecycle/response.ts),
 *   while it waits before dispatch. A case dispatched, resolved or contacted before respondedAt existed
 *   (schema 13) was taken up too, so the status and the first contact count as well: no rewrite of old books.
 * - Acceptance runs from dispatch while the case waits for its department to accept it (已派单).
 */
import type { CaseStatus } from '../../../shared/domain';
import type { DeadlineState } from '../../../shared/schemas/cases';
import { throughIndex } from './through-index';

/** The states before anyone takes the case up. */
const BEFORE_TAKE_UP: readonly CaseStatus[] = ['registered', 'awaiting_manager', 'judged'];

export interface WatchedClockRow {
  status: CaseStatus;
  voided: boolean;
  mergedInto: string | null;
  responseDueAt: number | null;
  respondedAt: number | null;
  firstContactAt: number | null;
  acceptanceDueAt: number | null;
}

function stateOf(dueAt: number, now: number, soonMs: number): DeadlineState {
  if (now > dueAt) return 'overdue';
  return dueAt - now <= soonMs ? 'due_soon' : 'ok';
}

export function responseState(row: WatchedClockRow, now: number, soonMs: number): DeadlineState {
  if (row.voided || row.mergedInto || !BEFORE_TAKE_UP.includes(row.status)) return 'none';
  if (row.respondedAt !== null || row.firstContactAt !== null || row.responseDueAt === null) return 'none';
  return stateOf(row.responseDueAt, now, soonMs);
}

export function acceptanceState(row: WatchedClockRow, now: number, soonMs: number): DeadlineState {
  if (row.voided || row.mergedInto || row.status !== 'dispatched' || row.acceptanceDueAt === null) return 'none';
  return stateOf(row.acceptanceDueAt, now, soonMs);
}

/** Matches the partial indexes of migration 013 (an active case: `excluded = 0`), so the counts read only waiting cases. */
export const RESPONSE_RUNNING = `c.excluded = 0 AND c.status IN ('registered', 'awaiting_manager', 'judged')
  AND c.responded_at IS NULL AND c.first_contact_at IS NULL AND c.response_due_at IS NOT NULL`;
export const ACCEPTANCE_RUNNING = `c.excluded = 0 AND c.status = 'dispatched' AND c.acceptance_due_at IS NOT NULL`;

/** The partial indexes of migration 013: exactly the cases whose response or acceptance clock runs. */
export const RESPONSE_INDEX = 'cases_awaiting_response';
export const ACCEPTANCE_INDEX = 'cases_awaiting_acceptance';

/** The cases whose clock runs and whose limit falls in `range`, found through the clock's own index. */
function runningClock(index: string, running: string, range: string): string {
  return throughIndex(index, `${running} AND ${range}`);
}

export function responseOverdueCondition(now: number, params: unknown[]): string {
  params.push(now);
  return runningClock(RESPONSE_INDEX, RESPONSE_RUNNING, 'c.response_due_at < ?');
}

export function acceptanceOverdueCondition(now: number, params: unknown[]): string {
  params.push(now);
  return runningClock(ACCEPTANCE_INDEX, ACCEPTANCE_RUNNING, 'c.acceptance_due_at < ?');
}

/** A response limit coming within `soonMs`, not passed yet: what the row's state calls due soon. */
export function responseDueSoonCondition(now: number, soonMs: number, params: unknown[]): string {
  params.push(now, now + soonMs);
  return runningClock(RESPONSE_INDEX, RESPONSE_RUNNING, 'c.response_due_at >= ? AND c.response_due_at <= ?');
}

export function acceptanceDueSoonCondition(now: number, soonMs: number, params: unknown[]): string {
  params.push(now, now + soonMs);
  return runningClock(ACCEPTANCE_INDEX, ACCEPTANCE_RUNNING, 'c.acceptance_due_at >= ? AND c.acceptance_due_at <= ?');
}
