/** What staff write at each step of a demo case, in the words a property office uses. */
import type { Satisfaction } from '../../../shared/domain';
import type { Topic } from './complaint-topics';

export const JUDGE_NOTES = [
  '',
  '',
  '经核实，情况属实，属于物业服务范围。',
  '已与业主确认投诉内容，转相关部门处理。',
  '同类问题本月已多次反映，需重点跟进。',
];

export const REFERRAL_NOTES = ['涉及责任划分，前台无法判断，请经理判定。', '业主要求赔偿，需经理定性。'];

/** What a site cannot settle goes to the company (上报公司, seeds 002 and 004), where the general manager decides. */
export const COMPANY_REFERRAL_NOTES = ['涉及多户赔偿，金额超出项目权限，请公司决定。', '需要动用专项维修资金，请公司批准。'];
export const COMPANY_DECISIONS = [
  { decision: '同意按实际损失赔偿，由工程部三日内修复。', instructions: '每日向公司报告进度，修复后书面回复业主。' },
  { decision: '同意动用专项维修资金，先行维修。', instructions: '' },
];

/** What the customer is told when the complaint is outside our responsibility (无效投诉). */
export const INVALID_EXPLANATIONS = [
  '经核实，该问题属于业主户内设施，不在物业服务范围内，已向业主解释并提供维修单位联系方式。',
  '该问题属于市政供水供电范围，已告知业主向相关单位反映，并提供联系电话。',
  '经核实为邻里纠纷，物业已协助沟通，已向业主说明物业的职责范围。',
  '收费标准经业主大会通过并已公示，已向业主详细解释收费依据。',
];

export const RESOLUTIONS: Record<Topic['department'], readonly string[]> = {
  engineering: [
    '工程部已派维修人员上门，更换了损坏的部件，经测试恢复正常。',
    '已联系电梯维保单位检修，更换故障部件，运行正常。',
    '已对渗漏点进行封堵并做闭水试验，无渗漏。',
    '维修人员已上门处理，问题已解决，业主现场确认。',
  ],
  security: [
    '秩序部已对相关岗位人员进行批评教育，并向业主当面道歉。',
    '已加强巡逻，对违规停放车辆张贴告知单并通知车主挪车。',
    '已上门与相关住户沟通，对方表示会注意，问题已缓解。',
    '已清理消防通道杂物，并在楼道张贴温馨提示。',
  ],
  environment: [
    '环境部已安排保洁人员清理，并调整清运时间。',
    '已安排绿化人员修剪，并清理落叶杂物。',
    '已对垃圾房进行冲洗消杀，增加每日清运频次。',
  ],
  service: [
    '客服中心已核对账单并向业主解释，多收部分已退回。',
    '已为业主补开发票，并致歉。',
    '已调整前台排班，高峰时段增开窗口。',
    '已核实情况并向业主作出书面答复。',
  ],
};

export const CUSTOMER_WORDS: Record<Satisfaction, readonly string[]> = {
  very_satisfied: ['处理得很及时，谢谢。', '师傅很专业，非常满意。'],
  satisfied: ['问题已经解决了。', '可以，希望以后注意。', ''],
  basically_satisfied: ['基本解决了，但是拖得有点久。', '还行，下次希望快一点。'],
  unsatisfied: ['问题还是没有解决，要求重新处理。', '过了两天又出现同样的问题。'],
};

export const ATTEMPT_NOTES = ['电话无人接听', '业主说在开会，稍后再联系', '关机'];

/** The first contact with the customer after judging (what the response deadline measures, seed 004). */
export const CONTACT_NOTES = [
  '已电话联系业主，告知处理流程和预计处理时间。',
  '已联系业主，约定明天上午上门查看。',
  '已回电业主，说明已转相关部门处理。',
];
