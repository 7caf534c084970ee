/** Which deadline rule applies to a case: its nature and category, else its nature for any category. */
import type { DeadlineClock, DeadlineUnit } from '../../../shared/domain';
import type { Db } from '../db/connection';
import type { Duration } from '../calendar/working-calendar';
import { prepared } from '../db/prepared';

interface RuleRow {
  category: string;
  clock: DeadlineClock;
  response_amount: number | null;
  response_unit: DeadlineUnit | null;
  acceptance_amount: number | null;
  acceptance_unit: DeadlineUnit | null;
  resolution_amount: number | null;
  resolution_unit: DeadlineUnit | null;
}

export interface ApplicableRule {
  /** What the rule's times count: working time, or elapsed time. */
  clock: DeadlineClock;
  /** From receipt to the first response (响应). */
  response: Duration | null;
  /** From dispatch to the department accepting it (接单). */
  acceptance: Duration | null;
  /** From dispatch to resolution. */
  resolution: Duration | null;
}

function duration(amount: number | null, unit: DeadlineUnit | null): Duration | null {
  return amount && unit ? { amount, unit } : null;
}

export function ruleFor(db: Db, nature: string, category: string): ApplicableRule {
  const rows = prepared(
    db,
    `SELECT category, clock, response_amount, response_unit, acceptance_amount, acceptance_unit, resolution_amount, resolution_unit
       FROM deadline_rules WHERE deleted = 0 AND nature = ? AND category IN (?, '*')`,
  ).all(nature, category) as RuleRow[];
  // The category's own rule before the nature's general one ('*'), picked here: an ORDER BY costs a sorter, which
  // was a twentieth of a registration's time for at most two rows.
  const rule = rows.find((row) => row.category !== '*') ?? rows[0];
  if (!rule) return { clock: 'working', response: null, acceptance: null, resolution: null };
  return {
    clock: rule.clock === 'elapsed' ? 'elapsed' : 'working',
    response: duration(rule.response_amount, rule.response_unit),
    acceptance: duration(rule.acceptance_amount, rule.acceptance_unit),
    resolution: duration(rule.resolution_amount, rule.resolution_unit),
  };
}
