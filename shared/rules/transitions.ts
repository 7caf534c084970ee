/**
 * Which move is allowed from which state, and where it leads. The core
 * refuses anything else, whatever the UI sends.
 *
 *   registered ─judge→ judged ─dispatch→ dispatched ─accept→ in_progress ─resolve→ resolved ─close→ closed
 *        │        (invalid: judge → closed, with the explanation given)           ↑            │
 *        └─refer_to_manager→ awaiting_manager ─judge→ …          reopen ←──────────┴────────────┘
 *
 * A resolved case closes when its callback finds the customer satisfied
 * (callbacks/record-callback.ts); `close` by hand needs that callback done,
 * or a manager's reason why it cannot be made.
 *
 * resolve_on_the_spot (当场解决) takes a registered case to resolved in one step (judged as registered,
 * valid if not said), or to closed where the office does not call such cases back.
 *
 * pause/resume, escalate, refer_to_company, decide_referral, plan and summarise leave the state as it is;
 * decide_referral only once a case was referred and not yet decided.
 *
 * Where the office verifies results (跟踪验证, setting `verifyResults`), a resolved case waits for `verify`
 * before its callback and cannot close; a failed verification sends it back to its department (in_progress).
 */
import type { CaseStatus } from '../domain';
import type { Transition, TransitionAction } from '../schemas/lifecycle';

const OPEN: CaseStatus[] = ['registered', 'awaiting_manager', 'judged', 'dispatched', 'in_progress', 'resolved'];

export const ALLOWED_FROM: Record<TransitionAction, readonly CaseStatus[]> = {
  judge: ['registered', 'awaiting_manager'],
  refer_to_manager: ['registered'],
  dispatch: ['judged', 'dispatched', 'in_progress'],
  accept: ['dispatched'],
  resolve: ['dispatched', 'in_progress'],
  resolve_on_the_spot: ['registered'],
  close: ['resolved'],
  summarise: ['resolved', 'closed'],
  reopen: ['resolved', 'closed'],
  pause: ['dispatched', 'in_progress'],
  resume: ['dispatched', 'in_progress'],
  escalate: OPEN,
  refer_to_company: OPEN,
  decide_referral: OPEN,
  verify: ['resolved'],
  plan: OPEN,
};

export interface CaseState {
  status: CaseStatus;
  paused: boolean;
  hasDepartment: boolean;
  /** The latest callback round is done (or there is none to do). */
  callbackSettled: boolean;
  /** Whether a case resolved on the spot is called back (the setting, yes unless said); otherwise it closes at once. */
  onTheSpotCallback?: boolean;
  /** Referred to the company (上报公司), and whether the company has decided. */
  referred?: boolean;
  referralDecided?: boolean;
  /** The result waits for verification (跟踪验证). */
  verificationPending?: boolean;
}

/** Why a move is not allowed now, or null when it is. */
export function refusal(state: CaseState, transition: Transition): string | null {
  if (!ALLOWED_FROM[transition.action].includes(state.status)) {
    return `cannot ${transition.action} a case that is ${state.status}`;
  }
  if (transition.action === 'pause' && state.paused) return 'the deadline is already paused';
  if (transition.action === 'resume' && !state.paused) return 'the deadline is not paused';
  if (transition.action === 'verify' && !state.verificationPending) return 'the result is not waiting for verification';
  if (transition.action === 'verify' && transition.result === 'failed' && !transition.note) {
    return 'a failed verification needs what is wrong, for the department';
  }
  if (transition.action === 'close' && state.verificationPending) return 'the result has not been verified yet';
  if (transition.action === 'close' && !state.callbackSettled && !transition.callbackException) {
    return 'the customer has not been called back yet';
  }
  if (transition.action === 'decide_referral' && !state.referred) return 'the case was not referred to the company';
  if (transition.action === 'decide_referral' && state.referralDecided) return 'the company has decided on this case already';
  if (transition.action === 'judge' && transition.nature === 'invalid' && !transition.explanation) {
    return 'an invalid complaint needs the explanation given to the customer';
  }
  return null;
}

export function nextStatus(state: CaseState, transition: Transition): CaseStatus {
  switch (transition.action) {
    case 'judge':
      return transition.nature === 'invalid' ? 'closed' : 'judged';
    case 'refer_to_manager':
      return 'awaiting_manager';
    case 'dispatch':
      return 'dispatched';
    case 'accept':
      return 'in_progress';
    case 'resolve':
      return 'resolved';
    case 'resolve_on_the_spot':
      return state.onTheSpotCallback === false ? 'closed' : 'resolved';
    case 'close':
      return 'closed';
    case 'verify':
      return transition.result === 'failed' ? (state.hasDepartment ? 'in_progress' : 'registered') : state.status;
    case 'reopen':
      // Back to its department, which must take it up again; never judged, it is judged again.
      return state.hasDepartment ? 'dispatched' : 'registered';
    case 'pause':
    case 'resume':
    case 'escalate':
    case 'refer_to_company':
    case 'decide_referral':
    case 'plan':
    case 'summarise':
      return state.status;
  }
}
