/**
 * The statistics a period should show, worked out from the scenario's
 * ledger (the operations the test performed) by plain loops over the
 * written definitions: no SQL, nothing read back from the database. Working
 * time comes from the calendar module's own workingMinutesBetween.
 */
import { CATEGORIES, CHANNELS, NATURES, SATISFACTION_LEVELS, type Role, type Satisfaction } from '../../../shared/domain';
import type { CallbackQuotaLine, PeriodStats } from '../../../shared/schemas/stats';
import { endOfNthWorkingDay, workingMinutesBetween, type WorkingCalendar } from '../../../electron/core/calendar/working-calendar';
import { SCENARIO_DEPARTMENTS, type LedgerCase, type LedgerPerson, type LedgerRound } from './stats-scenario';

const DAY = 86_400_000;
const DUPLICATE_WINDOW_DAYS = 30;

export interface ExpectedOptions {
  from: number;
  to: number;
  site: string | null;
  satisfiedLevels: readonly Satisfaction[];
  calendar: WorkingCalendar;
  /** The categories in use; the rest show only with cases. Default: every built-in one. */
  activeCategories?: readonly string[];
  /** The people who keep the book, for the quotas; default none. */
  people?: readonly LedgerPerson[];
  /** Callbacks a month by role; default the setting's default (manager 3, general manager 1). */
  quotas?: Partial<Record<Role, number>>;
  /** The callbackWorkingDays setting; default 5. */
  callbackWorkingDays?: number;
}

type Counts = Record<string, number>;

/** The comparable form of a period's statistics: breakdowns as key → count, top lists in order. */
export interface NormalStats extends Omit<PeriodStats, 'byCategory' | 'byChannel' | 'byNature' | 'bySite' | 'byDepartment' | 'topUnits' | 'topCategories'> {
  byCategory: Counts;
  byChannel: Counts;
  byNature: Counts;
  bySite: Counts;
  byDepartment: Counts;
  topUnits: { key: string; count: number }[];
  topCategories: { key: string; count: number }[];
}

/** People with the same creation time come in name order from SQLite; compared by id here instead. */
const byUser = (lines: readonly CallbackQuotaLine[]) => [...lines].sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));

export function normalise(stats: PeriodStats): NormalStats {
  const counts = (rows: { key: string; count: number }[]) => Object.fromEntries(rows.map((r) => [r.key, r.count]));
  const top = (rows: { key: string; count: number }[]) => rows.map((r) => ({ key: r.key, count: r.count }));
  return {
    ...stats,
    callbackQuotas: byUser(stats.callbackQuotas),
    byCategory: counts(stats.byCategory),
    byChannel: counts(stats.byChannel),
    byNature: counts(stats.byNature),
    bySite: counts(stats.bySite),
    byDepartment: counts(stats.byDepartment),
    topUnits: top(stats.topUnits),
    topCategories: top(stats.topCategories),
  };
}

const rate = (n: number, d: number) => (d > 0 ? n / d : null);

function countBy(cases: LedgerCase[], key: (c: LedgerCase) => string, known: readonly string[] = []): Counts {
  const counts: Counts = Object.fromEntries(known.map((k) => [k, 0]));
  for (const c of cases) counts[key(c)] = (counts[key(c)] ?? 0) + 1;
  return counts;
}

function top(counts: Counts, atLeast = 1): { key: string; count: number }[] {
  return Object.entries(counts)
    .filter(([, count]) => count >= atLeast)
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, 10);
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Registration's rule: an earlier-registered case from the same unit in the same category, received within the window. */
export function isRepeat(kase: LedgerCase, all: readonly LedgerCase[]): boolean {
  if (!kase.unit) return false;
  return all.some(
    (other) =>
      other !== kase &&
      other.registeredAt < kase.registeredAt &&
      other.unit === kase.unit &&
      other.category === kase.category &&
      other.receivedAt >= kase.receivedAt - DUPLICATE_WINDOW_DAYS * DAY,
  );
}

/** Whole local months from `from` to `to`, both month starts; 0 otherwise. */
function monthsBetween(from: number, to: number): number {
  const [a, b] = [new Date(from), new Date(to)];
  const monthStart = (d: Date) => d.getTime() === new Date(d.getFullYear(), d.getMonth(), 1).getTime();
  return monthStart(a) && monthStart(b) ? (b.getFullYear() - a.getFullYear()) * 12 + b.getMonth() - a.getMonth() : 0;
}

/**
 * The callback rate's cases, per its definition: a round falls due at the
 * close of the Nth working day after its resolution; a round dropped by a
 * reopen was never due; a case is called back when every round due in the
 * period was made.
 */
export function callbackCases(cases: readonly LedgerCase[], options: ExpectedOptions): { due: LedgerCase[]; calledBack: LedgerCase[] } {
  const days = options.callbackWorkingDays ?? 5;
  const dueIn = (round: LedgerRound) => {
    const at = endOfNthWorkingDay(options.calendar, round.resolvedAt, days);
    return round.outcome !== 'reopened' && at >= options.from && at < options.to;
  };
  const due = cases.filter((c) => c.rounds.some(dueIn));
  return { due, calledBack: due.filter((c) => c.rounds.filter(dueIn).every((r) => r.outcome === 'done')) };
}

/** The satisfaction of each case called back in the period, by its last round in the period. */
export function lastSatisfactions(cases: readonly LedgerCase[], from: number, to: number): Satisfaction[] {
  return cases.flatMap((c) => {
    const made = c.rounds.filter((r) => r.outcome === 'done' && r.completedAt! >= from && r.completedAt! < to);
    return made.length ? [made.at(-1)!.satisfaction!] : [];
  });
}

