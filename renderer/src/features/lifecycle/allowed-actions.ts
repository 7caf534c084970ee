/**
 * Which moves the case page offers. The rules are the core's own table
 * (shared/rules/transitions.ts), so the buttons can never offer what the
 * core would refuse for the case's state.
 */
import type { CaseDetail } from '../../../../shared/contract';
import type { TransitionAction } from '../../../../shared/schemas/lifecycle';
import { ALLOWED_FROM } from '../../../../shared/rules/transitions';

/** In the order a case usually goes, then the moves that can happen at any time. */
const ORDER: readonly TransitionAction[] = [
  'judge',
  'refer_to_manager',
  'resolve_on_the_spot',
  'dispatch',
  'accept',
  'pause',
  'resume',
  'resolve',
  'verify',
  'close',
  'summarise',
  'reopen',
  'escalate',
  'plan',
  'refer_to_company',
  'decide_referral',
];

/** The moves that stand out as the next step; the rest are secondary buttons. */
export const MAIN_ACTIONS: ReadonlySet<TransitionAction> = new Set(['judge', 'dispatch', 'accept', 'resolve', 'verify', 'close']);

export function availableActions(
  detail: Pick<CaseDetail, 'status' | 'pausedAt' | 'referredToCompany' | 'referralDecidedAt' | 'verificationPending' | 'voided' | 'mergedInto'>,
): TransitionAction[] {
  // A voided or merged case is restored before anything else is done with it.
  if (detail.voided || detail.mergedInto) return [];
  return ORDER.filter((action) => {
    if (!ALLOWED_FROM[action].includes(detail.status)) return false;
    if (action === 'pause') return detail.pausedAt === null;
    if (action === 'resume') return detail.pausedAt !== null;
    if (action === 'refer_to_company') return !detail.referredToCompany;
    if (action === 'decide_referral') return detail.referredToCompany && detail.referralDecidedAt === null;
    // A result waiting for verification is verified (or sent back) before anything closes it.
    if (action === 'verify') return detail.verificationPending;
    if (action === 'close') return !detail.verificationPending;
    return true;
  });
}

