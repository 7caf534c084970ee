/**
 * The checks a case's values need beyond their schema, because they depend
 * on the book or the clock: the category must be one the office uses, and a
 * receipt time can be neither in the future nor (without the person's
 * confirmation) long ago. Registration and corrections both run them.
 */
import type { Db } from '../db/connection';
import { prepared } from '../db/prepared';
import { fieldError } from '../errors';
import { readSettingValues } from '../settings/setting-values';

const DAY = 86_400_000;
/** A clock a minute fast at the desk that typed it is not "the future". */
const CLOCK_TOLERANCE_MS = 60_000;

export function assertActiveCategory(db: Db, category: string): void {
  if (!prepared(db, 'SELECT 1 FROM categories WHERE id = ? AND active = 1 AND deleted = 0').get(category)) {
    throw fieldError('category', 'errors.unknownCategory', `No active category ${category}`);
  }
}

/** Every person named exists in the book (a leader, a team member, a measure's owner, an assignee). */
export function assertKnownPeople(db: Db, ids: readonly string[], path: string): void {
  const known = prepared(db, 'SELECT 1 FROM users WHERE id = ? AND deleted = 0');
  if (ids.some((id) => !known.get(id))) throw fieldError(path, 'errors.unknownPerson', 'No such person');
}

/** Every department named exists in the book. */
export function assertKnownDepartments(db: Db, ids: readonly string[], path: string): void {
  const known = prepared(db, 'SELECT 1 FROM departments WHERE id = ? AND deleted = 0');
  if (ids.some((id) => !known.get(id))) throw fieldError(path, 'errors.unknownDepartment', 'No such department');
}

export function assertPlausibleReceivedAt(db: Db, receivedAt: number, now: number, confirmedOld: boolean): void {
  if (receivedAt > now + CLOCK_TOLERANCE_MS) {
    throw fieldError('receivedAt', 'errors.receivedAtFuture', 'The receipt time is in the future');
  }
  const days = readSettingValues(db).receivedAtConfirmDays;
  if (!confirmedOld && receivedAt < now - days * DAY) {
    throw fieldError('receivedAt', 'errors.receivedAtOld', `The receipt time is more than ${days} days ago: confirm it`);
  }
}