export function expectedPeriod(ledger: readonly LedgerCase[], options: ExpectedOptions): NormalStats {
  const { from, to } = options;
  const inPeriod = (at: number) => at >= from && at < to;
  const cases = ledger.filter((c) => options.site === null || c.site === options.site);
  const received = cases.filter((c) => inPeriod(c.receivedAt));

  const byCategory = countBy(received, (c) => c.category, options.activeCategories ?? CATEGORIES);
  const resolvesIn = (c: LedgerCase) => c.events.filter((e) => e.action === 'resolve' && inPeriod(e.at));
  const resolvedCases = cases.filter((c) => resolvesIn(c).length > 0);
  const resolutions = cases.reduce((sum, c) => sum + resolvesIn(c).length, 0);
  const withDeadline = resolvedCases.filter((c) => c.dueAt !== null);
  const onTime = withDeadline.filter((c) => Math.max(...resolvesIn(c).map((e) => e.at)) <= c.dueAt!);

  const handlingMinutes = cases.flatMap((c) => {
    const firstResolve = c.events.find((e) => e.action === 'resolve');
    if (!firstResolve || !inPeriod(firstResolve.at)) return [];
    const firstDispatch = c.events.find((e) => e.action === 'dispatch')!;
    return [workingMinutesBetween(options.calendar, firstDispatch.at, firstResolve.at)];
  });
  const workday = options.calendar.workEnd - options.calendar.workStart;
  const average = handlingMinutes.length ? handlingMinutes.reduce((a, b) => a + b, 0) / handlingMinutes.length : null;
  const medianMinutes = median(handlingMinutes);

  const callbacks = cases.flatMap((c) => c.callbacks.filter((cb) => inPeriod(cb.completedAt)));
  const { due, calledBack } = callbackCases(cases, options);
  const lastLevels = lastSatisfactions(cases, from, to);
  const levels = Object.fromEntries(SATISFACTION_LEVELS.map((l) => [l, lastLevels.filter((level) => level === l).length])) as Record<
    Satisfaction,
    number
  >;
  const satisfied = lastLevels.filter((level) => options.satisfiedLevels.includes(level)).length;

  const rounds = cases.flatMap((c) => c.rounds.filter((r) => r.outcome === 'done' && inPeriod(r.completedAt!)));
  const months = monthsBetween(from, to);
  const quotas = options.quotas ?? { manager: 3, general_manager: 1 };
  const callbackQuotas = (options.people ?? []).flatMap((person): CallbackQuotaLine[] => {
    const done = rounds.filter((r) => r.by === person.id).length;
    const monthly = quotas[person.role] ?? 0;
    if (monthly === 0 && done === 0) return [];
    const quota = monthly > 0 && months > 0 ? monthly * months : null;
    return [{ userId: person.id, name: person.name, role: person.role, done, quota, met: quota === null ? null : done >= quota }];
  });

  const closed = received.filter((c) => c.status === 'closed' && c.closedAt !== null && c.closedAt < to).length;
  const repeats = received.filter((c) => isRepeat(c, ledger)).length;
  const reopened = received.filter((c) => c.reopenCount > 0).length;
  const major = received.filter((c) => c.nature === 'major').length;
  const exceptionCases = cases.filter((c) => c.exceptions.some((x) => inPeriod(x.at)));
  const exceptionsFor = (reason: string) => cases.filter((c) => c.exceptions.some((x) => inPeriod(x.at) && x.reason === reason)).length;

  return {
    period: { from, to },
    received: received.length,
    byCategory,
    byChannel: countBy(received, (c) => c.channel, CHANNELS),
    byNature: countBy(received, (c) => c.nature, NATURES),
    bySite: countBy(received, (c) => c.site),
    byDepartment: countBy(received, (c) => c.department ?? '', SCENARIO_DEPARTMENTS),
    // Only repeat units: two cases or more.
    topUnits: top(countBy(received.filter((c) => c.unit !== ''), (c) => c.unit), 2),
    topCategories: top(byCategory),
    resolved: { cases: resolvedCases.length, resolutions },
    onTime: { onTime: onTime.length, withDeadline: withDeadline.length, withoutDeadline: resolvedCases.length - withDeadline.length, rate: rate(onTime.length, withDeadline.length) },
    handlingDays: {
      cases: handlingMinutes.length,
      average: average === null ? null : average / workday,
      median: medianMinutes === null ? null : medianMinutes / workday,
    },
    callback: { done: callbacks.length, due: due.length, calledBack: calledBack.length, rate: rate(calledBack.length, due.length), target: 1 },
    satisfaction: { levels, calledBack: lastLevels.length, satisfied, rate: rate(satisfied, lastLevels.length) },
    resolution: { closed, received: received.length, rate: rate(closed, received.length) },
    repeat: { count: repeats, rate: rate(repeats, received.length) },
    reopened: { count: reopened, rate: rate(reopened, received.length) },
    major: { count: major, rate: rate(major, received.length) },
    // The generated book makes no group complaints; group-stats.test.ts counts them.
    groups: { groups: 0, cases: 0 },
    callbackExceptions: { count: exceptionCases.length, unreachable: exceptionsFor('unreachable'), refused: exceptionsFor('refused') },
    callbackQuotas: byUser(callbackQuotas),
  };
}
