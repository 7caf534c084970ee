/**
 * The response clock (响应, seed 004: someone at the customer within [X] minutes) runs from receipt until
 * the case is first taken up: dispatched to the department that handles it, accepted, resolved, a
 * special plan made, or the customer contacted or a handling step recorded. Classifying it at the desk
 * (判定) is not a response: the customer has not been answered yet.
 */
import type { FollowupKind } from '../../../shared/domain';
import type { TransitionAction } from '../../../shared/schemas/lifecycle';

const TAKE_UP_MOVES: ReadonlySet<TransitionAction> = new Set(['dispatch', 'accept', 'resolve', 'resolve_on_the_spot', 'plan']);
const TAKE_UP_FOLLOWUPS: ReadonlySet<FollowupKind> = new Set(['contact', 'handling', 'progress_told', 'result_feedback']);

/** `respondedAt` to write when this is the case's first response; nothing otherwise. */
export function responseFields(respondedAt: number | null, taken: { move: TransitionAction } | { followup: FollowupKind }, at: number): { respondedAt?: number } {
  if (respondedAt !== null) return {};
  const takesUp = 'move' in taken ? TAKE_UP_MOVES.has(taken.move) : TAKE_UP_FOLLOWUPS.has(taken.followup);
  return takesUp ? { respondedAt: at } : {};
}
