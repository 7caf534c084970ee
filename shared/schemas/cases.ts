/**
 * The case on the wire: what registering takes, what lists and the case
 * page get back, how the list is queried, and the corrections, voiding and
 * merging of a case. The field-by-field shapes come from the vocabulary
 * (shared/vocabulary/case-fields.ts); this file only assembles them.
 */
import { z } from 'zod';
import { SORTABLE_CASE_COLUMNS, STATUSES, CHANNELS, NATURES, WATCHED_DEADLINES } from '../domain';
import {
  CASE_FIELDS,
  CASE_FIELD_NAMES,
  EDITABLE_FIELDS,
  intakeShape,
  LISTED_FIELDS,
  nameShape,
  valueShape,
} from '../vocabulary/case-fields';
import { lineText, requiredMultiLine } from '../vocabulary/entry-schemas';
import { epochMs, id, tooLong } from './common';
import { QUEUES } from './lifecycle';

export const DEADLINE_STATES = ['none', 'ok', 'due_soon', 'overdue', 'paused'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** Where a case stands in the book: active, or set aside (voided, or merged into another case). */
export const CASE_STANDINGS = ['active', 'set_aside', 'all'] as const;
export type CaseStanding = (typeof CASE_STANDINGS)[number];

/** The response (响应) and acceptance (接单) clocks, read like the handling deadline (cases/watched-clocks.ts). */
const WATCHED_CLOCK_STATES = {
  responseState: z.enum(DEADLINE_STATES),
  acceptanceState: z.enum(DEADLINE_STATES),
};

/** Marks of a case's handling the list can filter by: escalated (升级), referred to the company, awaiting the company's decision. */
export const CASE_MARKS = ['escalated', 'referred', 'awaiting_decision'] as const;
export type CaseMark = (typeof CASE_MARKS)[number];

export const caseInputSchema = z.object({
  ...intakeShape,
  /** The person confirmed a receipt time older than the setting allows without asking. */
  confirmOldReceivedAt: z.boolean().optional(),
  /** 当场解决: what the desk did; given, the case is judged and resolved (or closed, per the settings) as it is registered. */
  onTheSpotResult: requiredMultiLine(4000).optional(),
  /** 交经理判定: registered without a nature and sent to the manager, who judges it. */
  referToManager: z.boolean().optional(),
  /** What the customer was told, when the nature chosen at registration (which is the judgment) is invalid. */
  invalidExplanation: requiredMultiLine(2000).optional(),
}).superRefine((input, context) => {
  // A nature chosen at registration is the judgment (registerCase), so it must be one the judge step would take.
  if (input.onTheSpotResult !== undefined && (input.nature === 'invalid' || input.referToManager)) {
    context.addIssue({ code: 'custom', path: ['nature'], message: 'errors.onTheSpotNature' });
  } else if (input.referToManager && input.nature !== 'unjudged') {
    context.addIssue({ code: 'custom', path: ['nature'], message: 'errors.referWithNature' });
  } else if (input.nature === 'invalid' && input.invalidExplanation === undefined) {
    context.addIssue({ code: 'custom', path: ['invalidExplanation'], message: 'errors.required' });
  }
});
export type CaseInput = z.output<typeof caseInputSchema>;

export const caseSummarySchema = z.object({
  id,
  ...valueShape(LISTED_FIELDS),
  ...nameShape(LISTED_FIELDS),
  contentPreview: z.string(),
  /** Worked out when the case was read: whether its handling deadline has passed or is near. */
  deadlineState: z.enum(DEADLINE_STATES),
  ...WATCHED_CLOCK_STATES,
});
export type CaseSummary = z.output<typeof caseSummarySchema>;

export const caseDetailSchema = z.object({
  id,
  ...valueShape(CASE_FIELD_NAMES),
  ...nameShape(CASE_FIELD_NAMES),
  updatedAt: epochMs,
  deadlineState: z.enum(DEADLINE_STATES),
  ...WATCHED_CLOCK_STATES,
  /** Cases merged into this one (their numbers open this case). */
  mergedCases: z.array(z.object({ id, number: z.string() })),
  /** The phone is shown masked (138****8000) to this person; `cases.revealPhone` shows it, logged. */
  phoneMasked: z.boolean(),
});
export type CaseDetail = z.output<typeof caseDetailSchema>;

/**
 * The case list's filters, order and page as a plain object, for the schemas built from it (`cases.exportCsv`
 * leaves out the page): zod cannot `.omit()` from an object that carries a refinement. Callers parse
 * `caseListQuerySchema`, which adds the checks across fields.
 */
export const caseListQueryObject = z.object({
  text: z.string().trim().max(100, tooLong).default(''),
  statuses: z.array(z.enum(STATUSES)).max(STATUSES.length).default([]),
  categories: z.array(z.string().max(64)).max(200).default([]),
  channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).default([]),
  natures: z.array(z.enum(NATURES)).max(NATURES.length).default([]),
  /** The case's site as written on it (an empty one finds the cases without a site). */
  sites: z.array(lineText(CASE_FIELDS.site.limit)).max(200).default([]),
  /** Worked out in SQL as each row's deadlineState is, so totals and pages agree with what the rows show. */
  deadlineStates: z.array(z.enum(DEADLINE_STATES)).max(DEADLINE_STATES.length).default([]),
  /** Cases past any of these time limits (响应, 接单, 处理), as the rows' states say. */
  overdue: z.array(z.enum(WATCHED_DEADLINES)).max(WATCHED_DEADLINES.length).default([]),
  /** Cases whose limit of one of these kinds comes soon (the response and acceptance ones within the reminder minutes). */
  dueSoon: z.array(z.enum(WATCHED_DEADLINES)).max(WATCHED_DEADLINES.length).default([]),
  /** Only the person's own cases (registered, handled or escalated to them, or their department's); a manager's are the desk's. */
  mine: z.boolean().default(false),
  /** Cases with every one of these marks. */
  marks: z.array(z.enum(CASE_MARKS)).max(CASE_MARKS.length).default([]),
  receivedFrom: epochMs.optional(),
  receivedTo: epochMs.optional(),
  /** Dispatched or resolved within this range, both ends included (a month's handling forms, 002 4.7). */
  handledWithin: z.object({ field: z.enum(['dispatchedAt', 'resolvedAt']), from: epochMs, to: epochMs }).optional(),
  /** Active cases only unless asked: voided and merged ones stay findable with this filter. */
  standing: z.enum(CASE_STANDINGS).default('active'),
  sort: z
    .object({ column: z.enum(SORTABLE_CASE_COLUMNS), direction: z.enum(['asc', 'desc']) })
    .default({ column: 'receivedAt', direction: 'desc' }),
  /** One of the work queues on the home screen, for the person at the desk. */
  queue: z.enum(QUEUES).optional(),
  departmentId: id.optional(),
  offset: z.number().int().min(0).max(100_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});

/** A received range that ends before it starts would find nothing and look like an empty book: refused, on its end. */
export const receivedRangeInOrder = (query: { receivedFrom?: number | undefined; receivedTo?: number | undefined }): boolean =>
  query.receivedFrom === undefined || query.receivedTo === undefined || query.receivedFrom <= query.receivedTo;
export const RECEIVED_RANGE_REVERSED = { message: 'errors.rangeReversed', path: ['receivedTo'] };

export const caseListQuerySchema = caseListQueryObject.refine(receivedRangeInOrder, RECEIVED_RANGE_REVERSED);
export type CaseListQuery = z.output<typeof caseListQuerySchema>;

export const caseListPageSchema = z.object({ rows: z.array(caseSummarySchema), total: z.number().int() });
export type CaseListPage = z.output<typeof caseListPageSchema>;

export const changeEntrySchema = z.object({
  id: z.string(),
  hlc: z.string(),
  entity: z.string(),
  entityId: id,
  field: z.string(),
  value: z.unknown(),
  /** The value this change replaced, when it replaced one (a correction shows old → new). */
  previous: z.unknown().optional(),
  at: epochMs,
  deskCode: z.string(),
  userName: z.string(),
});
export type ChangeEntry = z.output<typeof changeEntrySchema>;

const reason = requiredMultiLine(500);

/** 修改: one registration field set right, with why. The value is checked against the field's entry schema in the core. */
export const correctCaseSchema = z.object({
  caseId: id,
  field: z.enum(EDITABLE_FIELDS, { message: 'errors.notCorrectable' }),
  value: z.unknown(),
  reason,
  /** As at registration: a receipt time long ago needs the person's confirmation. */
  confirmOldReceivedAt: z.boolean().optional(),
});
export type CorrectCaseInput = z.output<typeof correctCaseSchema>;

/** 作废 and its undoing (恢复). */
export const setAsideSchema = z.object({ caseId: id, reason });

/** 合并: a duplicate into the case it repeats. */
export const mergeCaseSchema = z.object({ caseId: id, intoCaseId: id, reason });
