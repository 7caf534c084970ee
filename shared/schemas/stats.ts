/**
 * Statistics and the monthly summary (客户服务信息统计分析汇总表): what the
 * stats channels take and give. Every number is JSON-friendly: counts are
 * integers, rates are fractions (0.5 = 50%) or null when nothing was there
 * to divide by, never NaN.
 */
import { z } from 'zod';
import { ROLES, SATISFACTION_LEVELS } from '../domain';
import { epochMs, optionalText } from './common';
import { caseListQueryObject, RECEIVED_RANGE_REVERSED, receivedRangeInOrder } from './cases';
import { LIST_EXPORT_COLUMNS, type ListExportColumn } from '../vocabulary/case-fields';

/** Metrics with one number per period: these get a comparison row. */
export const SCALAR_METRIC_IDS = [
  'received',
  'resolvedCases',
  'onTimeRate',
  'handlingDaysAverage',
  'handlingDaysMedian',
  'callbacksDone',
  'callbackRate',
  'satisfactionRate',
  'resolutionRate',
  'repeatRate',
  'reopenedCases',
  'majorCases',
  'groupComplaints',
  'groupCases',
  'callbackExceptions',
] as const;
export type ScalarMetricId = (typeof SCALAR_METRIC_IDS)[number];

/** Metrics that are a breakdown (a list of counts). */
export const BREAKDOWN_METRIC_IDS = [
  'byCategory',
  'byChannel',
  'byNature',
  'bySite',
  'byDepartment',
  'satisfactionDistribution',
  'topUnits',
  'topCategories',
] as const;
export type BreakdownMetricId = (typeof BREAKDOWN_METRIC_IDS)[number];

export const METRIC_IDS = [...SCALAR_METRIC_IDS, ...BREAKDOWN_METRIC_IDS] as const;
export type MetricId = (typeof METRIC_IDS)[number];

const count = z.number().int().min(0);
/**
 * A fraction, null when its denominator is zero. Every rate's numerator is a
 * subset of its denominator (metric-definitions.ts), so none can pass 1.
 */
const rate = z.number().min(0).max(1).nullable();

/** One line of a breakdown: the stored code (or text, for sites and units) and, where the organisation named it, that name. */
export const countRowSchema = z.object({ key: z.string(), name: z.string(), count });
export type CountRow = z.output<typeof countRowSchema>;

export const periodSchema = z.object({ from: epochMs, to: epochMs });

/**
 * One person's callbacks in the period against the monthly quota of their
 * role (seed 001: manager at least 3, general manager at least 1), times
 * the whole months in the period; `quota` and `met` are null when the
 * period is not whole months or the role has no quota.
 */
export const callbackQuotaLineSchema = z.object({
  userId: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  done: count,
  quota: count.nullable(),
  met: z.boolean().nullable(),
});
export type CallbackQuotaLine = z.output<typeof callbackQuotaLineSchema>;
export type Period = z.output<typeof periodSchema>;

export const periodStatsSchema = z.object({
  period: periodSchema,
  received: count,
  byCategory: z.array(countRowSchema),
  byChannel: z.array(countRowSchema),
  byNature: z.array(countRowSchema),
  bySite: z.array(countRowSchema),
  byDepartment: z.array(countRowSchema),
  topUnits: z.array(countRowSchema),
  topCategories: z.array(countRowSchema),
  /** Cases with at least one resolve event in the period, and the number of those events. */
  resolved: z.object({ cases: count, resolutions: count }),
  onTime: z.object({ onTime: count, withDeadline: count, withoutDeadline: count, rate }),
  handlingDays: z.object({ cases: count, average: z.number().min(0).nullable(), median: z.number().min(0).nullable() }),
  /**
   * `done`: callback rounds completed in the period (every round counts).
   * `due`: cases with a callback that fell due in the period; `calledBack`: those of them called back.
   */
  callback: z.object({ done: count, due: count, calledBack: count, rate, target: z.number() }),
  /** Per case: the cases called back in the period, each by its last round in the period. */
  satisfaction: z.object({
    levels: z.object(Object.fromEntries(SATISFACTION_LEVELS.map((level) => [level, count])) as Record<(typeof SATISFACTION_LEVELS)[number], typeof count>),
    calledBack: count,
    satisfied: count,
    rate,
  }),
  resolution: z.object({ closed: count, received: count, rate }),
  repeat: z.object({ count, rate }),
  reopened: z.object({ count, rate }),
  major: z.object({ count, rate }),
  /** Group complaints (群诉) among the cases received in the period: how many groups, how many of the cases are in one. */
  groups: z.object({ groups: count, cases: count }),
  callbackExceptions: z.object({ count, unreachable: count, refused: count }),
  callbackQuotas: z.array(callbackQuotaLineSchema),
});
export type PeriodStats = z.output<typeof periodStatsSchema>;

export const comparisonRowSchema = z.object({
  metric: z.enum(SCALAR_METRIC_IDS),
  current: z.number().nullable(),
  previous: z.number().nullable(),
  /** current - previous (for rates: in fraction points), null when either side is null. */
  change: z.number().nullable(),
});
export type ComparisonRow = z.output<typeof comparisonRowSchema>;

