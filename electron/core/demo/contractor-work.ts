/**
 * Seed 003's records in the demo: three contractors, and on the open cases nearest the end of the
 * period rectification notices in every state (one repaired by the emergency team), fines in every
 * state and claims in every state. Written once per folder, through the services, at times before
 * the period's end.
 */
import type { CoreContext } from '../context';
import type { NoticeStep } from '../../../shared/schemas/contractors';
import { saveContractor } from '../contractors/contractors';
import { issueNotice, stepNotice } from '../contractors/notices';
import { decideFine, proposeFine } from '../contractors/fines';
import { addClaim, decideClaim } from '../contractors/claims';
import type { DemoClock } from './demo-clock';

const HOUR = 3_600_000;

const CONTRACTORS = [
  { name: '宏达建筑工程有限公司', contactPerson: '刘经理', phones: '139 0000 1234', scope: '1—8 栋土建、外墙与防水', contractNumber: 'HT-2024-017' },
  { name: '安居水电安装公司', contactPerson: '陈工', phones: '138 0000 5678', scope: '给排水、强弱电', contractNumber: 'HT-2024-031' },
  { name: '绿景园林绿化公司', contactPerson: '黄经理', phones: '137 0000 9012', scope: '园林、景观与道路', contractNumber: 'HT-2023-102' },
] as const;

const PROBLEMS = ['卧室外墙渗水，墙面发霉', '卫生间地面返水，楼下天花板受潮', '阳台窗框密封胶老化漏雨', '地下车库顶板渗漏', '入户门变形关不严', '厨房墙砖空鼓脱落', '楼道墙皮大面积脱落', '屋面防水层破损'];

/** The steps each demo notice has taken, one notice per line: every state a notice can be in. */
const NOTICE_PATHS: readonly NoticeStep[][] = [
  [],
  [{ step: 'sign' }],
  [{ step: 'sign' }, { step: 'arrive' }],
  [{ step: 'sign' }, { step: 'arrive' }, { step: 'complete' }],
  [{ step: 'sign' }, { step: 'arrive' }, { step: 'complete' }, { step: 'accept' }],
  [{ step: 'sign' }, { step: 'arrive' }, { step: 'complete' }, { step: 'reject', reason: '闭水试验仍渗漏，需返工' }],
  [{ step: 'sign' }, { step: 'arrive' }, { step: 'complete' }, { step: 'accept' }, { step: 'return', reply: '已按要求整改完毕，请验收' }],
  [{ step: 'emergency', team: '公司应急维修队', cost: 4200, note: '施工单位四小时未到场，启动应急维修' }, { step: 'accept' }, { step: 'return', reply: '' }],
];

interface Cast {
  representative: string;
  coordinator: string;
}

/** The open cases nearest the period's end, newest first: notices go only to cases not closed (a small demo has few). */
function openCases(ctx: CoreContext, count: number): { id: string; receivedAt: number }[] {
  return ctx.db
    .prepare(
      `SELECT id, received_at AS receivedAt FROM cases
        WHERE deleted = 0 AND excluded = 0 AND status <> 'closed' ORDER BY received_at DESC LIMIT ?`,
    )
    .all(count) as { id: string; receivedAt: number }[];
}

export function seedContractorWork(ctx: CoreContext, clock: DemoClock, cast: Cast, until: number): void {
  if (ctx.db.prepare('SELECT 1 FROM contractors LIMIT 1').get()) return;
  const as = (userId: string) => {
    ctx.session.userId = userId;
  };
  const at = (time: number) => clock.moveTo(Math.min(time, until));
  as(cast.representative);
  at(until - 30 * 24 * HOUR);
  const contractorIds = CONTRACTORS.map((contractor) => saveContractor(ctx, { ...contractor, active: true }).find((c) => c.name === contractor.name)!.id);
  const cases = openCases(ctx, NOTICE_PATHS.length);
  const noticeIds: string[] = [];
  cases.forEach((kase, i) => {
    const issuedAt = Math.max(kase.receivedAt + HOUR, until - (NOTICE_PATHS.length - i) * 18 * HOUR);
    as(cast.representative);
    at(issuedAt);
    const notice = issueNotice(ctx, {
      caseId: kase.id,
      contractorId: contractorIds[i % contractorIds.length]!,
      problem: PROBLEMS[i % PROBLEMS.length]!,
      requirements: '查明原因，按国家建筑质量修缮标准整改，完工后做闭水试验。',
      completionDueAt: issuedAt + 72 * HOUR,
      copiesTo: '工程部',
    });
    noticeIds.push(notice.id);
    NOTICE_PATHS[i]!.forEach((step, n) => {
      as(step.step === 'emergency' ? cast.coordinator : cast.representative);
      at(issuedAt + (n + 1) * 2 * HOUR);
      stepNotice(ctx, notice.id, step);
    });
  });
  // Fines in every state, on the notices that went wrong.
  const fineStates = ['proposed', 'approved', 'sent', 'cancelled'] as const;
  fineStates.forEach((state, i) => {
    const noticeId = noticeIds[noticeIds.length - 1 - i];
    if (!noticeId) return;
    as(cast.representative);
    const fine = proposeFine(ctx, { noticeId, conditions: i % 2 ? ['not_on_site', 'not_repaired_in_time'] : ['not_on_site'], amount: 5000, reason: '接到整改通知后未按时到场、未按期完成整改' });
    if (state === 'proposed') return;
    as(cast.coordinator);
    decideFine(ctx, fine.id, i === 2 ? { action: 'approve', amount: 8000, changeReason: '影响多户业主，情节较重' } : { action: 'approve', changeReason: '' });
    if (state === 'sent') {
      as(cast.representative);
      decideFine(ctx, fine.id, { action: 'send' });
    }
    if (state === 'cancelled') decideFine(ctx, fine.id, { action: 'cancel', reason: '经核实延误系暴雨所致，免予处罚' });
  });
  // Claims in every state.
  const claimStates = ['open', 'accepted', 'rejected', 'paid'] as const;
  claimStates.forEach((state, i) => {
    const kase = cases[i];
    if (!kase) return;
    as(cast.representative);
    const claim = addClaim(ctx, { caseId: kase.id, contractorId: contractorIds[i % contractorIds.length]!, claimant: '业主', claimed: '墙纸、家具受潮损坏', amountClaimed: 6000 + i * 1500, evidence: '现场照片 6 张' });
    if (state === 'accepted' || state === 'paid') decideClaim(ctx, claim.id, { action: 'accept', amount: 4000 + i * 500 });
    if (state === 'rejected') decideClaim(ctx, claim.id, { action: 'reject', reason: '损失与本次渗漏无关' });
    if (state === 'paid') decideClaim(ctx, claim.id, { action: 'pay' });
  });
}
