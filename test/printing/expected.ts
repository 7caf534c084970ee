/**
 * What each printed form must say: its labels (written out here, not read
 * from the code, so a dropped label fails) and, for a filled case, every
 * value in the form it is printed in.
 */
import type { FormKind, PrintableCase } from '../../electron/core/printing';
import { formatDateTime } from '../../electron/core/printing/format';
import { summary } from '../../electron/core/printing/forms/shared';
import { TIME_ZONE } from './factory';

const when = (at: number | undefined) => (at === undefined ? '' : formatDateTime(at, { timeZone: TIME_ZONE }));

const CHANNELS = ['来电', '来访', '信函', '邮件', '网上', '12345热线', '现场', '其他'];
const NATURES = ['有效', '无效', '重大'];

export const FORM_LABELS: Record<FormKind, { always: string[]; blankOnly?: string[] }> = {
  'complaint-record': {
    always: ['客户投诉记录表', '投诉编号', '受理时间', '登记人', '投诉人', '联系电话', '电子邮箱', '栋房号', '项目', '来源渠道', ...CHANNELS,
      '投诉类别', '受理服务台', '投诉性质', ...NATURES, '投诉内容', '受理人(签字)', '日期'],
  },
  handling: {
    always: ['投诉处理记录表', '投诉编号', '投诉概况', '受理时间', '来源渠道', '投诉人', '联系电话', '栋房号', '项目', '投诉类别', '登记人',
      '投诉性质', ...NATURES, '投诉内容', '派单', '责任部门', '责任人', '派单时间', '处理时限', '处理结果(由责任部门填写)', '处理情况',
      '完成时间', '处理人(签字)', '部门负责人(签字)', '日期', '回访记录', '回访时间', '回访人', '满意度', '非常满意', '满意', '基本满意', '不满意',
      '客户意见'],
  },
  'follow-up': {
    always: ['客户投诉跟进记录表', '投诉编号', '投诉概况', '投诉人', '联系电话', '栋房号', '受理时间', '投诉类别', '来源渠道', '投诉内容摘要',
      '投诉性质判定', '投诉性质', ...NATURES, '沟通性投诉', '求助型', '咨询型', '发泄型', '判定人', '判定时间', '判定说明', '上报至',
      '跟进记录', '序号', '跟进时间', '跟进类型', '跟进情况', '跟进人', '跟踪验证人(签字)', '日期'],
    blankOnly: ['无效投诉解释说明'],
  },
  callback: {
    always: ['回访记录表', '投诉编号', '投诉概况', '投诉人', '联系电话', '栋房号', '受理时间', '投诉内容摘要', '处理结果', '第1次回访',
      '第2次回访', '回访时间', '回访人', '回访方式', '电话回访', '上门回访', '邮件回访', '其他方式', '客户意见', '满意度', '非常满意',
      '满意', '基本满意', '不满意', '整改要求', '整改期限', '回访人(签字)', '日期'],
  },
  'rectification-notice': {
    always: ['工程整改通知单', '投诉编号', '通知单编号', '下发时间', '施工单位', '工程项目', '整改部位', '业主/投诉人', '现场联系人/电话',
      '下发人', '要求到场时间', '要求完成时间', '存在问题', '整改要求', '整改事项', '到场时限', '四小时内到达现场', '经济处罚', '罚款金额不少于',
      '施工单位签收人', '签收时间', '整改回复及验收', '整改完成情况', '施工负责人(签字)', '验收人(签字)', '业主确认(签字)', '日期'],
    blankOnly: ['不少于5000元'],
  },
  'fine-slip': {
    always: ['罚款单', '投诉编号', '施工单位', '整改通知单编号', '工程项目', '部位', '罚款事由(成立条件)', '情况说明', '罚款金额',
      '投诉代表(填写)', '填写时间', '总协调员(签字确认)', '确认时间', '抄送', '施工单位签收(签字)', '日期'],
  },
  acknowledgement: {
    always: ['客户投诉受理回执', '投诉编号', '受理时间', '投诉人', '联系电话', '栋房号', '项目', '来源渠道', '投诉类别', '投诉内容', '处理流程',
      '预计处理时限', '联系与查询', '受理人(签字)', '受理单位(盖章)', '日期'],
  },
};

export function expectedLabels(kind: FormKind, blank: boolean): string[] {
  const labels = FORM_LABELS[kind];
  return [...labels.always, ...(blank ? (labels.blankOnly ?? []) : [])];
}

/** Every value of a fully filled case as the given form prints it (√ marks a ticked box). */
export function expectedValues(kind: FormKind, c: PrintableCase): string[] {
  const r = c.registration;
  const head = [c.organisation.name, r.number, '打印时间'];
  switch (kind) {
    case 'complaint-record':
      return [...head, when(r.receivedAt), r.createdByName, r.complainantName, r.phone, r.email, r.buildingRoom, r.site, '√来电', '物业管理',
        r.deskCode, '√有效', r.content];
    case 'handling': {
      const d = c.dispatch!;
      const h = c.handlingResult!;
      return [...head, when(r.receivedAt), '来电', r.complainantName, r.phone, r.buildingRoom, r.site, '物业管理', r.createdByName, '√有效',
        r.content, d.department, d.person!, when(d.dispatchedAt), when(d.deadline), '派单人', d.dispatchedBy!, '处理要求', d.instructions!,
        h.summary, when(h.completedAt), h.handledBy!, ...c.callbacks!.flatMap((cb) => [when(cb.at), cb.by!, cb.comment!]), '√不满意', '√非常满意'];
    }
    case 'follow-up': {
      const j = c.judgment!;
      return [...head, r.complainantName, r.phone, r.buildingRoom, when(r.receivedAt), '物业管理', '来电', summary(r.content), '√有效',
        '√求助型', j.judgedBy!, when(j.judgedAt), j.note!, j.escalatedTo!,
        ...c.followups!.flatMap((f, i) => [String(i + 1), when(f.at), f.text, f.by!]), '联系客户', '处理措施', '告知客户进度'];
    }
    case 'callback':
      return [...head, r.complainantName, r.phone, r.buildingRoom, when(r.receivedAt), summary(r.content), c.handlingResult!.summary,
        ...c.callbacks!.flatMap((cb) => [when(cb.at), cb.by!, cb.comment!]), '√电话回访', '√不满意', '√上门回访', '√非常满意',
        c.callbacks![0]!.rectification!.requirement, when(c.callbacks![0]!.rectification!.deadline)];
    case 'rectification-notice': {
      const n = c.rectification!;
      return [...head, n.noticeNumber!, when(n.issuedAt), n.contractor, n.project, n.location!, r.complainantName, n.contact!, n.issuedBy!,
        when(n.onSiteBy), when(n.requiredBy), n.issue, n.requirements!, `不少于${n.minimumFineYuan}元`];
    }
    case 'fine-slip': {
      const f = c.fine!;
      return [...head, f.contractor, f.noticeNumber, r.site, r.buildingRoom, ...f.conditions, f.reason, '8000元', f.changeReason!, f.proposedBy,
        when(f.proposedAt), f.approvedBy!, when(f.approvedAt), f.copiesTo.join('、')];
    }
    case 'acknowledgement':
      return [...head, when(r.receivedAt), r.complainantName, r.phone, r.buildingRoom, r.site, '来电', '物业管理', summary(r.content),
        '登记受理 → 判定性质 → 派单处理', when(c.acknowledgement!.expectedBy), `${c.organisation.name} 客服前台，受理人 ${r.createdByName}`];
  }
}
