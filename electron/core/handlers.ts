/**
 * The handler table: one entry per contract channel, each a few lines that
 * call a core service. Electron's IPC and the browser host both serve this
 * same table; only the transport differs.
 */
import type { ChannelName, ChannelOutput, ParsedInput } from '../../shared/contract';
import type { CoreContext } from './context';
import { completeSetup, joinOrganisation, setupStatus } from './desk/setup';
import { addPerson, listUsers } from './users/users';
import { changePassword, claimAdministrator, resetPassword, sessionOf, signIn, signInWithCode, signOut } from './users/accounts';
import { caseViewers, listAccessLog } from './access/access-log';
import { maskedDetail, maskedSummaries, revealPhone, withPhonesMasked } from './access/phone-masking';
import { registerCase } from './cases/register-case';
import { caseHistory, getCase, listCases } from './cases/case-queries';
import { customerHistoryOf, relatedCases } from './cases/related-cases';
import { transitionCase } from './lifecycle/transition-case';
import { expectedHandlingBy } from './lifecycle/expected-handling';
import { caseTimeline } from './lifecycle/timeline';
import { addMeasure, completeMeasure, readTeam } from './lifecycle/special-team';
import { listContractors, saveContractor } from './contractors/contractors';
import { caseContractorWork } from './contractors/case-contractor-work';
import { issueNotice, stepNotice } from './contractors/notices';
import { decideFine, proposeFine } from './contractors/fines';
import { addClaim, claimArchive, decideClaim } from './contractors/claims';
import { contractorReport } from './contractors/contractor-report';
import { addFollowup } from './followups/followups';
import { addAttachment, attachmentContent, openAttachment } from './attachments/attachments';
import { createGroup, linkCase, listGroups, resolveGroup } from './groups/case-groups';
import { groupCallback, groupStep } from './groups/group-steps';
import { queueCounts } from './queues/queue-counts';
import { callbackReminder, listCallbacks } from './callbacks/callback-queries';
import { recordAttempt, recordCallback } from './callbacks/record-callback';
import { callbackQuotas } from './callbacks/quotas';
import {
  deleteDeadlineRule,
  readOrgSettings,
  saveCategory,
  saveDeadlineRule,
  saveDepartment,
  saveSettingValues,
  saveRolePermissions,
  saveSite,
  updateStaff,
} from './settings/org-settings';
import { logAccess } from './access/access-log';
import { auditExport, auditPrint } from './access/audited';
import { listCalendarDays, setCalendarDay } from './settings/calendar-service';
import { listSyncFiles, setSyncFolder, syncStatus, writeInvitationToFolder } from './sync/sync-service';
import { acceptInvitation, establishOrgKey, rotateOrgKey } from './sync/org-membership';
import { listConflicts, resolveConflict } from './sync/conflicts';
import { DomainError } from './errors';
import { assertPermission } from './access/permission-check';
import { printToPdf, printWithDialog, saveAsPdf, statsSummaryPdf, contractorReportPdf } from './printing/print-service';
import { computeStats, METRIC_DEFINITIONS, periodFindings, saveFindings } from './stats';
import { readingFrom } from './tasks/long-tasks';
import { runLongTask } from './tasks/run-long-task';
import { readSettingValues } from './settings/setting-values';
import { findCaseByNumber } from './cases/case-queries';
import { correctCase } from './cases/correct-case';
import { mergeCase, restoreCase, voidCase } from './cases/set-aside';
import { listBackupsForScreen, previewBackup, restoreAtSetup, restoreFromScreen } from './backup/backup-service';
import { offsiteStatus, setOffsite } from './backup/offsite';
import { exportReadable, recoveryBackups, restoreInRecovery, startOver } from './backup/recovery';

