/** Which deadline rule applies to a case: its nature and category, else its nature for any category. */
import type { DeadlineUnit } from '../../../shared/domain';
import type { Db } from '../db/connection';
import type { Duration } from '../calendar/working-calendar';
import { prepared } from '../db/prepared';

interface RuleRow {
  category: string;
  response_amount: number | null;
  response_unit: DeadlineUnit | null;
  resolution_amount: number | null;
  resolution_unit: DeadlineUnit | null;
}

export interface ApplicableRule {
  response: Duration | null;
  resolution: Duration | null;
}

export function ruleFor(db: Db, nature: string, category: string): ApplicableRule {
  const rows = prepared(
    db,
    `SELECT category, response_amount, response_unit, resolution_amount, resolution_unit
       FROM deadline_rules WHERE deleted = 0 AND nature = ? AND category IN (?, '*')
      ORDER BY category = '*'`,
  ).all(nature, category) as RuleRow[];
  const rule = rows[0];
  if (!rule) return { response: null, resolution: null };
  return {
    response: rule.response_amount && rule.response_unit ? { amount: rule.response_amount, unit: rule.response_unit } : null,
    resolution:
      rule.resolution_amount && rule.resolution_unit ? { amount: rule.resolution_amount, unit: rule.resolution_unit } : null,
  };
}
