/**
 * Seed 003's complaint centre: a notice to a contractor, not on site within four hours, flagged; a
 * fine of at least the minimum proposed by a representative and approved by the coordinator; emergency
 * repair; accepted and returned; a claim accepted at a lower amount, in the archive's totals.
 */
import { describe, expect, it } from 'vitest';
import { registerCase } from '../../../electron/core/cases/register-case';
import { findCaseByNumber, listCases } from '../../../electron/core/cases/case-queries';
import { saveContractor } from '../../../electron/core/contractors/contractors';
import { issueNotice, stepNotice } from '../../../electron/core/contractors/notices';
import { decideFine, proposeFine } from '../../../electron/core/contractors/fines';
import { addClaim, claimArchive, decideClaim } from '../../../electron/core/contractors/claims';
import { caseContractorWork } from '../../../electron/core/contractors/case-contractor-work';
import { contractorReport } from '../../../electron/core/contractors/contractor-report';
import { dispatch } from '../../../electron/core/dispatch';
import { handlers } from '../../../electron/core/handlers';
import { queueCounts } from '../../../electron/core/queues/queue-counts';
import { saveSettingValues } from '../../../electron/core/settings/org-settings';
import { createUser } from '../../../electron/core/users/users';
import { caseListQuerySchema } from '../../../shared/contract';
import { buildCaseInput, fakeClock, openTestCore } from '../../factories/core';
import { printableCase } from '../../../electron/core/printing/printable-from-core';
import { addAttachment } from '../../../electron/core/attachments/attachments';

const HOUR = 3_600_000;
/** Saturday 21 November 2026, 13:26: seed 003's four hours run into the evening, not to Monday. */
const SATURDAY = new Date(2026, 10, 21, 13, 26).getTime();

function centre() {
  const clock = fakeClock(SATURDAY);
  const core = openTestCore({ now: clock.now });
  const representative = createUser(core, { name: '钱代表', role: 'representative', departmentId: null }).id;
  const coordinator = createUser(core, { name: '赵协调', role: 'emergency_coordinator', departmentId: null }).id;
  const contractors = saveContractor(core, {
    name: '宏达建筑工程有限公司',
    contactPerson: '刘经理',
    phones: '139 0000 1234',
    scope: '3、5、7 栋土建与防水',
    contractNumber: 'HT-2024-017',
    active: true,
  });
  const contractorId = contractors[0]!.id;
  const kase = registerCase(core, buildCaseInput({ nature: 'valid', content: '外墙渗水，卧室墙面发霉。', receivedAt: SATURDAY }));
  const as = (userId: string) => {
    core.session.userId = userId;
  };
  const call = (channel: string, input: unknown) => dispatch(handlers, core, channel as never, input as never);
  return { clock, core, representative, coordinator, contractorId, kase, as, call };
}

