/**
 * What every statistic means, in the words the statistics screen shows as a
 * tooltip and the monthly summary prints beside the number. The sentences
 * live in the vocabulary's catalogues (shared/vocabulary/words.*.ts); the
 * SQL in reference-queries.ts implements exactly them, and fact-queries.ts
 * gives the same counts from migration 19's tables: change all together.
 *
 * A period is [from, to): its start included, its end excluded. Voided and
 * merged cases count nowhere.
 *
 * Every rate is numerator ÷ denominator with the numerator a subset of the
 * denominator, so no rate can pass 100% (the schema refuses one that does);
 * with nothing to divide by a rate is null, never 0 and never NaN.
 *
 * - onTimeRate: cases resolved in the period with a deadline whose last
 *   resolution in the period was not after their current deadline ÷ cases
 *   resolved in the period with a deadline.
 * - callbackRate (per case): cases whose callback fell due in the period
 *   and that have been called back by the time of the statistics ÷ cases
 *   whose callback fell due in the period. A round falls due at the close
 *   of the Nth working day after the resolution that scheduled it (holidays
 *   skipped), so a case resolved on 30 September and called back after
 *   National Day belongs to October, in both parts of the fraction. A case
 *   with several rounds due counts once, called back when all are done. A
 *   round dropped by a reopen was never due; a round a manager waived (close
 *   without callback) was due and not made. The old definition (callbacks
 *   made ÷ resolutions in the period) put the two halves in different months
 *   and read 0% then 200% across a holiday.
 * - satisfactionRate (per case): cases called back in the period whose last
 *   round in the period was at a satisfied level (a setting) ÷ cases called
 *   back in the period; the satisfaction distribution counts the same cases
 *   by that round's level. Counting rounds would weigh a case put right
 *   after an unsatisfied callback twice.
 * - resolutionRate: cases received in the period and closed before its end
 *   (and still closed) ÷ cases received in the period.
 * - groupComplaints, groupCases: the groups the period's received cases belong to, and how many of them do
 * - repeatRate, reopenedCases, majorCases: cases received in the period
 *   marked repeat / reopened at least once / judged major ÷ cases received.
 *
 * Counts that are not rates: callbacksDone counts rounds (each person's
 * quota is counted in them); topUnits lists only repeat units (two cases or
 * more); byCategory and byDepartment list active entries and any entry with
 * cases in the period.
 */
import { METRIC_IDS, type MetricDefinitions } from '../../../shared/schemas/stats';
import { wordsFor } from '../../../shared/vocabulary/words';

export const METRIC_DEFINITIONS = Object.fromEntries(
  METRIC_IDS.map((id) => [id, { 'zh-CN': wordsFor('zh-CN').metrics[id], en: wordsFor('en').metrics[id] }]),
) as MetricDefinitions;
