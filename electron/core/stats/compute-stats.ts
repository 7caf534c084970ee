/**
 * The statistics screen's numbers, the monthly summary's and the CLI's
 * `stats --json`: one period and the period before it, every metric for
 * both, read in one transaction so the two sides see the same data.
 */
import type { Role, Satisfaction } from '../../../shared/domain';
import type { ComparisonRow, Period, PeriodStats, ScalarMetricId, StatsResult } from '../../../shared/schemas/stats';
import { SCALAR_METRIC_IDS } from '../../../shared/schemas/stats';
import type { Db } from '../db/connection';
import { readDesk } from '../desk/desk';
import { DomainError } from '../errors';
import { loadWorkingCalendar } from '../settings/calendar-service';
import { factSource } from './fact-queries';
import { periodStats, readOrgNames } from './period-stats';
import type { StatsSource } from './stats-source';
import { fillWorkingDays } from './working-time-table';
import { wholeMonths } from './whole-months';
import { readSettingValues } from '../settings/setting-values';

/**
 * The default numerator of the satisfaction rate. The lead adds the
 * organisation setting (`satisfactionRateLevels`) and passes it in.
 */
export const DEFAULT_SATISFIED_LEVELS: readonly Satisfaction[] = ['very_satisfied', 'satisfied'];

export interface ComputeStatsOptions {
  from: number;
  /** Exclusive. */
  to: number;
  /** A site name as written on the cases; null or left out for every site. */
  siteFilter?: string | null;
  /** What "now" is: marks a period that has not ended as partial. */
  now: number;
  compareFrom?: number;
  compareTo?: number;
  satisfiedLevels?: readonly Satisfaction[];
  /** Callbacks a month each role owes; left out, the callbackQuotas setting. */
  callbackQuotas?: Partial<Record<Role, number>>;
}

/**
 * The period to compare with, unless the caller names one: the same number
 * of calendar months just before when the period is whole months (October
 * is compared with September, a quarter with the quarter before), else the
 * same length of time just before.
 */
export function previousPeriod(options: Pick<ComputeStatsOptions, 'from' | 'to' | 'compareFrom' | 'compareTo'>): Period {
  if (options.compareFrom !== undefined && options.compareTo !== undefined) return { from: options.compareFrom, to: options.compareTo };
  const months = wholeMonths(options.from, options.to);
  if (months > 0) {
    const start = new Date(options.from);
    return { from: new Date(start.getFullYear(), start.getMonth() - months, 1).getTime(), to: options.from };
  }
  return { from: options.from - (options.to - options.from), to: options.from };
}

export function scalarValue(stats: PeriodStats, metric: ScalarMetricId): number | null {
  switch (metric) {
    case 'received':
      return stats.received;
    case 'resolvedCases':
      return stats.resolved.cases;
    case 'onTimeRate':
      return stats.onTime.rate;
    case 'handlingDaysAverage':
      return stats.handlingDays.average;
    case 'handlingDaysMedian':
      return stats.handlingDays.median;
    case 'callbacksDone':
      return stats.callback.done;
    case 'callbackRate':
      return stats.callback.rate;
    case 'satisfactionRate':
      return stats.satisfaction.rate;
    case 'resolutionRate':
      return stats.resolution.rate;
    case 'repeatRate':
      return stats.repeat.rate;
    case 'reopenedCases':
      return stats.reopened.count;
    case 'majorCases':
      return stats.major.count;
    case 'groupComplaints':
      return stats.groups.groups;
    case 'groupCases':
      return stats.groups.cases;
    case 'callbackExceptions':
      return stats.callbackExceptions.count;
  }
}

export function compare(current: PeriodStats, previous: PeriodStats): ComparisonRow[] {
  return SCALAR_METRIC_IDS.map((metric) => {
    const now = scalarValue(current, metric);
    const before = scalarValue(previous, metric);
    return { metric, current: now, previous: before, change: now === null || before === null ? null : now - before };
  });
}

function assertPeriod(period: Period, path: string): void {
  if (!(Number.isSafeInteger(period.from) && Number.isSafeInteger(period.to) && period.from < period.to)) {
    throw new DomainError('VALIDATION', `The ${path} period must start before it ends`, [{ path, message: 'errors.invalid' }]);
  }
}

/** `source`: where the counts come from; the reference queries (reference-queries.ts) give the same, slower. */
export function computeStats(db: Db, options: ComputeStatsOptions, source: StatsSource = factSource): StatsResult {
  const current: Period = { from: options.from, to: options.to };
  const previous = previousPeriod(options);
  assertPeriod(current, 'from');
  assertPeriod(previous, 'compareFrom');
  const calendar = loadWorkingCalendar(db);
  const workdayMinutes = Math.max(0, calendar.workEnd - calendar.workStart);
  const siteFilter = options.siteFilter ? options.siteFilter : null;
  const satisfiedLevels = [...new Set(options.satisfiedLevels ?? DEFAULT_SATISFIED_LEVELS)];

  return db.transaction(() => {
    const quotas = options.callbackQuotas ?? readSettingValues(db).callbackQuotas;
    // Handling time reaches back to each case's dispatch, which is never before the first case was received.
    const earliest = db.prepare('SELECT min(received_at) FROM cases WHERE deleted = 0 AND excluded = 0').pluck().get() as number | null;
    const start = Math.min(earliest ?? previous.from, previous.from, current.from);
    const days = fillWorkingDays(db, calendar, start, Math.max(current.to, previous.to));
    const periodOptions = { siteFilter, satisfiedLevels, quotas, workdayMinutes, days, names: readOrgNames(db), source };
    const now = periodStats(db, current, periodOptions);
    const before = periodStats(db, previous, periodOptions);
    return {
      orgName: readDesk(db).orgName ?? '',
      siteFilter,
      generatedAt: options.now,
      partial: options.to > options.now,
      workdayMinutes,
      satisfiedLevels,
      current: now,
      previous: before,
      comparison: compare(now, before),
    };
  })();
}
