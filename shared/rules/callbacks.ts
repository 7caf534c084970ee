/**
 * The callback rules both sides need: the core refuses a callback made the
 * wrong way, and the form shows only the way that is allowed.
 */
import type { CallbackMethod } from '../domain';

/** The method the callback rules insist on: a major complaint is called back by a home visit (seed 002). */
export function requiredMethod(nature: string): CallbackMethod | null {
  return nature === 'major' ? 'home_visit' : null;
}

/** How a callback is made unless the rules say otherwise. */
export function defaultMethod(nature: string): CallbackMethod {
  return requiredMethod(nature) ?? 'phone';
}
