/**
 * When a piece of work was done, as the person says it (a follow-up, a resolution, a callback typed in
 * after the fact): now unless given, never in the future, never before the case could have had it. The
 * change log keeps when it was typed beside it.
 */
import { fieldError } from '../errors';

/** A clock a minute apart from the PC's still says "now". */
const SLACK_MS = 60_000;

export function whenDone(now: number, given: number | undefined, notBefore: number, path: string): number {
  if (given === undefined) return now;
  if (given > now + SLACK_MS) throw fieldError(path, 'errors.doneInFuture', 'Work cannot have been done in the future');
  if (given < notBefore) throw fieldError(path, 'errors.doneTooEarly', 'Work cannot have been done before the step it follows');
  return Math.min(given, now);
}