describe('rectification notices (工程整改通知单)', () => {
  it('are numbered per desk, due on site four wall-clock hours after issue, flagged when missed, and found by their number', () => {
    const { core, clock, contractorId, kase, as, representative } = centre();
    as(representative);
    const notice = issueNotice(core, { caseId: kase.id, contractorId, problem: '卧室外墙渗水', requirements: '查明渗漏点并修复', completionDueAt: SATURDAY + 72 * HOUR, copiesTo: '' });
    expect(notice).toMatchObject({
      number: 'ZG-A-202611-0001',
      status: 'issued',
      contractorName: '宏达建筑工程有限公司',
      issuedByName: '钱代表',
      onSiteDueAt: SATURDAY + 4 * HOUR,
      missed: [],
    });
    const read = { now: clock.now(), userId: representative };
    expect(queueCounts(core.db, read).notice_overdue).toBe(0);
    clock.advance(4 * HOUR + 60_000);
    const late = caseContractorWork(core.db, kase.id, clock.now()).notices[0]!;
    expect(late.missed).toEqual(['on_site']);
    expect(queueCounts(core.db, { now: clock.now(), userId: representative }).notice_overdue).toBe(1);
    expect(listCases(core.db, caseListQuerySchema.parse({ queue: 'notice_overdue' }), { now: clock.now(), userId: representative }).rows.map((r) => r.id)).toEqual([kase.id]);
    expect(findCaseByNumber(core.db, 'zg-a-202611-0001')).toEqual({ id: kase.id });
    expect(issueNotice(core, { caseId: kase.id, contractorId, problem: '楼道墙皮脱落', requirements: '', completionDueAt: clock.now() + 24 * HOUR, copiesTo: '' }).number).toBe('ZG-A-202611-0002');
  });

  it('go issued → signed → on site → completed → rejected → on site → completed → accepted → returned, each step when it happened', () => {
    const { core, clock, contractorId, kase } = centre();
    const { id } = issueNotice(core, { caseId: kase.id, contractorId, problem: '卧室外墙渗水', requirements: '', completionDueAt: SATURDAY + 72 * HOUR, copiesTo: '' });
    const step = (s: Parameters<typeof stepNotice>[2]) => stepNotice(core, id, s);
    clock.advance(HOUR);
    expect(step({ step: 'sign', at: SATURDAY + 30 * 60_000 })).toMatchObject({ status: 'signed', signedAt: SATURDAY + 30 * 60_000 });
    expect(() => step({ step: 'accept' })).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
    expect(() => step({ step: 'arrive', at: clock.now() + HOUR })).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(step({ step: 'arrive' }).status).toBe('on_site');
    clock.advance(5 * HOUR);
    const completed = step({ step: 'complete' });
    expect(completed).toMatchObject({ status: 'completed', completedAt: clock.now(), returnDueAt: clock.now() + 24 * HOUR });
    expect(step({ step: 'reject', reason: '闭水试验仍渗漏' })).toMatchObject({ status: 'rejected', rejectReason: '闭水试验仍渗漏', completedAt: null });
    step({ step: 'arrive' });
    step({ step: 'complete' });
    step({ step: 'accept' });
    clock.advance(30 * HOUR);
    // Accepted but not returned a day after completion: flagged.
    expect(caseContractorWork(core.db, kase.id, clock.now()).notices[0]!.missed).toEqual(['return']);
    expect(step({ step: 'return', reply: '已按要求整改完毕' })).toMatchObject({ status: 'returned', contractorReply: '已按要求整改完毕', missed: [] });
  });

  it('keep photos of the problem with the notice, refused for a notice of another case', () => {
    const { core, contractorId, kase } = centre();
    const notice = issueNotice(core, { caseId: kase.id, contractorId, problem: '卧室外墙渗水', requirements: '', completionDueAt: SATURDAY + 72 * HOUR, copiesTo: '' });
    const photo = { caseId: kase.id, followupId: null, fileName: '外墙.png', mime: 'image/png', dataBase64: Buffer.from('not really a png').toString('base64') };
    addAttachment(core, { ...photo, noticeId: notice.id });
    addAttachment(core, photo);
    expect(caseContractorWork(core.db, kase.id, SATURDAY).photos.map((p) => [p.fileName, p.noticeId])).toEqual([['外墙.png', notice.id]]);
    const other = registerCase(core, buildCaseInput({ receivedAt: SATURDAY }));
    expect(() => addAttachment(core, { ...photo, caseId: other.id, noticeId: notice.id })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('refuses a notice to an inactive contractor, writing nothing', () => {
    const { core, contractorId, kase } = centre();
    saveContractor(core, { id: contractorId, name: '宏达建筑工程有限公司', contactPerson: '', phones: '', scope: '', contractNumber: '', active: false });
    expect(() => issueNotice(core, { caseId: kase.id, contractorId, problem: '渗水', requirements: '', completionDueAt: SATURDAY + HOUR, copiesTo: '' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION', issues: [{ path: 'contractorId', message: 'errors.contractorInactive' }] }),
    );
    expect(caseContractorWork(core.db, kase.id, SATURDAY).notices).toEqual([]);
  });
});

describe('fines (罚款单) and emergency repair', () => {
  it('are proposed by a representative at no less than the minimum, approved by the coordinator at a changed amount with a reason, sent, and cancelled only with a reason', async () => {
    const { core, clock, contractorId, kase, as, call, representative, coordinator } = centre();
    as(representative);
    const notice = issueNotice(core, { caseId: kase.id, contractorId, problem: '卧室外墙渗水', requirements: '', completionDueAt: SATURDAY + 72 * HOUR, copiesTo: '' });
    clock.advance(5 * HOUR);
    const below = await call('fines.propose', { noticeId: notice.id, conditions: ['not_on_site'], amount: 3000, reason: '接通知四小时未到场' });
    expect(below).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'amount', message: 'errors.fineBelowMinimum' }] } });
    const proposed = await call('fines.propose', { noticeId: notice.id, conditions: ['not_on_site', 'refused_notice'], amount: 5000, reason: '接通知四小时未到场' });
    expect(proposed).toMatchObject({ ok: true, value: { status: 'proposed', amount: 5000, conditions: ['refused_notice', 'not_on_site'], proposedByName: '钱代表' } });
    const fineId = (proposed as { value: { id: string } }).value.id;

    // The representative may not approve it.
    const byRepresentative = await call('fines.decide', { fineId, decision: { action: 'approve' } });
    expect(byRepresentative).toMatchObject({ ok: false, error: { code: 'NOT_PERMITTED' } });

    as(coordinator);
    expect(() => decideFine(core, fineId, { action: 'approve', amount: 8000, changeReason: '' })).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(decideFine(core, fineId, { action: 'approve', amount: 8000, changeReason: '影响业主入住，情节较重' })).toMatchObject({
      status: 'approved',
      amount: 8000,
      approvedByName: '赵协调',
      changeReason: '影响业主入住，情节较重',
    });
    as(representative);
    expect((await call('fines.decide', { fineId, decision: { action: 'send' } })) as object).toMatchObject({ ok: true, value: { status: 'sent' } });
    expect((await call('fines.decide', { fineId, decision: { action: 'cancel', reason: '' } })) as object).toMatchObject({ ok: false });
    as(coordinator);
    expect(decideFine(core, fineId, { action: 'cancel', reason: '施工单位已申诉，经核实到场延误属实为暴雨所致' }).status).toBe('cancelled');

    // The minimum is the office's setting.
    saveSettingValues(core, { minimumFineYuan: 6000 });
    as(representative);
    expect(() => proposeFine(core, { noticeId: notice.id, conditions: ['not_on_site'], amount: 5000, reason: '未到场' })).toThrow(
      expect.objectContaining({ issues: [{ path: 'amount', message: 'errors.fineBelowMinimum' }] }),
    );
  });

  it('starts emergency repair only by the coordinator, with its cost, and the notice goes on to acceptance', async () => {
    const { core, contractorId, kase, as, representative, coordinator } = centre();
    as(representative);
    const notice = issueNotice(core, { caseId: kase.id, contractorId, problem: '卧室外墙渗水', requirements: '', completionDueAt: SATURDAY + 72 * HOUR, copiesTo: '' });
    expect(() => stepNotice(core, notice.id, { step: 'emergency', team: '应急维修队', cost: 3200, note: '' })).toThrow(expect.objectContaining({ code: 'NOT_PERMITTED' }));
    as(coordinator);
    expect(stepNotice(core, notice.id, { step: 'emergency', team: '应急维修队', cost: 3200, note: '施工单位未到场，应急队修复' })).toMatchObject({
      status: 'completed',
      emergencyTeam: '应急维修队',
      emergencyCost: 3200,
      emergencyStartedByName: '赵协调',
    });
    as(representative);
    expect(stepNotice(core, notice.id, { step: 'accept' }).status).toBe('accepted');
  });
});

