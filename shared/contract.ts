/**
 * The IPC contract: every channel the renderer may call, with a schema for
 * its input and its output. The preload builds `window.api` from it, the
 * main process and the browser host register their handlers from it, and
 * input is validated against it before any core code runs.
 *
 * Schema messages are i18n keys (`errors.*`) so field errors reach the
 * person in the UI language.
 */
import { z } from 'zod';
import {
  ACCOUNTABILITY_LEVELS,
  ACCOUNTABILITY_MEASURES,
  CALLBACK_EXCEPTIONS,
  CHANNELS,
  COMMUNICATIVE_TYPES,
  MAX_CONTENT_LENGTH,
  NATURES,
  SORTABLE_CASE_COLUMNS,
  STATUSES,
} from './domain';
import { empty, epochMs, id, optionalText, required, requiredText, tooLong } from './schemas/common';
import {
  addAttachmentSchema,
  attachmentContentSchema,
  attachmentSchema,
  followupInputSchema,
  followupSchema,
  groupSchema,
  QUEUES,
  queueCountsSchema,
  relatedQuerySchema,
  timelineSchema,
  transitionInputSchema,
} from './schemas/lifecycle';
import {
  callbackAttemptInputSchema,
  callbackQueueQuerySchema,
  callbackSchema,
  quotaRowSchema,
  recordCallbackSchema,
} from './schemas/callbacks';
import { pdfResultSchema, printRequestSchema } from './schemas/printing';
import {
  csvExportOptionsSchema,
  exportFileSchema,
  metricDefinitionsSchema,
  statsQuerySchema,
  statsResultSchema,
  statsWorkbookInputSchema,
} from './schemas/stats';
import {
  conflictSchema,
  exportInputSchema,
  exportResultSchema,
  folderSyncResultSchema,
  importInputSchema,
  importSummarySchema,
  resolveConflictSchema,
  syncFileSchema,
  syncStatusSchema,
} from './schemas/sync';
import { taskProgressSchema } from './schemas/tasks';
import {
  calendarDaySchema,
  orgSettingsSchema,
  saveCategorySchema,
  saveDeadlineRuleSchema,
  saveDepartmentSchema,
  saveSiteSchema,
  setCalendarDaySchema,
  settingValuesSchema,
  updateStaffSchema,
} from './schemas/settings';

/** A category code from the organisation's editable list (the core checks it exists). */
const categoryCode = z.string({ message: required }).trim().min(1, required).max(64);

/** Desk code: one to four capital letters or digits, e.g. `A` or `B2`; it prefixes every case number. */
export const deskCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{1,4}$/, 'errors.deskCode');

export const personNameSchema = requiredText(40);

/** Digits with the separators people type: spaces, dashes, brackets, a leading plus, 转 for an extension. */
export const phoneSchema = z
  .string()
  .trim()
  .max(40, tooLong)
  .regex(/^[0-9+\-()\s转]*$/, 'errors.phone')
  .default('');

export const caseInputSchema = z.object({
  channel: z.enum(CHANNELS, { message: required }),
  complainantName: requiredText(60),
  phone: phoneSchema,
  buildingRoom: optionalText(60),
  site: optionalText(60),
  receivedAt: epochMs,
  content: requiredText(MAX_CONTENT_LENGTH),
  category: categoryCode,
  nature: z.enum(NATURES, { message: required }),
});
export type CaseInput = z.output<typeof caseInputSchema>;

export const userSchema = z.object({ id, name: z.string() });
export type User = z.output<typeof userSchema>;

export const caseSummarySchema = z.object({
  id,
  number: z.string(),
  channel: z.enum(CHANNELS),
  complainantName: z.string(),
  phone: z.string(),
  buildingRoom: z.string(),
  site: z.string(),
  receivedAt: epochMs,
  category: z.string(),
  nature: z.enum(NATURES),
  status: z.enum(STATUSES),
  contentPreview: z.string(),
  departmentId: z.string().nullable(),
  departmentName: z.string(),
  dueAt: epochMs.nullable(),
  pausedAt: epochMs.nullable(),
  escalationLevel: z.number().int(),
  repeatOf: z.string().nullable(),
  groupId: z.string().nullable(),
  /** Worked out when the case was read: whether its handling deadline has passed or is near. */
  deadlineState: z.enum(['none', 'ok', 'due_soon', 'overdue', 'paused']),
});
export type CaseSummary = z.output<typeof caseSummarySchema>;

