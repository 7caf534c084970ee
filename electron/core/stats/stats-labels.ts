/**
 * The words of the exported workbook and CSV. The UI passes its own
 * catalogue (statsLabelsSchema); whatever it leaves out takes these zh-CN
 * defaults, which use the same words as the UI's zh-CN catalogue and the
 * printed forms, because the monthly summary goes to management in Chinese.
 */
import type { MetricId, StatsLabelsInput } from '../../../shared/schemas/stats';
import { METRIC_IDS } from '../../../shared/schemas/stats';
import { METRIC_DEFINITIONS } from './metric-definitions';

export const TEXT_KEYS = [
  'title',
  'organisation',
  'period',
  'comparePeriod',
  'site',
  'allSites',
  'generatedAt',
  'partial',
  'periodSeparator',
  'metricHeader',
  'currentHeader',
  'previousHeader',
  'changeHeader',
  'definitionHeader',
  'summarySheet',
  'casesSheet',
  'notDispatched',
  'noSite',
  'callbackTarget',
  'csvFileName',
  'xlsxFileName',
] as const;
export type TextKey = (typeof TEXT_KEYS)[number];

/** Every column either export can have: the month's case sheet and the CSV of a filtered list. */
export const COLUMN_KEYS = [
  'number',
  'receivedAt',
  'channel',
  'category',
  'nature',
  'status',
  'complainantName',
  'phone',
  'buildingRoom',
  'site',
  'departmentName',
  'dueAt',
  'deadlineState',
  'resolvedAt',
  'closedAt',
  'lastSatisfaction',
  'contentPreview',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export interface StatsLabels {
  text: Record<TextKey, string>;
  metric: Record<MetricId, string>;
  definition: Record<MetricId, string>;
  column: Record<ColumnKey, string>;
  channel: Record<string, string>;
  category: Record<string, string>;
  nature: Record<string, string>;
  status: Record<string, string>;
  satisfaction: Record<string, string>;
  deadlineState: Record<string, string>;
}

const fromDefinitions = (part: 'label' | 'definition'): Record<MetricId, string> =>
  Object.fromEntries(METRIC_IDS.map((id) => [id, METRIC_DEFINITIONS[id]['zh-CN'][part]])) as Record<MetricId, string>;

export const ZH_CN_STATS_LABELS: StatsLabels = {
  text: {
    title: '客户服务信息统计分析汇总表',
    organisation: '单位',
    period: '统计期间',
    comparePeriod: '对比期间(上期)',
    site: '项目',
    allSites: '全部项目',
    generatedAt: '制表时间',
    partial: '(统计期尚未结束,数据截至制表时间)',
    periodSeparator: ' 至 ',
    metricHeader: '指标',
    currentHeader: '本期',
    previousHeader: '上期',
    changeHeader: '增减',
    definitionHeader: '统计口径',
    summarySheet: '统计汇总',
    casesSheet: '投诉明细',
    notDispatched: '未派单',
    noSite: '(未填项目)',
    callbackTarget: '回访率目标',
    csvFileName: '投诉列表',
    xlsxFileName: '客户服务信息统计分析汇总表',
  },
  metric: fromDefinitions('label'),
  definition: fromDefinitions('definition'),
  column: {
    number: '投诉编号',
    receivedAt: '受理时间',
    channel: '来源渠道',
    category: '投诉类别',
    nature: '投诉性质',
    status: '状态',
    complainantName: '投诉人',
    phone: '联系电话',
    buildingRoom: '栋房号',
    site: '项目',
    departmentName: '责任部门',
    dueAt: '处理时限',
    deadlineState: '时限状态',
    resolvedAt: '处理完成时间',
    closedAt: '结案时间',
    lastSatisfaction: '最近回访满意度',
    contentPreview: '投诉内容',
  },
  channel: { phone: '来电', visit: '来访', letter: '信函', email: '邮件', online: '网上', on_site: '现场', other: '其他' },
  category: {
    service_quality: '服务质量',
    product_quality: '产品质量',
    property_management: '物业管理',
    equipment: '设备',
    service_attitude: '服务态度',
    business_handling: '业务办理',
    facilities: '设施',
    environment_hygiene: '环境卫生',
    sudden_incident: '突发事件',
    other: '其他',
  },
  nature: { unjudged: '未判断', valid: '有效', invalid: '无效', major: '重大' },
  status: {
    registered: '已登记',
    awaiting_manager: '待经理判定',
    judged: '已判定',
    dispatched: '已派单',
    in_progress: '处理中',
    resolved: '已解决',
    closed: '已关闭',
  },
  satisfaction: { very_satisfied: '非常满意', satisfied: '满意', basically_satisfied: '基本满意', unsatisfied: '不满意' },
  deadlineState: { none: '无时限', ok: '正常', due_soon: '即将到期', overdue: '已超时', paused: '已暂停' },
};

/** The UI's words over the defaults, part by part and key by key. */
export function resolveLabels(input: StatsLabelsInput = {}): StatsLabels {
  const merged = { ...ZH_CN_STATS_LABELS };
  for (const part of Object.keys(merged) as (keyof StatsLabels)[]) {
    const given = input[part];
    if (given) (merged as Record<string, Record<string, string>>)[part] = { ...ZH_CN_STATS_LABELS[part], ...given };
  }
  return merged;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-11-23`, in the desk's local time. */
export function formatDate(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `2026-11-23 09:30`, in the desk's local time. */
export function formatDateTime(at: number): string {
  const d = new Date(at);
  return `${formatDate(at)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const isMidnight = (at: number) => {
  const d = new Date(at);
  return d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0 && d.getMilliseconds() === 0;
};

/** A period as people write it: whole days show their last day (`to` is exclusive), anything else its times. */
export function formatPeriod(period: { from: number; to: number }, separator: string): string {
  if (isMidnight(period.from) && isMidnight(period.to)) return `${formatDate(period.from)}${separator}${formatDate(period.to - 1)}`;
  return `${formatDateTime(period.from)}${separator}${formatDateTime(period.to)}`;
}

/**
 * A stored code in words: the name the organisation gave it (custom and
 * renamed categories, departments), else the catalogue's, else the code.
 */
export function labelFor(map: Record<string, string>, code: string, name = ''): string {
  return name || map[code] || code;
}
