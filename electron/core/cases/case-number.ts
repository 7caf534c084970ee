import type { Db } from '../db/connection';
import { prepared } from '../db/prepared';

/** `A-202611`: desk code and the year-month of registration, in the desk's local time. */
export function caseNumberPrefix(deskCode: string, registeredAt: number): string {
  const date = new Date(registeredAt);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  return `${deskCode}-${date.getFullYear()}${month}`;
}

/**
 * The next number for this desk and month, e.g. `A-202611-0007`. Unique
 * across desks because the desk code is part of it; sequential because the
 * counter moves inside the registering transaction.
 */
export function nextCaseNumber(db: Db, deskCode: string, registeredAt: number): string {
  if (!db.inTransaction) throw new Error('nextCaseNumber must run inside the registering transaction');
  const prefix = caseNumberPrefix(deskCode, registeredAt);
  const { last } = prepared(
    db,
    `INSERT INTO case_number_counters (prefix, last) VALUES (?, 1)
     ON CONFLICT (prefix) DO UPDATE SET last = last + 1
     RETURNING last`,
  ).get(prefix) as { last: number };
  return `${prefix}-${String(last).padStart(4, '0')}`;
}
