/**
 * The callback rules both sides need: the core refuses a callback made the
 * wrong way, and the form shows only the way that is allowed. Which way a
 * major complaint is called back is the office's rule (setting
 * `majorCallbackMethod`: a home visit by default, as seed 002 asks; '' for any).
 */
import type { CallbackMethod } from '../domain';

/** The method the callback rules insist on for a case of this nature, or null when any method will do. */
export function requiredMethod(nature: string, majorMethod: CallbackMethod | ''): CallbackMethod | null {
  return nature === 'major' && majorMethod !== '' ? majorMethod : null;
}

/** How a callback is made unless the rules say otherwise. */
export function defaultMethod(nature: string, majorMethod: CallbackMethod | ''): CallbackMethod {
  return requiredMethod(nature, majorMethod) ?? 'phone';
}

/**
 * The failed attempts that count towards closing a case as unreachable: an attempt within `gapMinutes`
 * of the last counted one is the same try (three clicks on 无人接听 in one minute are one attempt).
 */
export function countedAttempts(times: readonly number[], gapMinutes: number): number {
  let counted = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (const at of [...times].sort((a, b) => a - b)) {
    if (at - last < gapMinutes * 60_000) continue;
    counted += 1;
    last = at;
  }
  return counted;
}