export const statsResultSchema = z.object({
  orgName: z.string(),
  siteFilter: z.string().nullable(),
  generatedAt: epochMs,
  /** The period has not ended yet when the statistics were computed. */
  partial: z.boolean(),
  /** Working minutes in one working day (the configured working hours): the unit of the handling time. */
  workdayMinutes: z.number().int(),
  /** The satisfaction levels counted as satisfied in the satisfaction rate (a setting). */
  satisfiedLevels: z.array(z.enum(SATISFACTION_LEVELS)),
  current: periodStatsSchema,
  previous: periodStatsSchema,
  comparison: z.array(comparisonRowSchema),
});
export type StatsResult = z.output<typeof statsResultSchema>;

/** `to` is exclusive: a month is [first day 00:00, first day of the next month 00:00). */
export const statsQuerySchema = z.object({
  from: epochMs,
  to: epochMs,
  /** A site's name as written on the cases; leave out for every site. */
  siteFilter: z.string().trim().min(1).max(60).optional(),
  /** The period to compare with; default: as many calendar months before when the period is whole months, else the same length of time before. */
  compareFrom: epochMs.optional(),
  compareTo: epochMs.optional(),
});
export type StatsQuery = z.output<typeof statsQuerySchema>;

const definitionText = z.object({ label: z.string(), definition: z.string() });
export const metricDefinitionSchema = z.object({ 'zh-CN': definitionText, en: definitionText });
export const metricDefinitionsSchema = z.object(
  Object.fromEntries(METRIC_IDS.map((metricId) => [metricId, metricDefinitionSchema])) as Record<MetricId, typeof metricDefinitionSchema>,
);
export type MetricDefinition = z.output<typeof metricDefinitionSchema>;
export type MetricDefinitions = z.output<typeof metricDefinitionsSchema>;

const labelMap = z.record(z.string().max(64), z.string().max(200));

/**
 * Words the workbook and the CSV use, as the UI's catalogue has them. Every
 * part is optional: what is left out takes the zh-CN default in the core.
 */
export const statsLabelsSchema = z.object({
  text: labelMap.optional(),
  metric: labelMap.optional(),
  definition: z.record(z.string().max(64), z.string().max(2000)).optional(),
  column: labelMap.optional(),
  channel: labelMap.optional(),
  category: labelMap.optional(),
  nature: labelMap.optional(),
  status: labelMap.optional(),
  satisfaction: labelMap.optional(),
  deadlineState: labelMap.optional(),
});
export type StatsLabelsInput = z.output<typeof statsLabelsSchema>;

export const statsWorkbookInputSchema = statsQuerySchema.extend({ labels: statsLabelsSchema.optional() });
export type StatsWorkbookInput = z.output<typeof statsWorkbookInputSchema>;

/** Columns a filtered case list can be exported with (from the vocabulary's exported fields), in the order given. */
export const CSV_COLUMNS = LIST_EXPORT_COLUMNS;
export type CsvColumn = ListExportColumn;

/** What a CSV export adds to the case list's filter. */
export const csvExportOptionsSchema = z.object({
  columns: z.array(z.enum(CSV_COLUMNS)).min(1).max(CSV_COLUMNS.length).default([...CSV_COLUMNS]),
  labels: statsLabelsSchema.optional(),
});

/** `cases.exportCsv`: every case the list's filters find, in its order (no page), with the same checks as the list. */
export const csvExportInputSchema = caseListQueryObject
  .omit({ offset: true, limit: true })
  .extend(csvExportOptionsSchema.shape)
  .refine(receivedRangeInOrder, RECEIVED_RANGE_REVERSED);

/** A file the renderer hands to the host's save dialog; the renderer has no file system. */
export const exportFileSchema = z.object({
  fileName: z.string(),
  mime: z.string(),
  dataBase64: z.string(),
  rows: z.number().int().min(0),
});
export type ExportFile = z.output<typeof exportFileSchema>;

/** The longest 主要问题及改进建议 the summary keeps: about a page of the printed form. */
export const FINDINGS_MAX_LENGTH = 4000;

/**
 * 主要问题及改进建议 of a period: the text kept with it (`saved`), else a
 * draft from its top categories, repeat units and closing summaries.
 */
export const periodFindingsSchema = z.object({
  text: z.string(),
  /** The draft the core would write now, to start again from. */
  draft: z.string(),
  saved: z.boolean(),
  updatedAt: epochMs.nullable(),
});
export type PeriodFindings = z.output<typeof periodFindingsSchema>;

/** The period (and site) the findings belong to. */
export const findingsQuerySchema = statsQuerySchema.pick({ from: true, to: true, siteFilter: true });
export type FindingsQuery = z.output<typeof findingsQuerySchema>;

/** Saving an empty text lets the period go back to the draft. */
export const saveFindingsInputSchema = findingsQuerySchema.extend({ text: optionalText(FINDINGS_MAX_LENGTH) });
export type SaveFindingsInput = z.output<typeof saveFindingsInputSchema>;
