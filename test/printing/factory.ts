/** Printable cases for the print tests, built from overrides like the core factories. */
import type { PrintFollowup, PrintableCase, PrintableRegistration } from '../../electron/core/printing';

const at = (day: number, hour: number, minute = 0) => Date.UTC(2026, 10, day, hour - 8, minute);

export const TIME_ZONE = 'Asia/Shanghai';
export const PRINTED_AT = at(28, 16, 45);

export function buildRegistration(overrides: Partial<PrintableRegistration> = {}): PrintableRegistration {
  return {
    number: 'A-202611-0007',
    channel: 'phone',
    complainantName: '李女士',
    phone: '138 0013 8000',
    email: 'li.nvshi@example.com',
    buildingRoom: '3栋2单元1502',
    site: '阳光海岸',
    receivedAt: at(23, 9, 30),
    category: 'property_management',
    nature: 'valid',
    content: '卫生间天花板漏水,已经持续三天,请尽快派人维修。',
    deskCode: 'A',
    createdAt: at(23, 9, 32),
    createdByName: '王前台',
    ...overrides,
  };
}

/** Every optional section filled, so every label and value can be checked. */
export function buildFullCase(overrides: Partial<PrintableCase> = {}): PrintableCase {
  return {
    organisation: { name: '阳光海岸物业服务中心' },
    registration: buildRegistration(),
    judgment: {
      nature: 'valid',
      communicative: 'help_seeking',
      judgedAt: at(23, 9, 40),
      judgedBy: '赵经理',
      note: '楼上住户管道渗漏,属管理处服务范围。',
      escalatedTo: '客服中心经理',
    },
    dispatch: {
      department: '工程维修部',
      person: '陈师傅',
      dispatchedAt: at(23, 10, 0),
      dispatchedBy: '王前台',
      deadline: at(24, 18, 0),
      instructions: '先上门查看楼上1602管道,拍照留证。',
    },
    followups: [
      { at: at(23, 11, 0), kind: 'contact', text: '已致电李女士,约定下午两点上门。', by: '陈师傅' },
      { at: at(23, 14, 20), kind: 'handling', text: '更换1602卫生间排水管接头,渗漏停止。', by: '陈师傅' },
      { at: at(24, 9, 5), kind: 'progress_told', text: '告知客户维修完成,天花板待干燥后修补。', by: '王前台' },
    ],
    handlingResult: { summary: '已更换楼上排水管接头并修补天花板。', completedAt: at(25, 16, 0), handledBy: '陈师傅' },
    callbacks: [
      {
        at: at(26, 10, 0),
        method: 'phone',
        by: '孙助理',
        comment: '天花板修补处颜色不一致。',
        satisfaction: 'unsatisfied',
        rectification: { requirement: '重新粉刷整面天花板', deadline: at(28, 18, 0) },
      },
      { at: at(29, 15, 30), method: 'home_visit', by: '赵经理', comment: '已重新粉刷,很满意。', satisfaction: 'very_satisfied' },
    ],
    rectification: {
      noticeNumber: 'ZG-2026-031',
      contractor: '宏达建筑工程有限公司',
      project: '阳光海岸二期',
      location: '3栋1602卫生间',
      contact: '陈师傅 139 0000 1111',
      issue: '卫生间排水管接头渗漏,导致楼下天花板受损。',
      requirements: '更换接头,做闭水试验48小时。',
      requiredBy: at(27, 18, 0),
      onSiteBy: at(24, 14, 0),
      issuedAt: at(24, 10, 0),
      issuedBy: '周代表',
      minimumFineYuan: 8000,
    },
    fine: {
      contractor: '宏达建筑工程有限公司',
      noticeNumber: 'ZG-2026-031',
      conditions: ['接到通知后无故四小时未到现场、未拿出整改方案', '规定时限内未积极修复或未合格完成整改'],
      amountYuan: 8000,
      reason: '接通知后次日才到场，整改超期两天。',
      proposedBy: '周代表',
      proposedAt: at(28, 9, 0),
      approvedBy: '赵协调',
      approvedAt: at(28, 11, 0),
      changeReason: '情节较重，由5000元调整为8000元。',
      copiesTo: ['成本控制部', '经济处', '财务部', '合约部'],
    },
    acknowledgement: { expectedBy: at(26, 18, 0) },
    ...overrides,
  };
}

/** A small seeded generator, so the long texts are the same on every run. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SENTENCES = [
  '楼上住户装修噪音从早上七点持续到晚上十点',
  '多次向管理处反映但没有任何答复',
  '地下车库照明灯坏了一半,晚上进出很不安全',
  '电梯经常停在十二楼不动,老人和孩子被困过两次',
  '小区垃圾站清运不及时,夏天气味很大',
  '物业费收据上的金额与合同约定不一致',
];

/** A complaint of exactly `length` characters made of real sentences. */
export function longComplaint(length = 5000, seed = 7): string {
  const random = seeded(seed);
  let out = '';
  let paragraph = 0;
  while ([...out].length < length) {
    const sentence = SENTENCES[Math.floor(random() * SENTENCES.length)] ?? '';
    out += `${sentence}。`;
    if (++paragraph % 8 === 0) out += '\n';
  }
  return [...out].slice(0, length).join('');
}

export function manyFollowups(count = 60, seed = 11): PrintFollowup[] {
  const random = seeded(seed);
  const kinds = ['contact', 'handling', 'progress_told', 'internal_note', 'remedy', 'result_feedback'];
  return Array.from({ length: count }, (_, i) => ({
    at: at(23, 9) + i * 3_600_000,
    kind: kinds[i % kinds.length],
    text: `第${i + 1}次跟进:${SENTENCES[Math.floor(random() * SENTENCES.length)]}。${i % 5 === 0 ? SENTENCES.join(';') : ''}`,
    by: i % 2 ? '陈师傅' : '王前台',
  }));
}

/** The long case of the issue: a 5,000-character complaint and 60 follow-ups. */
export function buildLongCase(): PrintableCase {
  return buildFullCase({
    registration: buildRegistration({ number: 'A-202611-0042', content: longComplaint() }),
    followups: manyFollowups(),
  });
}
