/**
 * What every statistic means, in the words the statistics screen shows as a
 * tooltip and the monthly summary prints beside the number. The SQL in
 * period-stats.ts implements exactly these sentences; change both together.
 *
 * A period is [from, to): its start included, its end excluded.
 */
import type { MetricDefinitions } from '../../../shared/schemas/stats';

export const METRIC_DEFINITIONS: MetricDefinitions = {
  received: {
    'zh-CN': {
      label: '受理投诉数',
      definition: '受理时间在统计期内(含起始时刻,不含截止时刻)的投诉件数,已删除的不计。以下各项分类统计均以此为基数。',
    },
    en: {
      label: 'Complaints received',
      definition:
        'Cases whose received time falls in the period (start included, end excluded); deleted cases are left out. The breakdowns below all count these cases.',
    },
  },
  resolvedCases: {
    'zh-CN': {
      label: '处理完成件数',
      definition: '统计期内至少有一次"处理完成"记录的投诉件数;同一投诉在期内多次处理完成(重开后再次完成)只计一件。',
    },
    en: {
      label: 'Cases resolved',
      definition:
        'Cases with at least one "resolve" event in the period; a case resolved more than once in the period (after a reopen) counts once.',
    },
  },
  onTimeRate: {
    'zh-CN': {
      label: '按时处理率',
      definition:
        '按时处理件数 ÷ 有处理时限的处理完成件数。期内处理完成的投诉,以其期内最后一次处理完成时间与该投诉的处理时限比较,不晚于时限即为按时。处理时限取投诉当前的时限:派单时确定,暂停后恢复时顺延,重开或回访不满意退回时重新确定;因此期后再次处理的投诉按其新时限计。没有处理时限的投诉不计入分子和分母。',
    },
    en: {
      label: 'On-time handling rate',
      definition:
        'Resolved on time ÷ resolved cases that have a handling deadline. For each case resolved in the period, its last resolve event in the period is compared with its deadline; at or before the deadline is on time. The deadline is the case\'s current one: set at dispatch, moved on by a pause, replaced when the case is reopened or sent back by an unsatisfied callback, so a case resolved again after the period is judged by its newer deadline. Cases without a deadline are in neither numerator nor denominator.',
    },
  },
  handlingDaysAverage: {
    'zh-CN': {
      label: '平均处理时长(工作日)',
      definition:
        '首次处理完成在统计期内的投诉,自首次派单至首次处理完成的工作时间的平均值。工作时间按工作日历计算:只计工作日的上班时间,周末和法定节假日不计,调休上班日计入;以设定的每日上班时长为一个工作日(如 9:00–18:00 即 9 小时为 1 个工作日)。未经派单即完成的不计。',
    },
    en: {
      label: 'Average handling time (working days)',
      definition:
        'For cases first resolved in the period: the mean working time from their first dispatch to that first resolution. Working time follows the working calendar: working hours on working days only, weekends and public holidays off, make-up workdays on; one working day is the configured working hours (9:00-18:00 = 9 hours = 1 day). Cases resolved without a dispatch are left out.',
    },
  },
  handlingDaysMedian: {
    'zh-CN': {
      label: '处理时长中位数(工作日)',
      definition: '同"平均处理时长"的范围和算法,取中位数;件数为偶数时取中间两个值的平均。',
    },
    en: {
      label: 'Median handling time (working days)',
      definition: 'The same cases and working time as the average, taking the median; with an even count, the mean of the two middle values.',
    },
  },
  callbacksDone: {
    'zh-CN': { label: '回访完成次数', definition: '回访完成时间在统计期内、已记录回访结果的回访次数(每轮回访计一次)。' },
    en: { label: 'Callbacks made', definition: 'Callback rounds recorded as done whose completion time falls in the period.' },
  },
  callbackRate: {
    'zh-CN': {
      label: '回访率',
      definition:
        '期内完成的回访次数 ÷ 期内处理完成的次数。每次处理完成都安排一轮回访,所以分母按处理完成次数而非件数计:同一投诉期内处理完成两次,需回访两次。目标为 100%。期末处理完成、下期初才回访的,计入下期的分子,故单月比率可能略高于或低于 100%。',
    },
    en: {
      label: 'Callback rate',
      definition:
        'Callbacks made in the period ÷ resolutions (resolve events) in the period. Every resolution schedules one callback round, so the denominator counts resolutions, not cases: a case resolved twice in the month needs two callbacks. The target is 100%. A callback made early in the next period for a resolution late in this one counts in the next period, so a month can show slightly more or less than 100%.',
    },
  },
  satisfactionRate: {
    'zh-CN': {
      label: '满意率',
      definition:
        '期内完成的回访中,满意度为设定的"满意"等级(默认:非常满意、满意)的次数 ÷ 期内完成的回访次数。计入分子的等级在设置中调整。',
    },
    en: {
      label: 'Satisfaction rate',
      definition:
        'Callbacks made in the period whose satisfaction is one of the levels set as satisfied (default: very satisfied and satisfied) ÷ callbacks made in the period. Which levels count is a setting.',
    },
  },
  resolutionRate: {
    'zh-CN': {
      label: '结案率',
      definition:
        '期内受理的投诉中,统计时处于已结案状态且结案时间早于统计期截止时刻的件数 ÷ 期内受理的投诉件数。判定为无效并已解释结案的投诉计为已结案;结案后又重开的,须再次结案且在截止前才计入。',
    },
    en: {
      label: 'Resolution rate',
      definition:
        'Of the cases received in the period, those that are closed when the statistics are computed and were closed before the end of the period ÷ cases received in the period. Invalid complaints, closed with an explanation at judging, count as closed; a case reopened after closing counts only once closed again before the end of the period.',
    },
  },
  repeatRate: {
    'zh-CN': {
      label: '重复投诉率',
      definition: '期内受理的投诉中被标记为重复投诉的件数 ÷ 期内受理的投诉件数。登记时,同一房号、同一类别在设定天数(默认 30 天)内已有投诉的,标记为重复投诉。',
    },
    en: {
      label: 'Repeat-complaint rate',
      definition:
        'Cases received in the period that were flagged as a repeat ÷ cases received in the period. A case is flagged at registration when the same unit complained in the same category within the duplicate window (a setting, default 30 days).',
    },
  },
  reopenedCases: {
    'zh-CN': {
      label: '重开投诉数',
      definition: '期内受理的投诉中,截至统计时曾被重开(手动重开,或回访不满意/未解决退回处理)至少一次的件数;比率以期内受理件数为分母。',
    },
    en: {
      label: 'Reopened cases',
      definition:
        'Cases received in the period that, by the time of the statistics, were reopened at least once (by hand, or sent back by a callback that found the customer unsatisfied or the problem unsolved); the rate divides by cases received.',
    },
  },
  majorCases: {
    'zh-CN': { label: '重大投诉数', definition: '期内受理、当前性质判定为"重大"的投诉件数;比率以期内受理件数为分母。' },
    en: { label: 'Major complaints', definition: 'Cases received in the period whose nature is now judged major; the rate divides by cases received.' },
  },
  callbackExceptions: {
    'zh-CN': {
      label: '未回访结案数',
      definition: '统计期内经经理决定、未完成回访即结案的投诉件数(原因:无法联系客户、客户拒绝回访),按结案记录的时间计。',
    },
    en: {
      label: 'Closed without callback',
      definition:
        'Cases a manager closed in the period without a completed callback (customer unreachable, or refused the callback), by the time of that close.',
    },
  },
  byCategory: {
    'zh-CN': { label: '按投诉类别', definition: '期内受理的投诉按其当前投诉类别分组的件数。' },
    en: { label: 'By category', definition: 'Cases received in the period, by their current category.' },
  },
  byChannel: {
    'zh-CN': { label: '按来源渠道', definition: '期内受理的投诉按来源渠道(来电、来访、信函、邮件、网上、现场、其他)分组的件数。' },
    en: { label: 'By channel', definition: 'Cases received in the period, by the channel they came through.' },
  },
  byNature: {
    'zh-CN': { label: '按投诉性质', definition: '期内受理的投诉按其当前性质(未判断、有效、无效、重大)分组的件数。' },
    en: { label: 'By nature', definition: 'Cases received in the period, by their current nature (not judged, valid, invalid, major).' },
  },
  bySite: {
    'zh-CN': { label: '按项目', definition: '期内受理的投诉按登记的项目名称分组的件数;未填项目的单列为空。' },
    en: { label: 'By site', definition: 'Cases received in the period, by the site written on the case; cases without one are grouped under an empty site.' },
  },
  byDepartment: {
    'zh-CN': { label: '按责任部门', definition: '期内受理的投诉按当前责任部门分组的件数;尚未派单的单列为"未派单"。' },
    en: { label: 'By department', definition: 'Cases received in the period, by their current responsible department; cases not dispatched yet are grouped as "not dispatched".' },
  },
  satisfactionDistribution: {
    'zh-CN': { label: '满意度分布', definition: '期内完成的回访按满意度四个等级(非常满意、满意、基本满意、不满意)分组的次数。' },
    en: {
      label: 'Satisfaction',
      definition: 'Callbacks made in the period, by the four satisfaction levels (very satisfied, satisfied, basically satisfied, unsatisfied).',
    },
  },
  topUnits: {
    'zh-CN': { label: '投诉较多的房号', definition: '期内受理投诉最多的前 10 个栋房号(未填房号的不计),件数相同按房号排序。' },
    en: { label: 'Top units', definition: 'The 10 units (building/room) with the most cases received in the period (blank units left out), ties in unit order.' },
  },
  topCategories: {
    'zh-CN': { label: '主要问题', definition: '期内受理投诉最多的前 10 个投诉类别,件数相同按类别代码排序。' },
    en: { label: 'Top issues', definition: 'The 10 categories with the most cases received in the period, ties in code order.' },
  },
};