describe('claims (索赔)', () => {
  it('are accepted at no more than claimed, paid, and totalled by month, contractor and site', () => {
    const { core, clock, contractorId, kase } = centre();
    const claim = addClaim(core, { caseId: kase.id, contractorId, claimant: '李女士', claimed: '卧室墙纸、衣柜受潮损坏', amountClaimed: 12000, evidence: '照片 6 张' });
    expect(claim).toMatchObject({ status: 'open', caseNumber: kase.number, contractorName: '宏达建筑工程有限公司' });
    expect(() => decideClaim(core, claim.id, { action: 'accept', amount: 15000 })).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(decideClaim(core, claim.id, { action: 'accept', amount: 8000 })).toMatchObject({ status: 'accepted', acceptedAmount: 8000 });
    clock.advance(24 * HOUR);
    expect(decideClaim(core, claim.id, { action: 'pay' })).toMatchObject({ status: 'paid', paidAt: clock.now() });
    const other = addClaim(core, { caseId: kase.id, contractorId: null, claimant: '李女士', claimed: '误工费', amountClaimed: 2000, evidence: '' });
    decideClaim(core, other.id, { action: 'reject', reason: '不属于赔偿范围' });
    const archive = claimArchive(core.db, {});
    expect(archive.claims).toHaveLength(2);
    expect(archive.totals.byMonth).toEqual([{ key: '2026-11', label: '2026-11', count: 2, claimed: 14000, accepted: 8000 }]);
    expect(archive.totals.byContractor).toEqual([
      { key: '', label: '', count: 1, claimed: 2000, accepted: 0 },
      { key: contractorId, label: '宏达建筑工程有限公司', count: 1, claimed: 12000, accepted: 8000 },
    ]);
    expect(claimArchive(core.db, { contractorId }).claims.map((c) => c.id)).toEqual([claim.id]);
  });

  it('may name a contractor no longer engaged, never one that does not exist', () => {
    const { core, contractorId, kase } = centre();
    saveContractor(core, { id: contractorId, name: '宏达建筑工程有限公司', contactPerson: '', phones: '', scope: '', contractNumber: '', active: false });
    const claim = { caseId: kase.id, claimant: '李女士', claimed: '衣柜受潮', amountClaimed: 3000, evidence: '' };
    expect(addClaim(core, { ...claim, contractorId })).toMatchObject({ contractorId, contractorName: '宏达建筑工程有限公司' });
    expect(() => addClaim(core, { ...claim, contractorId: 'no-such-contractor' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION', issues: [{ path: 'contractorId', message: 'errors.unknownContractor' }] }),
    );
    expect(claimArchive(core.db, {}).claims).toHaveLength(1);
  });
});

describe('the printed notice and fine slip', () => {
  it('take every field from the records: the notice’s number, contractor, times and problem; the fine’s conditions, amount, signatures and copy list', () => {
    const { core, contractorId, kase, as, representative, coordinator } = centre();
    as(representative);
    const notice = issueNotice(core, { caseId: kase.id, contractorId, problem: '卧室外墙渗水', requirements: '查明渗漏点并修复', completionDueAt: SATURDAY + 72 * HOUR, copiesTo: '' });
    const fine = proposeFine(core, { noticeId: notice.id, conditions: ['not_on_site'], amount: 5000, reason: '接通知四小时未到场' });
    as(coordinator);
    decideFine(core, fine.id, { action: 'approve', changeReason: '' });
    const printable = printableCase(core.db, kase.id, SATURDAY + HOUR, { noticeId: notice.id, fineId: fine.id });
    expect(printable.rectification).toEqual({
      noticeNumber: 'ZG-A-202611-0001',
      contractor: '宏达建筑工程有限公司',
      project: kase.site,
      contact: '刘经理 139 0000 1234',
      issue: '卧室外墙渗水',
      requirements: '查明渗漏点并修复',
      requiredBy: SATURDAY + 72 * HOUR,
      onSiteBy: SATURDAY + 4 * HOUR,
      issuedAt: SATURDAY,
      issuedBy: '钱代表',
      minimumFineYuan: 5000,
    });
    expect(printable.fine).toEqual({
      contractor: '宏达建筑工程有限公司',
      noticeNumber: 'ZG-A-202611-0001',
      conditions: ['接到通知后无故四小时未到现场、未拿出整改方案'],
      amountYuan: 5000,
      reason: '接通知四小时未到场',
      proposedBy: '钱代表',
      proposedAt: SATURDAY,
      approvedBy: '赵协调',
      approvedAt: SATURDAY,
      copiesTo: ['成本控制部', '经济处', '财务部', '合约部'],
    });
  });
});

describe('the contractor report (施工单位月度报告)', () => {
  it('counts per contractor the notices, on site and finished in time or late, emergency repairs, fines, claims and repeated units', () => {
    const { core, clock, contractorId, kase, as, representative, coordinator } = centre();
    as(representative);
    const late = issueNotice(core, { caseId: kase.id, contractorId, problem: '外墙渗水', requirements: '', completionDueAt: SATURDAY + 72 * HOUR, copiesTo: '' });
    clock.advance(HOUR);
    const onTime = issueNotice(core, { caseId: kase.id, contractorId, problem: '窗框漏雨', requirements: '', completionDueAt: SATURDAY + 72 * HOUR, copiesTo: '' });
    stepNotice(core, onTime.id, { step: 'arrive' });
    stepNotice(core, onTime.id, { step: 'complete' });
    clock.advance(5 * HOUR);
    const fine = proposeFine(core, { noticeId: late.id, conditions: ['not_on_site'], amount: 6000, reason: '未到场' });
    as(coordinator);
    decideFine(core, fine.id, { action: 'approve', changeReason: '' });
    stepNotice(core, late.id, { step: 'emergency', team: '应急维修队', cost: 3200, note: '' });
    const claim = addClaim(core, { caseId: kase.id, contractorId, claimant: '李女士', claimed: '家具受潮', amountClaimed: 9000, evidence: '' });
    decideClaim(core, claim.id, { action: 'accept', amount: 7000 });
    addClaim(core, { caseId: kase.id, contractorId: null, claimant: '李女士', claimed: '误工费', amountClaimed: 1000, evidence: '' });

    const report = contractorReport(core.db, { from: SATURDAY - HOUR, to: clock.now(), now: clock.now() });
    expect(report.rows).toEqual([
      {
        contractorId,
        contractorName: '宏达建筑工程有限公司',
        notices: 2,
        onSiteOnTime: 1,
        onSiteLate: 1,
        completedOnTime: 1,
        completedLate: 1,
        emergencyRepairs: 1,
        emergencyCost: 3200,
        fines: 1,
        fineTotal: 6000,
        claims: 1,
        claimedTotal: 9000,
        acceptedTotal: 7000,
        repeatedUnits: [{ unit: kase.buildingRoom, count: 2 }],
      },
    ]);
    expect(report.claims).toEqual({ count: 2, claimedTotal: 10000, acceptedTotal: 7000 });
    // Another month: nothing.
    expect(contractorReport(core.db, { from: SATURDAY + 30 * 24 * HOUR, to: SATURDAY + 60 * 24 * HOUR, now: clock.now() }).rows).toEqual([]);
  });
});
