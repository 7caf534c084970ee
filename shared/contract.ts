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
import { empty, epochMs, id, requestId, required, requiredLine, requiredText } from './schemas/common';
import {
  ADMIN_ROLES,
  accessLogPageSchema,
  accessLogQuerySchema,
  accessLogRowSchema,
  addUserSchema,
  changePasswordSchema,
  claimAdministratorSchema,
  oneTimeCodeResultSchema,
  passwordSchema,
  personNameSchema,
  rolePermissionsSchema,
  sessionSchema,
  signInSchema,
  signInWithCodeSchema,
} from './schemas/session';
import {
  backupContentsSchema,
  backupSchema,
  bookCheckSchema,
  managerCredentialsSchema,
  offsiteSettingsSchema,
  offsiteStatusSchema,
  recoveryRestoreSchema,
  recoveryStatusSchema,
  restoreReportSchema,
} from './schemas/backups';
import {
  caseDetailSchema,
  caseInputSchema,
  caseListPageSchema,
  caseListQuerySchema,
  caseSummarySchema,
  changeEntrySchema,
  correctCaseSchema,
  mergeCaseSchema,
  setAsideSchema,
} from './schemas/cases';
import {
  addClaimSchema,
  caseContractorWorkSchema,
  claimArchiveSchema,
  claimDecisionInputSchema,
  claimQuerySchema,
  claimSchema,
  contractorReportQuerySchema,
  contractorReportSchema,
  contractorSchema,
  fineDecisionInputSchema,
  fineSchema,
  issueNoticeSchema,
  noticeSchema,
  noticeStepInputSchema,
  proposeFineSchema,
  saveContractorSchema,
} from './schemas/contractors';
import {
  addAttachmentSchema,
  addMeasureSchema,
  attachmentContentSchema,
  completeMeasureSchema,
  attachmentSchema,
  followupInputSchema,
  followupSchema,
  groupSchema,
  groupStepResultSchema,
  transitionSchema,
  queueCountsSchema,
  relatedQuerySchema,
  teamSchema,
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
  csvExportInputSchema,
  exportFileSchema,
  metricDefinitionsSchema,
  statsQuerySchema,
  statsResultSchema,
  statsWorkbookInputSchema,
  findingsQuerySchema,
  periodFindingsSchema,
  saveFindingsInputSchema,
} from './schemas/stats';
import {
  conflictSchema,
  exportInputSchema,
  writeInvitationSchema,
  acceptInvitationSchema,
  exportResultSchema,
  folderSyncResultSchema,
  importInputSchema,
  importSummarySchema,
  resolveConflictSchema,
  syncFileSchema,
  syncStatusSchema,
} from './schemas/sync';
import { taskProgressSchema } from './schemas/tasks';
import { upgradeStatusSchema } from './schemas/upgrade';
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

/** Desk code: one to four capital letters or digits, e.g. `A` or `B2`; it prefixes every case number. */
export const deskCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{1,4}$/, 'errors.deskCode');

export { personNameSchema };

export const userSchema = z.object({ id, name: z.string() });
export type User = z.output<typeof userSchema>;

export const setupStatusSchema = z.object({
  setupDone: z.boolean(),
  orgName: z.string(),
  deskCode: z.string(),
  /**
   * A book from before accounts: nobody has a password yet, so the first thing is to say who the
   * administrator is (one of `people`) and give them one.
   */
  needsAdministrator: z.boolean(),
  people: z.array(userSchema),
  /** The case book on disk is damaged: the app shows the recovery screen and nothing else. */
  recovery: recoveryStatusSchema.nullable(),
  /** The case book is being upgraded (or its upgrade failed): the app shows the upgrade screen and nothing else. */
  upgrading: z.boolean(),
});
export type SetupStatus = z.output<typeof setupStatusSchema>;

export const setupInputSchema = z.object({
  orgName: requiredLine(80),
  deskCode: deskCodeSchema,
  /** The administrator: the first person, who manages the others. */
  firstUserName: personNameSchema,
  role: z.enum(ADMIN_ROLES, { message: 'errors.required' }).default('manager'),
  password: passwordSchema,
});
export type SetupInput = z.output<typeof setupInputSchema>;

