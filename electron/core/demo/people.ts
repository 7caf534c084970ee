/** Who complains and who sits at the desk: names and phone numbers as a front desk writes them down. */
import type { Role } from '../../../shared/domain';
import type { Random } from './random';

/** The common surnames, roughly by frequency. */
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 72], ['李', 70], ['张', 66], ['刘', 53], ['陈', 45], ['杨', 31], ['黄', 24], ['赵', 22], ['吴', 20],
  ['周', 19], ['徐', 15], ['孙', 15], ['马', 13], ['朱', 13], ['胡', 12], ['郭', 11], ['何', 11], ['高', 10],
  ['林', 10], ['罗', 10], ['郑', 9], ['梁', 9], ['谢', 8], ['宋', 7], ['唐', 7], ['许', 7], ['韩', 6], ['冯', 6],
  ['邓', 6], ['曹', 6], ['彭', 5], ['曾', 5], ['肖', 5], ['田', 5], ['董', 5], ['袁', 4], ['潘', 4], ['于', 4],
  ['蒋', 4], ['蔡', 4], ['余', 4], ['杜', 4], ['叶', 4], ['程', 4], ['苏', 3], ['魏', 3], ['吕', 3], ['丁', 3],
  ['任', 3], ['沈', 3], ['姚', 3], ['卢', 3], ['姜', 3], ['崔', 3], ['钟', 3], ['谭', 3], ['陆', 3], ['汪', 2],
  ['范', 2], ['金', 2], ['石', 2], ['廖', 2], ['贾', 2], ['夏', 2], ['韦', 2], ['方', 2], ['白', 2], ['邹', 2],
  ['孟', 2], ['熊', 2], ['秦', 2], ['邱', 2], ['江', 2], ['尹', 2], ['薛', 2], ['段', 2], ['雷', 2], ['侯', 2],
  ['欧阳', 1], ['司马', 0.3], ['上官', 0.3],
];

const GIVEN_NAME_CHARS = [
  '伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀', '霞',
  '平', '刚', '桂', '英', '华', '玉', '萍', '红', '建', '国', '文', '辉', '力', '鹏', '宇', '浩', '婷', '雪', '琳',
  '晨', '欣', '怡', '佳', '子', '梓', '涵', '博', '志', '海', '燕', '春', '兰', '凤', '德', '新', '俊', '峰', '斌',
];

/** How people give their name on the phone or at the counter. */
const FORMS_OF_ADDRESS: readonly (readonly [string, number])[] = [
  ['先生', 20],
  ['女士', 20],
  ['阿姨', 4],
  ['大爷', 2],
  ['老师', 1],
];

export function complainantName(random: Random): string {
  const surname = random.weighted(SURNAMES);
  // Callers often give only a surname; the desk writes 王先生, 李女士.
  if (random.chance(0.4)) return surname + random.weighted(FORMS_OF_ADDRESS);
  const length = random.weighted([
    [1, 35],
    [2, 65],
  ] as const);
  let given = '';
  for (let i = 0; i < length; i++) given += random.pick(GIVEN_NAME_CHARS);
  return surname + given;
}

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '157', '158',
  '159', '166', '176', '177', '180', '181', '185', '186', '187', '188', '189', '191', '198', '199',
];

const AREA_CODES = ['010', '020', '021', '0755', '0571', '028', '027', '025'];

function digits(random: Random, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(random.int(0, 9));
  return out;
}

/** A mobile number mostly, sometimes a landline, with the spacing people type; letters often come without one. */
/** A local landline number starts with 2-8 (0 dials out of the area, 1 is a mobile or a service). */
function localNumber(eightDigits: string): string {
  return `${'2345678'[Number(eightDigits[0]) % 7]}${eightDigits.slice(1)}`;
}

export function phoneNumber(random: Random, channel: string): string {
  if (channel === 'letter' && random.chance(0.6)) return '';
  if (channel !== 'phone' && random.chance(0.05)) return '';
  const kind = random.weighted([
    ['mobile', 80],
    ['mobile-spaced', 8],
    ['landline', 10],
    ['extension', 2],
  ] as const);
  const mobile = random.pick(MOBILE_PREFIXES) + digits(random, 8);
  switch (kind) {
    case 'mobile':
      return mobile;
    case 'mobile-spaced':
      return `${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`;
    case 'landline':
      return `${random.pick(AREA_CODES)}-${localNumber(digits(random, 8))}`;
    case 'extension':
      return `${random.pick(AREA_CODES)}-${localNumber(digits(random, 8))}转${digits(random, 3)}`;
  }
}

/** Who does what in the demo: the desk, the complaint side, and one person per handling department. */
export type StaffKey = 'manager' | 'generalManager' | 'rep' | 'assistant' | 'engineering' | 'security' | 'environment' | 'coordinator';

export interface DemoStaffMember {
  name: string;
  role: Role;
  /** One of the default departments every new organisation starts with (settings/defaults.ts). */
  departmentId: string | null;
  /** Share of registrations made by this person. */
  registersWeight: number;
  key?: StaffKey;
}

/** The first one sets the desk up (and so is its manager); the rest are added after. */
export const DEMO_STAFF: readonly DemoStaffMember[] = [
  { name: '赵建国', role: 'manager', departmentId: 'dept-customer-service', registersWeight: 3, key: 'manager' },
  { name: '王晓燕', role: 'receptionist', departmentId: 'dept-customer-service', registersWeight: 40 },
  { name: '李文静', role: 'receptionist', departmentId: 'dept-customer-service', registersWeight: 35 },
  { name: '陈志强', role: 'representative', departmentId: 'dept-customer-service', registersWeight: 12, key: 'rep' },
  { name: '刘佳怡', role: 'assistant', departmentId: 'dept-customer-service', registersWeight: 10, key: 'assistant' },
  { name: '孙立新', role: 'general_manager', departmentId: null, registersWeight: 0, key: 'generalManager' },
  { name: '吴建华', role: 'representative', departmentId: 'dept-engineering', registersWeight: 0, key: 'engineering' },
  { name: '郑伟', role: 'representative', departmentId: 'dept-security', registersWeight: 0, key: 'security' },
  { name: '黄丽萍', role: 'representative', departmentId: 'dept-environment', registersWeight: 0, key: 'environment' },
  // Seed 003's complaint centre: the emergency group's coordinator and a customer representative (callbacks, surveys).
  { name: '钱海涛', role: 'emergency_coordinator', departmentId: 'dept-customer-service', registersWeight: 0, key: 'coordinator' },
  { name: '周晓梅', role: 'customer_rep', departmentId: 'dept-customer-service', registersWeight: 0 },
];

export const DEMO_ORG_NAME = '示例物业服务中心';
