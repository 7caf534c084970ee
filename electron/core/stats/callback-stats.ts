/**
 * The callback side of a period's statistics: the callback rate over the
 * cases whose callback fell due in the period, satisfaction per case by its
 * last round, and each person's callbacks against the quota of their role.
 * What each number means is in metric-definitions.ts; the counts come from
 * a StatsSource (stats-source.ts).
 */
import { SATISFACTION_LEVELS, type Role, type Satisfaction } from '../../../shared/domain';
import type { CallbackQuotaLine, PeriodStats } from '../../../shared/schemas/stats';
import type { Db } from '../db/connection';
import type { CallbackCounts } from './stats-source';
import { ratio } from './stats-sql';

/** Seed 001: every resolved case is called back. */
export const CALLBACK_TARGET = 1;

/** A person who may owe callbacks: everyone not deleted, in the order they were added. */
export interface StatsPerson {
  id: string;
  name: string;
  role: Role;
  active: boolean;
}

export function readPeople(db: Db): StatsPerson[] {
  const rows = db.prepare('SELECT id, name, role, active FROM users WHERE deleted = 0 ORDER BY created_at, name').all() as {
    id: string;
    name: string;
    role: Role;
    active: number;
  }[];
  return rows.map((row) => ({ ...row, active: row.active === 1 }));
}

export interface CallbackOptions {
  satisfiedLevels: readonly Satisfaction[];
  people: readonly StatsPerson[];
  /** Callbacks a month by role (the callbackQuotas setting). */
  quotas: Partial<Record<Role, number>>;
  /** Whole calendar months in the period; 0 when it is not whole months, and then no quota applies. */
  months: number;
}

/**
 * Active people whose role has a quota, and anyone who made a callback in
 * the period; a quota is the monthly one times the period's whole months.
 */
function quotaLines(byPerson: Map<string, number>, options: CallbackOptions): CallbackQuotaLine[] {
  return options.people
    .filter((person) => (person.active && (options.quotas[person.role] ?? 0) > 0) || byPerson.has(person.id))
    .map((person) => {
      const done = byPerson.get(person.id) ?? 0;
      const monthly = options.quotas[person.role] ?? 0;
      const quota = monthly > 0 && options.months > 0 ? monthly * options.months : null;
      return { userId: person.id, name: person.name, role: person.role, done, quota, met: quota === null ? null : done >= quota };
    });
}

export function callbackStats(counts: CallbackCounts, options: CallbackOptions): Pick<PeriodStats, 'callback' | 'satisfaction' | 'callbackQuotas'> {
  const levels = Object.fromEntries(SATISFACTION_LEVELS.map((level) => [level, counts.levels.get(level) ?? 0])) as Record<Satisfaction, number>;
  const calledBack = [...counts.levels.values()].reduce((sum, n) => sum + n, 0);
  const satisfied = options.satisfiedLevels.reduce((sum, level) => sum + levels[level], 0);
  const { due, rounds } = counts;
  return {
    callback: { done: rounds, due, calledBack: counts.calledBack, rate: ratio(counts.calledBack, due), target: CALLBACK_TARGET },
    satisfaction: { levels, calledBack, satisfied, rate: ratio(satisfied, calledBack) },
    callbackQuotas: quotaLines(counts.byPerson, options),
  };
}