export type Handlers = {
  [C in ChannelName]: (ctx: CoreContext, input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export const handlers: Handlers = {
  'setup.status': (ctx) => setupStatus(ctx),
  'setup.complete': (ctx, input) => completeSetup(ctx, input),
  'setup.claimAdministrator': (ctx, input) => claimAdministrator(ctx, input),
  'setup.join': (ctx, input) => joinOrganisation(ctx, input),
  'setup.restore': (ctx, input) => restoreAtSetup(ctx, input),
  'session.get': (ctx) => sessionOf(ctx),
  'session.signIn': (ctx, input) => signIn(ctx, input),
  'session.signInWithCode': (ctx, input) => signInWithCode(ctx, input),
  'session.signOut': (ctx) => signOut(ctx),
  'session.changePassword': (ctx, input) => changePassword(ctx, input),
  'users.list': (ctx) => listUsers(ctx),
  'users.add': (ctx, input) => addPerson(ctx, input),
  'users.resetPassword': (ctx, input) => resetPassword(ctx, input.userId),
  'cases.register': (ctx, input) => maskedDetail(ctx, registerCase(ctx, input)),
  'cases.list': (ctx, input) => maskedSummaries(ctx, listCases(ctx.db, input, readingFrom(ctx))),
  'cases.get': (ctx, input) => {
    const detail = getCase(ctx.db, input.id, readingFrom(ctx));
    logAccess(ctx, { action: 'view_case', caseId: detail.id });
    return maskedDetail(ctx, detail);
  },
  'cases.history': (ctx, input) => caseHistory(ctx.db, input.id),
  'cases.findByNumber': (ctx, input) => findCaseByNumber(ctx.db, input.number),
  'cases.transition': (ctx, input) => maskedDetail(ctx, transitionCase(ctx, input)),
  'cases.correct': (ctx, input) => maskedDetail(ctx, correctCase(ctx, input)),
  'cases.void': (ctx, input) => maskedDetail(ctx, voidCase(ctx, input)),
  'cases.restore': (ctx, input) => maskedDetail(ctx, restoreCase(ctx, input)),
  'cases.merge': (ctx, input) => maskedDetail(ctx, mergeCase(ctx, input)),
  'cases.timeline': (ctx, input) => caseTimeline(ctx.db, input.id),
  'cases.related': (ctx, input) => {
    const related = relatedCases(ctx.db, input, readingFrom(ctx));
    const [duplicate] = related.duplicate ? withPhonesMasked(ctx, [related.duplicate]) : [null];
    return { byPhone: withPhonesMasked(ctx, related.byPhone), byUnit: withPhonesMasked(ctx, related.byUnit), duplicate: duplicate ?? null };
  },
  'cases.acknowledgement': (ctx, input) => ({ expectedBy: expectedHandlingBy(ctx.db, getCase(ctx.db, input.caseId, readingFrom(ctx))) }),
  'cases.customerHistory': (ctx, input) => {
    const history = customerHistoryOf(ctx.db, input.caseId, readingFrom(ctx));
    return { byPhone: withPhonesMasked(ctx, history.byPhone), byUnit: withPhonesMasked(ctx, history.byUnit) };
  },
  'cases.revealPhone': (ctx, input) => revealPhone(ctx, input.caseId),
  'cases.viewers': (ctx, input) => caseViewers(ctx.db, input.caseId),
  'followups.add': (ctx, input) => addFollowup(ctx, input),
  'team.get': (ctx, input) => readTeam(ctx.db, input.caseId, ctx.now()),
  'contractors.list': (ctx) => listContractors(ctx.db),
  'contractors.save': (ctx, input) => saveContractor(ctx, input),
  'cases.contractorWork': (ctx, input) => caseContractorWork(ctx.db, input.caseId, ctx.now()),
  'notices.issue': (ctx, input) => issueNotice(ctx, input),
  'notices.step': (ctx, input) => stepNotice(ctx, input.noticeId, input.step),
  'fines.propose': (ctx, input) => proposeFine(ctx, input),
  'fines.decide': (ctx, input) => decideFine(ctx, input.fineId, input.decision),
  'claims.add': (ctx, input) => addClaim(ctx, input),
  'claims.decide': (ctx, input) => decideClaim(ctx, input.claimId, input.decision),
  'claims.archive': (ctx, input) => claimArchive(ctx.db, input),
  'team.addMeasure': (ctx, input) => addMeasure(ctx, input),
  'team.completeMeasure': (ctx, input) => completeMeasure(ctx, input),
  'attachments.add': (ctx, input) => addAttachment(ctx, input),
  'attachments.content': (ctx, input) => attachmentContent(ctx, input.id),
  'attachments.open': (ctx, input) => openAttachment(ctx, input.id),
  'groups.create': (ctx, input) => createGroup(ctx, input.title, input.caseIds),
  'groups.link': (ctx, input) => linkCase(ctx, input.groupId, input.caseId, true),
  'groups.unlink': (ctx, input) => linkCase(ctx, input.groupId, input.caseId, false),
  'groups.resolve': (ctx, input) => resolveGroup(ctx, input.groupId, input.kind, input.text),
  'groups.list': (ctx) => listGroups(ctx.db),
  'groups.step': (ctx, input) => groupStep(ctx, input),
  'groups.callback': (ctx, input) => groupCallback(ctx, input),
  'queues.counts': (ctx) => queueCounts(ctx.db, readingFrom(ctx)),
  'callbacks.queue': (ctx, input) => withPhonesMasked(ctx, listCallbacks(ctx.db, input, ctx.now())),
  'callbacks.forCase': (ctx, input) => withPhonesMasked(ctx, listCallbacks(ctx.db, { caseId: input.caseId, includeDone: true }, ctx.now())),
  'callbacks.record': (ctx, input) => recordCallback(ctx, input),
  'callbacks.attempt': (ctx, input) => recordAttempt(ctx, input),
  'callbacks.quotas': (ctx, input) => callbackQuotas(ctx.db, input.month),
  'callbacks.reminder': (ctx) => callbackReminder(ctx.db, ctx.now(), ctx.session.userId ?? undefined),
  'sync.status': (ctx) => syncStatus(ctx),
  'sync.chooseFolder': async (ctx) => {
    if (!ctx.ports?.chooseFolder) throw new DomainError('UNSUPPORTED', 'This host has no folder dialog: type the folder');
    return { folder: await ctx.ports.chooseFolder() };
  },
  'sync.export': (ctx, input) => {
    // A full file carries every customer's name, phone and address.
    if (input.full) auditExport(ctx, 'sync file (full)');
    return runLongTask(ctx, 'sync.export', input);
  },
  'sync.listFiles': (_ctx, input) => listSyncFiles(input.folder),
  'sync.preview': (ctx, input) => {
    if (input.acceptClockAhead) assertPermission(ctx, 'resolve_conflict');
    return runLongTask(ctx, 'sync.preview', input);
  },
  'sync.import': (ctx, input) => {
    if (input.acceptClockAhead) assertPermission(ctx, 'resolve_conflict');
    return runLongTask(ctx, 'sync.import', input);
  },
  'sync.conflicts': (ctx) => listConflicts(ctx.db),
  'sync.resolveConflict': (ctx, input) => resolveConflict(ctx, input),
  'sync.setFolder': (ctx, input) => {
    setSyncFolder(ctx, input.folder || null);
    return syncStatus(ctx);
  },
  'sync.exchangeFolder': (ctx, input) => runLongTask(ctx, 'sync.exchangeFolder', input),
  'sync.writeInvitation': (ctx, input) => {
    // An invitation carries every customer's name, phone and address, as a full sync file does.
    auditExport(ctx, 'invitation (full sync file)');
    return writeInvitationToFolder(ctx, input);
  },
  'sync.acceptInvitation': (ctx, input) => {
    const { imported } = acceptInvitation(ctx, input);
    return imported;
  },
  'sync.establishKey': (ctx) => {
    establishOrgKey(ctx);
    return syncStatus(ctx);
  },
  'sync.rotateKey': (ctx) => {
    rotateOrgKey(ctx);
    return syncStatus(ctx);
  },
  'stats.summary': (ctx, input) => computeStats(ctx.db, { ...input, now: ctx.now(), satisfiedLevels: readSettingValues(ctx.db).satisfiedLevels }),
  'stats.definitions': () => METRIC_DEFINITIONS,
  'stats.findings': (ctx, input) => periodFindings(ctx.db, input, ctx.now()),
  'stats.saveFindings': (ctx, input) => saveFindings(ctx, input),
  'stats.exportXlsx': (ctx, input) => {
    auditExport(ctx, `xlsx ${new Date(input.from).toISOString().slice(0, 10)}..${new Date(input.to - 1).toISOString().slice(0, 10)}`);
    return runLongTask(ctx, 'stats.exportXlsx', input);
  },
  'cases.exportCsv': (ctx, input) => {
    auditExport(ctx, `csv${input.text ? ` "${input.text}"` : ''}${input.standing !== 'active' ? ` ${input.standing}` : ''}`);
    return runLongTask(ctx, 'cases.exportCsv', input);
  },
  'tasks.current': (ctx) => ctx.tasks?.current() ?? null,
  'upgrade.status': (ctx) => ctx.upgrade ?? null,
  'print.pdf': (ctx, input) => {
    auditPrint(ctx, input);
    return printToPdf(ctx, input);
  },
  'print.statsSummaryPdf': (ctx, input) => statsSummaryPdf(ctx, input),
  'print.contractorReportPdf': (ctx, input) => contractorReportPdf(ctx, input),
  'contractors.report': (ctx, input) => contractorReport(ctx.db, { ...input, now: ctx.now() }),
  'print.print': (ctx, input) => {
    auditPrint(ctx, input);
    return printWithDialog(ctx, input);
  },
  'print.savePdf': (ctx, input) => {
    auditPrint(ctx, input);
    return saveAsPdf(ctx, input);
  },
  'settings.get': (ctx) => readOrgSettings(ctx.db),
  'settings.saveSite': (ctx, input) => saveSite(ctx, input),
  'settings.saveDepartment': (ctx, input) => saveDepartment(ctx, input),
  'settings.saveCategory': (ctx, input) => saveCategory(ctx, input),
  'settings.saveDeadlineRule': (ctx, input) => saveDeadlineRule(ctx, input),
  'settings.deleteDeadlineRule': (ctx, input) => deleteDeadlineRule(ctx, input.id),
  'settings.saveValues': (ctx, input) => saveSettingValues(ctx, input),
  'settings.updateStaff': (ctx, input) => updateStaff(ctx, input),
  'settings.saveRolePermissions': (ctx, input) => saveRolePermissions(ctx, input),
  'accessLog.list': (ctx, input) => listAccessLog(ctx.db, input),
  'calendar.days': (ctx, input) => listCalendarDays(ctx.db, input.year),
  'backups.list': (ctx) => listBackupsForScreen(ctx),
  'backups.preview': (ctx, input) => previewBackup(ctx, input.id),
  'backups.create': (ctx, input) => runLongTask(ctx, 'backups.create', input),
  'backups.restore': (ctx, input) => restoreFromScreen(ctx, input.id),
  'backups.checkBook': (ctx, input) => runLongTask(ctx, 'backups.checkBook', input),
  'backups.offsite': (ctx) => offsiteStatus(ctx.dataDir),
  'backups.setOffsite': (ctx, input) => setOffsite(ctx, input),
  'recovery.backups': (ctx) => recoveryBackups(ctx),
  'recovery.restore': (ctx, input) => restoreInRecovery(ctx, input),
  'recovery.startOver': async (ctx) => {
    await startOver(ctx);
    return setupStatus(ctx.book!.current());
  },
  'recovery.exportReadable': (ctx, input) => exportReadable(ctx, input),
  'calendar.setDay': (ctx, input) => setCalendarDay(ctx, input),
};