const channels = {
  'setup.status': { input: empty, output: setupStatusSchema },
  'setup.complete': { input: setupInputSchema, output: sessionSchema },
  'setup.claimAdministrator': { input: claimAdministratorSchema, output: sessionSchema },
  /**
   * A new desk of an existing organisation: it takes the organisation's key, its people (who sign in with
   * their own passwords) and its records from an invitation a manager wrote, and asks for no first person.
   */
  'setup.join': {
    input: z.object({
      deskCode: deskCodeSchema,
      /** The invitation file a manager wrote at a desk of the organisation, and its passphrase. */
      path: z.string({ message: required }).trim().min(1, required).max(1000),
      passphrase: z.string({ message: required }).min(1, required).max(200),
      /** This desk replaces one whose disk was lost: it takes that desk's code and gets its cases back from the file. */
      replacesLostDesk: z.boolean().default(false),
    }),
    output: setupStatusSchema,
  },
  /** A desk not set up yet restores itself from a backup file or the encrypted copy from the USB drive (a new PC). */
  'setup.restore': {
    input: z.object({
      path: z.string({ message: required }).trim().min(1, required).max(1000),
      passphrase: z.string().max(200).nullable().default(null),
    }),
    output: restoreReportSchema,
  },
  'session.get': { input: empty, output: sessionSchema },
  'session.signIn': { input: signInSchema, output: sessionSchema },
  /** First sign-in, or after a reset: the one-time code the administrator handed out, and a password of one's own. */
  'session.signInWithCode': { input: signInWithCodeSchema, output: sessionSchema },
  'session.signOut': { input: empty, output: sessionSchema },
  'session.changePassword': { input: changePasswordSchema, output: sessionSchema },
  'users.list': { input: empty, output: z.array(userSchema) },
  'users.add': { input: addUserSchema, output: oneTimeCodeResultSchema },
  'users.resetPassword': { input: z.object({ userId: id }), output: oneTimeCodeResultSchema },
  'cases.register': { input: caseInputSchema, output: caseDetailSchema },
  'cases.list': { input: caseListQuerySchema, output: caseListPageSchema },
  'cases.get': { input: z.object({ id }), output: caseDetailSchema },
  'cases.history': { input: z.object({ id }), output: z.array(changeEntrySchema) },
  /** A scanned or typed complaint number straight to its case. */
  'cases.findByNumber': { input: z.object({ number: z.string().trim().min(1, required).max(40) }), output: z.object({ id }) },
  'cases.transition': { input: transitionInputSchema, output: caseDetailSchema },
  /** 修改: a registration field corrected, with the reason; recorded old → new in the history. */
  'cases.correct': { input: correctCaseSchema, output: caseDetailSchema },
  /** 作废: registered by mistake; it leaves lists, queues and statistics and can be restored. */
  'cases.void': { input: setAsideSchema, output: caseDetailSchema },
  /** 恢复: a voided (or wrongly merged) case back among the active ones. */
  'cases.restore': { input: setAsideSchema, output: caseDetailSchema },
  /** 合并: a duplicate shown on the case it repeats; its number opens that case. */
  'cases.merge': { input: mergeCaseSchema, output: caseDetailSchema },
  'cases.timeline': { input: z.object({ id }), output: timelineSchema },
  /** The full phone number of a case whose phone the person's role sees masked; the showing is logged. */
  'cases.revealPhone': { input: z.object({ caseId: id }), output: z.object({ phone: z.string() }) },
  /** Who opened this case and when (managers: the access log of one case). */
  'cases.viewers': { input: z.object({ caseId: id }), output: z.array(accessLogRowSchema) },
  'cases.related': {
    input: relatedQuerySchema,
    output: z.object({
      byPhone: z.array(caseSummarySchema),
      byUnit: z.array(caseSummarySchema),
      duplicate: caseSummarySchema.nullable(),
    }),
  },
  /** What the customer is told at registration: when to expect an answer (the 回执, the e-mail reply). */
  'cases.acknowledgement': { input: z.object({ caseId: id }), output: z.object({ expectedBy: epochMs.nullable() }) },
  /** The case page's 客户历史: the same phone's and the same unit's other cases. */
  'cases.customerHistory': {
    input: z.object({ caseId: id }),
    output: z.object({ byPhone: z.array(caseSummarySchema), byUnit: z.array(caseSummarySchema) }),
  },
  'followups.add': { input: followupInputSchema, output: followupSchema },
  'team.get': { input: z.object({ caseId: id }), output: teamSchema },
  'contractors.list': { input: empty, output: z.array(contractorSchema) },
  'contractors.save': { input: saveContractorSchema, output: z.array(contractorSchema) },
  'cases.contractorWork': { input: z.object({ caseId: id }), output: caseContractorWorkSchema },
  'notices.issue': { input: issueNoticeSchema, output: noticeSchema },
  'notices.step': { input: noticeStepInputSchema, output: noticeSchema },
  'fines.propose': { input: proposeFineSchema, output: fineSchema },
  'fines.decide': { input: fineDecisionInputSchema, output: fineSchema },
  'claims.add': { input: addClaimSchema, output: claimSchema },
  'claims.decide': { input: claimDecisionInputSchema, output: claimSchema },
  'claims.archive': { input: claimQuerySchema, output: claimArchiveSchema },
  'contractors.report': { input: contractorReportQuerySchema, output: contractorReportSchema },
  'print.contractorReportPdf': { input: contractorReportQuerySchema, output: pdfResultSchema },
  'team.addMeasure': { input: addMeasureSchema, output: teamSchema },
  'team.completeMeasure': { input: completeMeasureSchema, output: teamSchema },
  'attachments.add': { input: addAttachmentSchema, output: attachmentSchema },
  'attachments.content': { input: z.object({ id }), output: attachmentContentSchema },
  'attachments.open': { input: z.object({ id }), output: z.object({ opened: z.boolean() }) },
  'groups.create': { input: z.object({ title: requiredLine(100), caseIds: z.array(id).min(1).max(500) }), output: groupSchema },
  'groups.link': { input: z.object({ groupId: id, caseId: id }), output: groupSchema },
  'groups.unlink': { input: z.object({ groupId: id, caseId: id }), output: groupSchema },
  'groups.resolve': {
    input: z.object({ groupId: id, kind: z.enum(['meeting', 'public_notice']), text: requiredText(4000) }),
    output: groupSchema,
  },
  'groups.list': { input: empty, output: z.array(groupSchema) },
  /** One move on every member of a group it fits (each member keeps its own record). */
  'groups.step': { input: z.object({ groupId: id, requestId, transition: transitionSchema }), output: groupStepResultSchema },
  /** One callback, as the group answered it, on every member awaiting one. */
  'groups.callback': {
    input: recordCallbackSchema.omit({ callbackId: true, rectificationDueAt: true }).extend({ groupId: id }),
    output: groupStepResultSchema,
  },
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
  'sync.exchangeFolder': { input: empty, output: folderSyncResultSchema },
  /** The organisation key: an invitation for another desk, taking one (an upgraded desk, or after a rotation), making it, replacing it. */
  'sync.writeInvitation': { input: writeInvitationSchema, output: z.object({ path: z.string(), fileName: z.string(), bytes: z.number().int() }) },
  'sync.acceptInvitation': { input: acceptInvitationSchema, output: importSummarySchema.extend({ backupPath: z.string() }) },
  'sync.establishKey': { input: empty, output: syncStatusSchema },
  'sync.rotateKey': { input: empty, output: syncStatusSchema },
  'stats.summary': { input: statsQuerySchema, output: statsResultSchema },
  'stats.definitions': { input: empty, output: metricDefinitionsSchema },
  'stats.exportXlsx': { input: statsWorkbookInputSchema, output: exportFileSchema },
  /** 主要问题及改进建议 of a period: the text kept with it, else the draft from its numbers and closing summaries. */
  'stats.findings': { input: findingsQuerySchema, output: periodFindingsSchema },
  /** Keeps the edited text with the period for the printed summary; an empty text goes back to the draft. */
  'stats.saveFindings': { input: saveFindingsInputSchema, output: periodFindingsSchema },
  'cases.exportCsv': { input: csvExportInputSchema, output: exportFileSchema },
  /** How far the export or import under way has got (the screens poll it while they wait); null when none runs. */
  'tasks.current': { input: empty, output: taskProgressSchema.nullable() },
  /** How far the upgrade of a book an older version wrote has got (the upgrade screen polls it); null when none ran. */
  'upgrade.status': { input: empty, output: upgradeStatusSchema.nullable() },
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
  /** Which role holds which permission (shared/rules/permissions.ts has the default). */
  'settings.saveRolePermissions': { input: rolePermissionsSchema.partial(), output: orgSettingsSchema },
  /** 档案查询签阅: who opened, showed, printed or exported what, and who signed in. */
  'accessLog.list': { input: accessLogQuerySchema, output: accessLogPageSchema },
  'calendar.days': { input: z.object({ year: z.number().int().min(2000).max(2100) }), output: z.array(calendarDaySchema) },
  'calendar.setDay': { input: setCalendarDaySchema, output: z.array(calendarDaySchema) },
  /** The backups kept (newest first) and the last full check of the book. */
  'backups.list': { input: empty, output: z.object({ backups: z.array(backupSchema), lastCheck: bookCheckSchema.nullable() }) },
  'backups.preview': { input: z.object({ id }), output: backupContentsSchema },
  /** A backup now, on the task thread with progress. */
  'backups.create': { input: empty, output: backupSchema },
  /** The book as it is kept first; the desk goes on under a new desk id; says what the backup lacks. */
  'backups.restore': { input: z.object({ id }), output: restoreReportSchema },
  /** SQLite's full integrity check of the book, on the task thread. */
  'backups.checkBook': { input: empty, output: bookCheckSchema },
  'backups.offsite': { input: empty, output: offsiteStatusSchema },
  'backups.setOffsite': { input: offsiteSettingsSchema, output: offsiteStatusSchema },
  /** The recovery screen (a damaged book): the backups there are. */
  'recovery.backups': { input: empty, output: z.array(backupSchema) },
  /** Restores a backup in place of the damaged book, which is moved aside untouched; a manager of the backup signs for it. */
  'recovery.restore': { input: recoveryRestoreSchema, output: restoreReportSchema },
  /** Moves the damaged book aside untouched and starts an empty one: set up anew and join from another desk's full file. */
  'recovery.startOver': { input: empty, output: setupStatusSchema },
  /** Whatever cases can still be read from the damaged book, as a CSV file in the data folder. */
  'recovery.exportReadable': { input: managerCredentialsSchema, output: z.object({ path: z.string(), cases: z.number().int().min(0) }) },
} as const;

/** The case's schemas and types, where callers have always found them. */
export * from './schemas/cases';

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
