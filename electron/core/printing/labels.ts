/**
 * Every word the printed forms say, in Simplified Chinese. The forms copy
 * the office's own paper, which is Chinese whatever the screen language.
 * Fields, codes and form titles are the vocabulary's own words
 * (shared/vocabulary/words.zh-CN.ts); what is only on paper (signature
 * lines, the notice's rules) is here.
 */
import type { Nature } from '../../../shared/domain';
import { wordsZhCN } from '../../../shared/vocabulary/words.zh-CN';

const words = wordsZhCN;

const { 'stats-summary': statsSummaryTitle, ...caseFormTitles } = words.forms;
/** The forms printed for a case. */
export const FORM_TITLES = caseFormTitles;
export const STATS_SUMMARY_FORM_TITLE = statsSummaryTitle;

export const FIELD_LABELS = {
  number: words.fields.number,
  receivedAt: words.fields.receivedAt,
  channel: words.fields.channel,
  complainantName: words.fields.complainantName,
  phone: words.fields.phone,
  email: words.fields.email,
  buildingRoom: words.fields.buildingRoom,
  site: words.fields.site,
  category: words.fields.category,
  nature: words.fields.nature,
  content: words.fields.content,
  contentSummary: '投诉内容摘要',
  registeredBy: words.fields.createdBy,
  deskCode: words.fields.deskCode,
  printedAt: '打印时间',
} as const;

export const CHANNEL_LABELS = words.codes.channel;

/** The judged natures a form offers as tick boxes; `unjudged` ticks none. */
export const NATURE_LABELS: Record<Exclude<Nature, 'unjudged'>, string> = {
  valid: words.codes.nature.valid,
  invalid: words.codes.nature.invalid,
  major: words.codes.nature.major,
};

export const COMMUNICATIVE_LABELS = words.codes.communicativeType;
export const SATISFACTION_LABELS = words.codes.satisfaction;
export const CALLBACK_METHOD_LABELS = words.codes.callbackMethod;

/** Follow-up kinds the lifecycle records; any other kind prints as given. */
export const FOLLOWUP_KIND_LABELS: Record<string, string> = words.codes.followupKind;

export const SECTION_LABELS = {
  registration: '投诉登记',
  caseSummary: '投诉概况',
  dispatch: '派单',
  handlingResult: '处理结果',
  judgment: '投诉性质判定',
  followups: '跟进记录',
  callbacks: '回访记录',
  notice: '整改事项',
  contractorReply: '整改回复及验收',
} as const;

export const DISPATCH_LABELS = {
  department: '责任部门',
  person: '责任人',
  dispatchedAt: '派单时间',
  dispatchedBy: '派单人',
  deadline: '处理时限',
  instructions: '处理要求',
  result: '处理情况',
  completedAt: '完成时间',
  handledBy: '处理人(签字)',
  departmentHead: '部门负责人(签字)',
} as const;

export const JUDGMENT_LABELS = {
  nature: '投诉性质',
  communicative: '沟通性投诉',
  judgedBy: '判定人',
  judgedAt: '判定时间',
  note: '判定说明',
  invalidExplanation: '无效投诉解释说明',
  escalatedTo: '上报至',
  verifier: '跟踪验证人(签字)',
} as const;

export const FOLLOWUP_COLUMNS = {
  index: '序号',
  at: '跟进时间',
  kind: '跟进类型',
  text: '跟进情况',
  by: '跟进人',
} as const;

export const CALLBACK_LABELS = {
  round: (n: number) => `第 ${n} 次回访`,
  blankRound: '第 ___ 次回访',
  at: '回访时间',
  method: '回访方式',
  by: '回访人',
  comment: '客户意见',
  satisfaction: '满意度',
  rectification: '整改要求',
  rectificationDeadline: '整改期限',
  resultSummary: '处理结果',
  signer: '回访人(签字)',
} as const;

export const NOTICE_LABELS = {
  noticeNumber: '通知单编号',
  contractor: '施工单位',
  project: '工程项目',
  location: '整改部位',
  owner: '业主/投诉人',
  contact: '现场联系人/电话',
  issue: '存在问题',
  requirements: '整改要求',
  requiredBy: '要求完成时间',
  onSiteBy: '要求到场时间',
  issuedAt: '下发时间',
  issuedBy: '下发人',
  onSite: '到场时限',
  fineHeading: '经济处罚',
  receivedBy: '施工单位签收人',
  receivedAt: '签收时间',
  reply: '整改完成情况',
  contractorSign: '施工负责人(签字)',
  inspector: '验收人(签字)',
  ownerConfirm: '业主确认(签字)',
  date: '日期',
} as const;

export const FINE_LABELS = {
  contractor: '施工单位',
  noticeNumber: '整改通知单编号',
  project: '工程项目',
  location: '部位',
  conditions: '罚款事由(成立条件)',
  reason: '情况说明',
  amount: '罚款金额',
  changeReason: '金额调整说明',
  proposedBy: '投诉代表(填写)',
  proposedAt: '填写时间',
  approvedBy: '总协调员(签字确认)',
  approvedAt: '确认时间',
  copiesTo: '抄送',
  contractorSign: '施工单位签收(签字)',
  date: '日期',
} as const;

export const NOTICE_TEXT = {
  onSite: '施工单位接到本通知单或电话通知后,须在四小时内到达现场并拿出整改方案,在要求完成时间内按国家有关建筑质量修缮标准完成整改;整改完毕后,须将本通知单签字并回复意见,及时返回客户投诉中心。',
  fineIntro: (minimum: string) =>
    `有下列情形之一的,客户投诉中心将对施工单位提出经济制裁,填写罚款单,罚款金额不少于${minimum},并可启动应急维修:`,
  fineTerms: [
    '拒绝接受本工程整改通知单;',
    '接到本通知单或电话通知后,无故四小时未到现场、未拿出整改方案;',
    '在规定时限内不积极采取修复措施,或未能合格地完成维修整改;',
    '整改未按国家有关建筑质量修缮要求进行,业主不满意;',
    '整改完毕后未将本通知单及时返回客户投诉中心,未回复意见。',
  ],
} as const;

export const SIGNATURE_LABELS = {
  receiver: '受理人(签字)',
  date: '日期',
} as const;

export const FOOTER_TEXT = {
  number: (number: string) => `编号 ${number}`,
  /** The page counters are CSS counters; this builds the CSS `content` value around them. */
  pageCss: '"第 " counter(page) " 页 / 共 " counter(pages) " 页"',
  /** The characters of the page counter line, so their font is loaded before printing. */
  pageChars: '第页共/0123456789',
} as const;