export const caseDetailSchema = caseSummarySchema.omit({ contentPreview: true }).extend({
  content: z.string(),
  deskCode: z.string(),
  createdAt: epochMs,
  createdBy: z.string(),
  updatedAt: epochMs,
  communicativeType: z.enum(COMMUNICATIVE_TYPES),
  judgedAt: epochMs.nullable(),
  judgeNote: z.string(),
  invalidExplanation: z.string(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string(),
  dispatchedAt: epochMs.nullable(),
  responseDueAt: epochMs.nullable(),
  firstContactAt: epochMs.nullable(),
  escalatedTo: z.string().nullable(),
  escalatedToName: z.string(),
  referredToCompany: z.boolean(),
  planDepartmentId: z.string().nullable(),
  planDepartmentName: z.string(),
  planPerson: z.string(),
  planDueAt: epochMs.nullable(),
  planMeasures: z.string(),
  repeatOfNumber: z.string(),
  resolvedAt: epochMs.nullable(),
  resolutionSummary: z.string(),
  closedAt: epochMs.nullable(),
  closeCause: z.string(),
  closeLesson: z.string(),
  closeImprovement: z.string(),
  accountabilityLevel: z.enum(ACCOUNTABILITY_LEVELS),
  accountabilityPerson: z.string(),
  accountabilityMeasure: z.enum(ACCOUNTABILITY_MEASURES),
  reopenCount: z.number().int(),
  callbackException: z.enum(CALLBACK_EXCEPTIONS),
  callbackExceptionNote: z.string(),
});
export type CaseDetail = z.output<typeof caseDetailSchema>;

export const caseListQuerySchema = z.object({
  text: z.string().trim().max(100, tooLong).default(''),
  statuses: z.array(z.enum(STATUSES)).max(STATUSES.length).default([]),
  categories: z.array(z.string().max(64)).max(200).default([]),
  channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).default([]),
  receivedFrom: epochMs.optional(),
  receivedTo: epochMs.optional(),
  sort: z
    .object({ column: z.enum(SORTABLE_CASE_COLUMNS), direction: z.enum(['asc', 'desc']) })
    .default({ column: 'receivedAt', direction: 'desc' }),
  /** One of the work queues on the home screen, for the person at the desk. */
  queue: z.enum(QUEUES).optional(),
  departmentId: id.optional(),
  offset: z.number().int().min(0).max(100_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
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
  at: epochMs,
  deskCode: z.string(),
  userName: z.string(),
});
export type ChangeEntry = z.output<typeof changeEntrySchema>;

export const setupStatusSchema = z.object({
  setupDone: z.boolean(),
  orgName: z.string(),
  deskCode: z.string(),
});
export type SetupStatus = z.output<typeof setupStatusSchema>;

export const setupInputSchema = z.object({
  orgName: requiredText(80),
  deskCode: deskCodeSchema,
  firstUserName: personNameSchema,
});
export type SetupInput = z.output<typeof setupInputSchema>;

const channels = {
  'setup.status': { input: empty, output: setupStatusSchema },
  'setup.complete': { input: setupInputSchema, output: userSchema },
  'users.list': { input: empty, output: z.array(userSchema) },
  'users.add': { input: z.object({ name: personNameSchema }), output: userSchema },
  'session.get': { input: empty, output: z.object({ user: userSchema.nullable() }) },
  'session.selectUser': { input: z.object({ userId: id }), output: userSchema },
  'cases.register': { input: caseInputSchema, output: caseDetailSchema },
  'cases.list': { input: caseListQuerySchema, output: caseListPageSchema },
  'cases.get': { input: z.object({ id }), output: caseDetailSchema },
  'cases.history': { input: z.object({ id }), output: z.array(changeEntrySchema) },
  /** A scanned or typed complaint number straight to its case. */
  'cases.findByNumber': { input: z.object({ number: z.string().trim().min(1, required).max(40) }), output: z.object({ id }) },
  'cases.transition': { input: transitionInputSchema, output: caseDetailSchema },
  'cases.timeline': { input: z.object({ id }), output: timelineSchema },
  'cases.related': {
    input: relatedQuerySchema,
    output: z.object({
      byPhone: z.array(caseSummarySchema),
      byUnit: z.array(caseSummarySchema),
      duplicate: caseSummarySchema.nullable(),
    }),
  },
  'followups.add': { input: followupInputSchema, output: followupSchema },
  'attachments.add': { input: addAttachmentSchema, output: attachmentSchema },
  'attachments.content': { input: z.object({ id }), output: attachmentContentSchema },
  'attachments.open': { input: z.object({ id }), output: z.object({ opened: z.boolean() }) },
  'groups.create': { input: z.object({ title: requiredText(100), caseIds: z.array(id).min(1).max(500) }), output: groupSchema },
  'groups.link': { input: z.object({ groupId: id, caseId: id }), output: groupSchema },
  'groups.unlink': { input: z.object({ groupId: id, caseId: id }), output: groupSchema },
  'groups.resolve': {
    input: z.object({ groupId: id, kind: z.enum(['meeting', 'public_notice']), text: requiredText(4000) }),
    output: groupSchema,
  },
  'groups.list': { input: empty, output: z.array(groupSchema) },
  'queues.counts': { input: empty, output: queueCountsSchema },
  'callbacks.queue': { input: callbackQueueQuerySchema, output: z.array(callbackSchema) },
  'callbacks.forCase': { input: z.object({ caseId: id }), output: z.array(callbackSchema) },
  'callbacks.record': { input: recordCallbackSchema, output: callbackSchema },
  'callbacks.attempt': { input: callbackAttemptInputSchema, output: callbackSchema },
  'callbacks.quotas': {
    input: z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'errors.month') }),
    output: z.array(quotaRowSchema),
  },
  'callbacks.reminder': { input: empty, output: z.object({ overdue: z.number().int(), dueToday: z.number().int() }) },
  'sync.status': { input: empty, output: syncStatusSchema },
  'sync.chooseFolder': { input: empty, output: z.object({ folder: z.string().nullable() }) },
  'sync.export': { input: exportInputSchema, output: exportResultSchema },
  'sync.listFiles': { input: z.object({ folder: z.string().trim().min(1, required).max(1000) }), output: z.array(syncFileSchema) },
  'sync.preview': { input: importInputSchema, output: importSummarySchema },
  'sync.import': { input: importInputSchema, output: importSummarySchema.extend({ backupPath: z.string() }) },
  'sync.conflicts': { input: empty, output: z.array(conflictSchema) },
  'sync.resolveConflict': { input: resolveConflictSchema, output: z.array(conflictSchema) },
  'sync.setFolder': { input: z.object({ folder: z.string().trim().max(1000).nullable() }), output: syncStatusSchema },
  'sync.exchangeFolder': { input: z.object({ passphrase: z.string().max(200).nullable().default(null) }), output: folderSyncResultSchema },
  'stats.summary': { input: statsQuerySchema, output: statsResultSchema },
  'stats.definitions': { input: empty, output: metricDefinitionsSchema },
  'stats.exportXlsx': { input: statsWorkbookInputSchema, output: exportFileSchema },
  'cases.exportCsv': { input: caseListQuerySchema.omit({ offset: true, limit: true }).extend(csvExportOptionsSchema.shape), output: exportFileSchema },
  /** How far the export or import under way has got (the screens poll it while they wait); null when none runs. */
  'tasks.current': { input: empty, output: taskProgressSchema.nullable() },
  'print.pdf': { input: printRequestSchema, output: pdfResultSchema },
  'print.statsSummaryPdf': { input: statsQuerySchema, output: pdfResultSchema },
  'print.print': { input: printRequestSchema, output: z.object({ printed: z.boolean() }) },
  'print.savePdf': { input: printRequestSchema, output: z.object({ path: z.string().nullable() }) },
  'settings.get': { input: empty, output: orgSettingsSchema },
  'settings.saveSite': { input: saveSiteSchema, output: orgSettingsSchema },
  'settings.saveDepartment': { input: saveDepartmentSchema, output: orgSettingsSchema },
  'settings.saveCategory': { input: saveCategorySchema, output: orgSettingsSchema },
  'settings.saveDeadlineRule': { input: saveDeadlineRuleSchema, output: orgSettingsSchema },
  'settings.deleteDeadlineRule': { input: z.object({ id }), output: orgSettingsSchema },
  'settings.saveValues': { input: settingValuesSchema.partial(), output: orgSettingsSchema },
  'settings.updateStaff': { input: updateStaffSchema, output: orgSettingsSchema },
  'calendar.days': { input: z.object({ year: z.number().int().min(2000).max(2100) }), output: z.array(calendarDaySchema) },
  'calendar.setDay': { input: setCalendarDaySchema, output: z.array(calendarDaySchema) },
} as const;

/**
 * Every channel's input refuses fields it does not know, so a mistyped or
 * stale caller is told at once instead of having its data silently dropped.
 */
function strictInputs<T extends Record<string, { input: z.ZodObject; output: z.ZodType }>>(map: T): T {
  return Object.fromEntries(
    Object.entries(map).map(([name, channel]) => [name, { ...channel, input: channel.input.strict() }]),
  ) as T;
}

export const contract = strictInputs(channels);

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

/** What the caller passes (defaults may be left out). */
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What the handler receives once the input has been parsed. */
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
